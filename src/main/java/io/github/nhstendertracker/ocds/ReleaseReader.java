package io.github.nhstendertracker.ocds;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the releases of one OCDS file, one release at a time, so a file of any size
 * reads with a flat heap. Not thread-safe.
 * <p>
 * <b>Formats.</b> A gzipped file is recognised by its first two bytes (1F 8B), whatever
 * its name. Then:
 * <ul>
 * <li>a <b>release package</b> ({@code {"uri":..,"publisher":{..},"releases":[..]}})
 * gives its releases in order;</li>
 * <li>a <b>record package</b> ({@code {"records":[..]}}) gives, for each record, its
 * embedded releases when they are full releases (more than {@code url}, {@code date} and
 * {@code tag}), otherwise its {@code compiledRelease} (tagged {@code compiled}); a record
 * with neither is a problem;</li>
 * <li><b>JSON Lines</b> (a name ending {@code .jsonl} or {@code .jsonl.gz}, or a first
 * line that is a whole JSON object followed by more lines) give each line's release,
 * record, release package or record package; blank lines are skipped;</li>
 * <li>a file holding one bare release (or record) object is read like one line of JSON
 * Lines and reported as {@link FileKind#JSON_LINES}.</li>
 * </ul>
 * A package's fields may come in any order. Each release carries the {@link PackageInfo}
 * seen before it, so when {@code publisher} comes after {@code releases} the first
 * releases have less of it (real files put it first).
 * <p>
 * <b>Problems</b> never throw: they are kept for {@link #drainProblems()} and reading
 * goes on where it can. A release with no {@code ocid}, an entry that is not an object,
 * or a record with nothing to give is skipped. Broken JSON on a JSON Lines line skips
 * that line; broken JSON in a package ends the file (the releases before it have been
 * given). The file must be UTF-8: a release holding ill-formed UTF-8 is not given (and a
 * JSON Lines line holding some is skipped), since repairing it would silently change the
 * text.
 * <p>
 * <b>What is filled in.</b> A release without an {@code id} gets a derived one (see
 * {@link ReleaseIds}); names, titles and descriptions are repaired with {@link CleanText}
 * when {@link ReadRelease#cleaned()} is first asked, so that a release already recorded
 * is not cleaned for nothing.
 * <p>
 * {@link #kind()} reads ahead to the first release (or the end) when called before
 * {@link #next()}; {@link #open} itself reads nothing.
 */
public final class ReleaseReader implements AutoCloseable {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
		.build();

	private static final int BUFFER = 64 * 1024;

	private final String name;

	private final long totalBytes;

	private final CountingInputStream counted;

	private final BufferedInputStream compressed;

	private InputStream text;

	private Utf8Guard guard;

	private JsonParser parser;

	private DocumentReader document;

	private LineSplitter lines;

	private FileKind kind;

	private boolean started;

	private boolean finished;

	private final Deque<ReadRelease> ready = new ArrayDeque<>();

	private final List<ReadProblem> problems = new ArrayList<>();

	private final Entries entries = new Entries();

	private long entryCount;

	private long releasesRead;

	private long skipping;

	private ReleaseReader(InputStream in, String name, long totalBytes) {
		this.name = name;
		this.totalBytes = totalBytes;
		this.counted = new CountingInputStream(in);
		this.compressed = new BufferedInputStream(this.counted, BUFFER);
	}

	/** Opens a file; throws only when it cannot be opened. */
	public static ReleaseReader open(Path file) throws IOException {
		return new ReleaseReader(Files.newInputStream(file), file.toString(), Files.size(file));
	}

	/**
	 * Reads a stream (closed by {@link #close()}).
	 * @param name the name positions and problems give, and whose ending may say JSON
	 * Lines
	 * @param totalBytes the stream's length for a progress bar, or -1 when unknown
	 */
	public static ReleaseReader open(InputStream in, String name, long totalBytes) throws IOException {
		return new ReleaseReader(in, name, totalBytes);
	}

	/** The next release, or empty at the end of the file. */
	public Optional<ReadRelease> next() {
		while (this.ready.isEmpty() && !this.finished) {
			advance();
		}
		ReadRelease release = this.ready.poll();
		if (release != null) {
			this.releasesRead++;
		}
		return Optional.ofNullable(release);
	}

	/** The problems found since the last call, oldest first. */
	public List<ReadProblem> drainProblems() {
		List<ReadProblem> drained = List.copyOf(this.problems);
		this.problems.clear();
		return drained;
	}

	/** What the file is; reads ahead to find out when called before {@link #next()}. */
	public FileKind kind() {
		while (this.kind == null && !this.finished) {
			advance();
		}
		return (this.kind != null) ? this.kind : FileKind.BROKEN;
	}

	/** The bytes consumed from the file so far, before decompression. */
	public long bytesRead() {
		return this.counted.count();
	}

	/** The file's length in bytes, or -1 when unknown. */
	public long totalBytes() {
		return this.totalBytes;
	}

	/** The releases given so far, by {@link #next()} or passed by {@link #skip(long)}. */
	public long releasesRead() {
		return this.releasesRead;
	}

	/**
	 * Passes over releases without returning them, to resume after a restart: after
	 * {@code skip(n)} on a new reader, {@link #next()} gives release {@code n + 1}.
	 * Skipped releases are parsed but not repaired, and problems found among them are
	 * dropped (they were reported on the first run).
	 */
	public void skip(long releases) {
		if (releases < 0) {
			throw new IllegalArgumentException("cannot skip a negative number of releases: " + releases);
		}
		long left = releases;
		while (left > 0 && !this.ready.isEmpty()) {
			this.ready.poll();
			this.releasesRead++;
			left--;
		}
		this.skipping = left;
		while (this.skipping > 0 && !this.finished) {
			advance();
		}
		this.skipping = 0;
	}

	@Override
	public void close() {
		try {
			if (this.parser != null) {
				this.parser.close();
			}
			this.compressed.close();
		}
		catch (IOException | JacksonException ex) {
			// closing a file that was read: nothing is lost
		}
	}

	private void advance() {
		try {
			if (!this.started) {
				this.started = true;
				start();
			}
			else if (this.lines != null) {
				advanceLines();
			}
			else if (!this.document.step()) {
				finish(true);
			}
		}
		catch (JacksonIOException ex) {
			unreadable(ex.getCause());
		}
		catch (JacksonException ex) {
			brokenDocument(ex);
		}
		catch (IOException ex) {
			unreadable(ex);
		}
	}

	private void start() throws IOException {
		InputStream decoded = isGzip() ? new GZIPInputStream(this.compressed, BUFFER) : this.compressed;
		this.guard = new Utf8Guard(decoded);
		BufferedInputStream buffered = new BufferedInputStream(this.guard, BUFFER);
		this.text = buffered;
		FirstBytes first = FirstBytes.peek(buffered);
		buffered.skip(first.bom());
		String lowerName = this.name.toLowerCase(Locale.ROOT);
		if (first.empty()) {
			this.kind = FileKind.EMPTY;
			problem(0, 0, "the file is empty");
			finish(true);
		}
		else if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".jsonl.gz") || first.jsonLines()) {
			this.kind = FileKind.JSON_LINES;
			this.lines = new LineSplitter(buffered, first.bom());
		}
		else if (first.first() != '{' && first.first() != '[') {
			this.kind = FileKind.BROKEN;
			problem(0, 0, "not JSON: the file starts with " + first.describeFirst());
			finish(false);
		}
		else {
			this.parser = MAPPER.createParser(buffered);
			this.document = new DocumentReader(this.parser, first.bom(), 1, this.entries);
		}
	}

	private boolean isGzip() throws IOException {
		this.compressed.mark(2);
		int first = this.compressed.read();
		int second = this.compressed.read();
		this.compressed.reset();
		return first == 0x1F && second == 0x8B;
	}

	private void advanceLines() throws IOException {
		if (this.document == null) {
			if (!this.lines.nextLine()) {
				finish(true);
				return;
			}
			this.parser = MAPPER.createParser(this.lines.line());
			this.document = new DocumentReader(this.parser, this.lines.lineStart(), this.lines.lineNumber(),
					this.entries);
		}
		try {
			if (!this.document.step()) {
				this.document = null;
			}
		}
		catch (JacksonIOException ex) {
			throw ex;
		}
		catch (JacksonException ex) {
			this.entryCount++;
			problem(this.entryCount, this.lines.lineNumber(), "not valid JSON: " + jsonMessage(ex));
			this.document = null;
		}
	}

	private void brokenDocument(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		long line = (location != null) ? location.getLineNr() : 0;
		long index = this.document.inEntries() ? this.entryCount + 1 : 0;
		if (this.kind == null) {
			this.kind = FileKind.BROKEN;
		}
		problem(index, line, "the JSON breaks here (" + jsonMessage(ex) + "), so the rest of the file is not read");
		finish(false);
	}

	private void unreadable(Throwable cause) {
		if (this.kind == null) {
			this.kind = FileKind.BROKEN;
		}
		problem(0, 0, "the file cannot be read to the end (" + cause.getMessage() + ")");
		finish(false);
	}

	private static String jsonMessage(JacksonException ex) {
		String message = ex.getOriginalMessage();
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getColumnNr() > 0) {
			message += " at column " + location.getColumnNr();
		}
		return message;
	}

	/**
	 * Ends the file; after a complete read, consumes what is left so the byte count is
	 * whole.
	 */
	private void finish(boolean complete) {
		this.finished = true;
		if (!complete) {
			return;
		}
		try {
			if (this.text != null) {
				this.text.transferTo(OutputStream.nullOutputStream());
			}
			this.compressed.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.guard != null) {
			outsideReleases(this.guard.takeReplacementsBefore(Long.MAX_VALUE), 0);
		}
	}

	private void problem(long index, long line, String reason) {
		if (this.skipping == 0) {
			this.problems.add(new ReadProblem(new Position(this.name, index, line), reason));
		}
	}

	private void outsideReleases(List<Long> replacements, long line) {
		if (!replacements.isEmpty()) {
			problem(0, line,
					"ill-formed UTF-8 outside the releases at byte " + replacements.get(0) + " (read as U+FFFD)");
		}
	}

	private void accept(ObjectNode release, PackageInfo pack, long line) {
		this.entryCount++;
		String missing = ocidProblem(release);
		if (missing != null) {
			problem(this.entryCount, line, missing);
			return;
		}
		if (this.skipping > 0) {
			this.skipping--;
			this.releasesRead++;
			return;
		}
		boolean derived = ReleaseIds.fillIn(release);
		this.ready.add(new ReadRelease(release, new Position(this.name, this.entryCount, line), pack, derived));
	}

	private static String ocidProblem(JsonNode release) {
		JsonNode ocid = release.get("ocid");
		if (ocid == null || ocid.isNull()) {
			return "no ocid";
		}
		if (!ocid.isString()) {
			return "the ocid is not a string";
		}
		return ocid.asString().isBlank() ? "the ocid is blank" : null;
	}

	/** Receives what the documents give. */
	private final class Entries implements DocumentReader.Entries {

		@Override
		public void kind(FileKind kind) {
			if (ReleaseReader.this.kind == null) {
				ReleaseReader.this.kind = kind;
			}
		}

		@Override
		public void releases(List<ObjectNode> releases, PackageInfo pack, long line, long start, long end) {
			List<Long> replacements = ReleaseReader.this.guard.takeReplacementsBefore(end);
			List<Long> before = replacements.stream().filter((offset) -> offset < start).toList();
			outsideReleases(before, line);
			int inside = replacements.size() - before.size();
			if (inside > 0) {
				long index = ReleaseReader.this.entryCount + 1;
				ReleaseReader.this.entryCount += releases.size();
				ReleaseReader.this.problem(index, line,
						"ill-formed UTF-8 (" + inside + " bad byte sequence" + ((inside > 1) ? "s" : "")
								+ ", the first at byte " + replacements.get(before.size())
								+ "), so the release is not read");
				return;
			}
			for (ObjectNode release : releases) {
				accept(release, pack, line);
			}
		}

		@Override
		public void badEntry(long line, String reason) {
			ReleaseReader.this.entryCount++;
			ReleaseReader.this.problem(ReleaseReader.this.entryCount, line, reason);
		}

		@Override
		public void problem(long line, String reason) {
			ReleaseReader.this.problem(0, line, reason);
		}

	}

}
