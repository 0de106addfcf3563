package io.github.nhstendertracker.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import io.github.nhstendertracker.imports.ImportedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pages of the portals' APIs for a local stub at {@code stub} (such as
 * {@code http://localhost:54321}), made from the recorded files in the shared data
 * folder.
 */
public final class PortalPages {

	/** Contracts Finder's OCDS search, below the stub's address. */
	public static final String CF_PATH = "/Published/Notices/OCDS/Search";

	/** Find a Tender's OCDS release packages, below the stub's address. */
	public static final String FTS_PATH = "/api/1.0/ocdsReleasePackages";

	/**
	 * A health release of the English Contracts Finder file (Nottingham University
	 * Hospitals).
	 */
	public static final String HEALTH_OCID = "ocds-b5fd17-7f49bd48-f259-4f61-b8a8-7d2738e6f3be";

	/** A release of that file whose buyer is no health body (Manchester City Council). */
	public static final String OTHER_OCID = "ocds-b5fd17-a89fc5c2-eed8-48fa-b4e3-727a8f32fd6d";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PortalPages() {
	}

	/** The recorded Contracts Finder page, its {@code links.next} leading to the stub. */
	public static String contractsFinderPage(String stub, String nextCursor) {
		String page = read(ImportedData.sharedOcds().resolve("contracts-finder/CFServer1_TestData_CFSearchStr.json"));
		String recordedNext = "https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search?"
				+ "publishedFrom=2025-01-20T23:00:00&publishedTo=2025-01-23T23:00:00&limit=100&cursor="
				+ "cHVibGlzaGVkRnJvbT0yMDI1LTAxLTIwVDIzOjAwOjAwfHB1Ymxpc2hlZFRvPTIwMjUtMDEtMjNUMjM6MDA6MDB8bGltaXQ9"
				+ "MTAwfG5leHRDdXJzb3I9NzAxMDE3";
		if (!page.contains(recordedNext)) {
			throw new IllegalStateException("The recorded page no longer has the links.next it had");
		}
		return page.replace(recordedNext, stub + CF_PATH
				+ "?publishedFrom=2025-01-20T23:00:00&publishedTo=2025-01-23T23:00:00&limit=100&cursor=" + nextCursor);
	}

	/**
	 * The recorded Find a Tender page (four releases), its next link leading to the stub.
	 */
	public static String findATenderPage(String stub, String nextCursor) {
		String page = read(ImportedData.sharedOcds().resolve("find-a-tender/release-package-limit-4.json"));
		ObjectNode tree = (ObjectNode) JSON.readTree(page);
		String next = tree.path("links").path("next").asString();
		if (!next.startsWith("https://www.find-tender.service.gov.uk" + FTS_PATH + "?")) {
			throw new IllegalStateException("The recorded page no longer has the links.next it had: " + next);
		}
		return page.replace(next, stub + FTS_PATH
				+ "?updatedFrom=2026-10-06T15:44:10&updatedTo=2026-10-06T18:44:10&limit=4&cursor=" + nextCursor);
	}

	/**
	 * A last page (no {@code links.next}): the releases of the recorded English Contracts
	 * Finder file with these ocids.
	 */
	public static String lastPage(String stub, String... ocids) {
		JsonNode english = JSON
			.readTree(read(ImportedData.sharedOcds().resolve("contracts-finder/CFServer1_EnglishData_releases.json")));
		ObjectNode page = JSON.createObjectNode();
		page.put("uri", stub + "/last");
		page.put("version", "1.1");
		page.put("publishedDate", "2025-03-11T12:00:00Z");
		page.set("publisher", english.path("publisher"));
		ArrayNode releases = page.putArray("releases");
		Predicate<JsonNode> wanted = (release) -> List.of(ocids).contains(release.path("ocid").asString());
		english.path("releases").forEach((release) -> {
			if (wanted.test(release)) {
				releases.add(release);
			}
		});
		if (releases.size() != ocids.length) {
			throw new IllegalStateException("Not every ocid is in the English file: " + List.of(ocids));
		}
		return JSON.writeValueAsString(page);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
