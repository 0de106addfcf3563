package io.github.nhstendertracker.harvest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.nhstendertracker.TestDatabaseConfiguration;

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
 * waits, and pages made from the recorded files ({@link PortalPages}).
 */
@SpringBootTest(properties = { "tracker.harvest.max-attempts=3", "tracker.harvest.initial-backoff=PT1S",
		"tracker.harvest.contracts-finder.start-date=2025-01-20", "tracker.harvest.find-a-tender.start-date=2026-10-06",
		"tracker.harvest.find-a-tender.page-size=4" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
abstract class HarvestTestSupport {

	static final String CF_PATH = PortalPages.CF_PATH;

	static final String FTS_PATH = PortalPages.FTS_PATH;

	/** The flash attribute in which the imports page says why a harvest did not start. */
	static final String HARVEST_PROBLEM = "harvestProblem";

	/** The recorded Contracts Finder page's one health release (NHS Supply Chain). */
	static final String CF_HEALTH_OCID = "ocds-b5fd17-598a5b4c-625b-4da8-9720-5934dbd69fa0";

	/**
	 * A release of the recorded page whose buyer is no health body (London Borough of
	 * Merton).
	 */
	static final String CF_OTHER_OCID = "ocds-b5fd17-e3b5f385-5989-4cf1-8849-01c247fc9c30";

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

	static String contractsFinderPage(String nextCursor) {
		return PortalPages.contractsFinderPage(portals.baseUrl(), nextCursor);
	}

	static String findATenderPage(String nextCursor) {
		return PortalPages.findATenderPage(portals.baseUrl(), nextCursor);
	}

	static String lastPage(String... ocids) {
		return PortalPages.lastPage(portals.baseUrl(), ocids);
	}

}
