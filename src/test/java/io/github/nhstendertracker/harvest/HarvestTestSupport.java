package io.github.nhstendertracker.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.imports.ImportedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * What the harvest tests share (and so one application context): a local HTTP stub in
 * place of both portals, the harvest pointed at it, a sleeper that only records its
 * waits, and pages made from the recorded files in the shared data folder.
 */
@SpringBootTest(properties = { "tracker.harvest.max-attempts=3", "tracker.harvest.initial-backoff=PT1S",
		"tracker.harvest.contracts-finder.start-date=2025-01-20", "tracker.harvest.find-a-tender.start-date=2026-10-06",
		"tracker.harvest.find-a-tender.page-size=4" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
abstract class HarvestTestSupport {

	static final String CF_PATH = "/Published/Notices/OCDS/Search";

	static final String FTS_PATH = "/api/1.0/ocdsReleasePackages";

	/** The flash attribute in which the imports page says why a harvest did not start. */
	static final String HARVEST_PROBLEM = "harvestProblem";

	/** The recorded Contracts Finder page's one health release (NHS Supply Chain). */
	static final String CF_HEALTH_OCID = "ocds-b5fd17-598a5b4c-625b-4da8-9720-5934dbd69fa0";

	/**
	 * A release of the recorded page whose buyer is no health body (London Borough of
	 * Merton).
	 */
	static final String CF_OTHER_OCID = "ocds-b5fd17-e3b5f385-5989-4cf1-8849-01c247fc9c30";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final WireMockServer portals = new WireMockServer(options().dynamicPort());

	static {
		portals.start();
	}

	@MockitoBean
	Sleeper sleeper;

	@DynamicPropertySource
	static void pointAtTheStub(DynamicPropertyRegistry registry) {
		registry.add("tracker.harvest.contracts-finder.base-url", () -> portals.baseUrl() + CF_PATH);
		registry.add("tracker.harvest.find-a-tender.base-url", () -> portals.baseUrl() + FTS_PATH);
	}

	/** The recorded Contracts Finder page, its {@code links.next} leading to the stub. */
	static String contractsFinderPage(String nextCursor) {
		String page = read(ImportedData.sharedOcds().resolve("contracts-finder/CFServer1_TestData_CFSearchStr.json"));
		String recordedNext = "https://www.contractsfinder.service.gov.uk/Published/Notices/OCDS/Search?"
				+ "publishedFrom=2025-01-20T23:00:00&publishedTo=2025-01-23T23:00:00&limit=100&cursor="
				+ "cHVibGlzaGVkRnJvbT0yMDI1LTAxLTIwVDIzOjAwOjAwfHB1Ymxpc2hlZFRvPTIwMjUtMDEtMjNUMjM6MDA6MDB8bGltaXQ9"
				+ "MTAwfG5leHRDdXJzb3I9NzAxMDE3";
		if (!page.contains(recordedNext)) {
			throw new IllegalStateException("The recorded page no longer has the links.next it had");
		}
		return page.replace(recordedNext, portals.baseUrl() + CF_PATH
				+ "?publishedFrom=2025-01-20T23:00:00&publishedTo=2025-01-23T23:00:00&limit=100&cursor=" + nextCursor);
	}

	/**
	 * The recorded Find a Tender page (four releases), its next link leading to the stub.
	 */
	static String findATenderPage(String nextCursor) {
		String page = read(ImportedData.sharedOcds().resolve("find-a-tender/release-package-limit-4.json"));
		ObjectNode tree = (ObjectNode) JSON.readTree(page);
		String next = tree.path("links").path("next").asString();
		if (!next.startsWith("https://www.find-tender.service.gov.uk" + FTS_PATH + "?")) {
			throw new IllegalStateException("The recorded page no longer has the links.next it had: " + next);
		}
		return page.replace(next, portals.baseUrl() + FTS_PATH
				+ "?updatedFrom=2026-10-06T15:44:10&updatedTo=2026-10-06T18:44:10&limit=4&cursor=" + nextCursor);
	}

	/**
	 * A last page (no {@code links.next}): the releases of the recorded English Contracts
	 * Finder file with these ocids.
	 */
	static String lastPage(String... ocids) {
		JsonNode english = JSON
			.readTree(read(ImportedData.sharedOcds().resolve("contracts-finder/CFServer1_EnglishData_releases.json")));
		ObjectNode page = JSON.createObjectNode();
		page.put("uri", portals.baseUrl() + "/last");
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
