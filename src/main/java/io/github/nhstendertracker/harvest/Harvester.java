package io.github.nhstendertracker.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.github.nhstendertracker.imports.ImportRuns;
import io.github.nhstendertracker.imports.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads each portal that is on, page by page, through the one import engine. A portal is
 * read in windows of dates: the first from its start date (or a week back) to now, each
 * later one from where the last ended to now. Within a window it follows
 * {@code links.next} (which carries the portal's cursor) until a page has none. Once a
 * page is imported the portal's state moves on to the next, so a harvest stopped anywhere
 * (a portal that will not answer, the import failing, the process ending) resumes at the
 * page it had not finished, never reading again the pages already imported. (Should the
 * process end in the instant between a page's import and that move, the page is read
 * again, and its releases, already recorded, change nothing.) Not thread-safe:
 * {@link Harvests} makes sure one runs at a time.
 */
class Harvester {

	/** How far back the first harvest of a portal with no start date reads. */
	static final Duration FIRST_WINDOW = Duration.ofDays(7);

	private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final Logger log = LoggerFactory.getLogger(Harvester.class);

	private final HarvestProperties properties;

	private final PortalClient client;

	private final HarvestStates states;

	private final Imports imports;

	private final Clock clock;

	private final Path downloads;

	Harvester(HarvestProperties properties, PortalClient client, HarvestStates states, Imports imports, Clock clock,
			Path downloads) {
		this.properties = properties;
		this.client = client;
		this.states = states;
		this.imports = imports;
		this.clock = clock;
		this.downloads = downloads;
	}

	/**
	 * How a harvest of one portal went.
	 *
	 * @param portal the portal
	 * @param pages the pages imported
	 * @param problem why it stopped before the end of its window, or null
	 */
	record Outcome(Portal portal, int pages, String problem) {
	}

	/**
	 * Harvests every portal that is on, one after another.
	 * @param startedBy who (or what) started it, for the import runs
	 * @param renewLock renews the harvest lock, after each page
	 */
	List<Outcome> harvest(String startedBy, Runnable renewLock) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Portal portal : this.properties.portalsOn()) {
			outcomes.add(harvest(portal, startedBy, renewLock));
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
		}
		return outcomes;
	}

	/** Harvests one portal to the end of its window, or until it cannot go on. */
	Outcome harvest(Portal portal, String startedBy, Runnable renewLock) {
		HarvestProperties.Source source = this.properties.source(portal);
		HarvestStates.State state = this.states.find(portal);
		String page = state.midWindow() ? state.nextUrl() : beginWindow(portal, source, state);
		int pages = 0;
		try {
			while (page != null) {
				PageRun imported = importPage(portal, page, state.pagesRead() + pages + 1, startedBy);
				long run = imported.run().id();
				if (!imported.run().completed()) {
					return stop(portal, pages,
							"Import run " + run + " of page " + page + " stopped: " + imported.run().message());
				}
				pages++;
				this.states.pageImported(portal, imported.next(), run, this.clock.instant());
				renewLock.run();
				page = imported.next();
			}
			log.info("Harvest of {}: {} pages imported, window read to its end", portal.title(), pages);
			return new Outcome(portal, pages, null);
		}
		catch (PortalClient.PortalException ex) {
			return stop(portal, pages, ex.getMessage() + " (" + page + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return stop(portal, pages, "The harvest was stopped while waiting for the portal");
		}
		catch (RuntimeException ex) {
			stop(portal, pages, "The harvest stopped: " + ex.getMessage());
			throw ex;
		}
	}

	private Outcome stop(Portal portal, int pages, String reason) {
		log.warn("Harvest of {} stopped after {} pages: {}", portal.title(), pages, reason);
		this.states.stopped(portal, reason, this.clock.instant());
		return new Outcome(portal, pages, reason);
	}

	/** Begins the next window of dates and gives its first page. */
	private String beginWindow(Portal portal, HarvestProperties.Source source, HarvestStates.State state) {
		Instant to = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant from;
		if (state.windowTo() != null) {
			from = state.windowTo();
		}
		else if (source.startDate() != null) {
			from = source.startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		else {
			from = to.minus(FIRST_WINDOW);
		}
		String first = firstPage(portal, source, from, to);
		this.states.beginWindow(portal, from, to, first);
		return first;
	}

	/** The first page of a window: the portal's address with the window and page size. */
	static String firstPage(Portal portal, HarvestProperties.Source source, Instant from, Instant to) {
		return UriComponentsBuilder.fromUriString(source.baseUrl().strip())
			.queryParam(portal.fromParameter(), portalTime(from))
			.queryParam(portal.toParameter(), portalTime(to))
			.queryParam("limit", source.pageSize())
			.build()
			.toUriString();
	}

	/** A time as both portals take it: UTC, to the second, without a zone. */
	static String portalTime(Instant instant) {
		return PORTAL_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	/**
	 * Reads a page to its file, unless an earlier harvest did, and imports it; gives the
	 * run and the next page. The file goes once the import has finished; until then it
	 * stays, so a harvest stopped while importing it (the database gone, the process
	 * ended) imports the same file next time, and the engine resumes that run where it
	 * stopped instead of asking the portal again.
	 */
	private PageRun importPage(Portal portal, String page, long pageNumber, String startedBy)
			throws InterruptedException {
		Path file = pageFile(portal, page);
		if (!Files.exists(file)) {
			download(page, file);
		}
		PageLinks links;
		try {
			links = PageLinks.read(file);
		}
		catch (PortalClient.PortalException ex) {
			delete(file);
			throw ex;
		}
		String label = "Harvest from " + portal.title() + ", page " + pageNumber;
		ImportRuns.Run run = this.imports.importNow(List.of(file), ImportRuns.Kind.HARVEST, label, startedBy,
				this.properties.healthBuyersOnly());
		if (run.completed()) {
			delete(file);
		}
		// A page without releases, or one that links to itself, ends the window.
		boolean last = links.next() == null || links.releases() == 0 || links.next().equals(page);
		return new PageRun(run, last ? null : links.next());
	}

	/** The file a page is kept in until it is imported, named after its address. */
	Path pageFile(Portal portal, String page) {
		try {
			Files.createDirectories(this.downloads);
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
			return this.downloads.resolve(
					portal.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 16) + ".json");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads the page to a file beside it, then gives it its name: a name means a whole
	 * page.
	 */
	private void download(String page, Path file) throws InterruptedException {
		Path part = file.resolveSibling(file.getFileName() + ".part");
		try {
			this.client.fetch(URI.create(page), part);
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(part);
		}
	}

	/**
	 * A page imported.
	 *
	 * @param run its import run
	 * @param next the page after it, or null when it ends the window
	 */
	private record PageRun(ImportRuns.Run run, String next) {
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the harvested page {}: {}", file, ex.getMessage());
		}
	}

}
