package io.github.nhstendertracker.harvest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.nhstendertracker.imports.ImportRuns;
import io.github.nhstendertracker.imports.ImportedData;
import io.github.nhstendertracker.imports.Imports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The harvest against a local stub of the portals, through the real import engine and
 * database: it pages through {@code links.next}, waits when a portal says 429, keeps only
 * health buyers, and after a crash between pages resumes at the page it had not imported
 * without reading again the one it had.
 */
class HarvestTests extends HarvestTestSupport {

	/** The health release (Nottingham University Hospitals) of the last page. */
	static final String LAST_HEALTH_OCID = PortalPages.HEALTH_OCID;

	/**
	 * The release of the last page whose buyer is no health body (Manchester City
	 * Council).
	 */
	static final String LAST_OTHER_OCID = PortalPages.OTHER_OCID;

	@Autowired
	private Harvester harvester;

	@Autowired
	private HarvestStates states;

	@Autowired
	private ImportRuns runs;

	@Autowired
	private JdbcClient jdbc;

	private ImportedData data;

	private final AtomicInteger renewals = new AtomicInteger();

	@BeforeEach
	void start() {
		portals.resetAll();
		this.jdbc.sql("delete from harvest_state").update();
		this.data = ImportedData.mark(this.jdbc);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from harvest_state").update();
		this.data.remove();
	}

	@Test
	void contractsFinder_followsLinksNext_waitsOutA429_andKeepsOnlyHealthBuyers() throws Exception {
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("publishedFrom", equalTo("2025-01-20T00:00:00"))
			.withQueryParam("limit", equalTo("100"))
			.withQueryParam("cursor", absent())
			.willReturn(okJson(contractsFinderPage("page2"))));
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
			.willSetStateTo("ready"));
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.inScenario("busy")
			.whenScenarioStateIs("ready")
			.willReturn(okJson(lastPage(LAST_HEALTH_OCID, LAST_OTHER_OCID))));

		Harvester.Outcome outcome = this.harvester.harvest(Portal.CONTRACTS_FINDER, "test",
				this.renewals::incrementAndGet);

		assertThat(outcome.problem()).isNull();
		assertThat(outcome.pages()).isEqualTo(2);
		assertThat(this.renewals).as("the lock is renewed after each page").hasValue(2);
		verify(this.sleeper).sleep(Duration.ofSeconds(7));
		portals.verify(1, getRequestedFor(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", absent()));
		portals.verify(2, getRequestedFor(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2")));

		HarvestStates.State state = this.states.find(Portal.CONTRACTS_FINDER);
		assertThat(state.nextUrl()).isNull();
		assertThat(state.pagesRead()).isEqualTo(2);
		assertThat(state.lastError()).isNull();
		assertThat(state.lastSuccess()).isNotNull();
		assertThat(state.windowFrom()).isEqualTo(Instant.parse("2025-01-20T00:00:00Z"));

		assertThat(tenders(CF_HEALTH_OCID)).isEqualTo(1);
		assertThat(tenders(LAST_HEALTH_OCID)).isEqualTo(1);
		assertThat(tenders(CF_OTHER_OCID)).isZero();
		assertThat(tenders(LAST_OTHER_OCID)).isZero();
		List<ImportRuns.Run> harvested = harvestRuns();
		assertThat(harvested).hasSize(2);
		ImportRuns.Run first = harvested.get(0);
		assertThat(first.completed()).isTrue();
		assertThat(first.label()).isEqualTo("Harvest from Contracts Finder, page 1");
		assertThat(first.startedBy()).isEqualTo("test");
		assertThat(first.releasesRead()).isEqualTo(100);
		assertThat(first.leftOut()).isEqualTo(99);
		assertThat(first.created()).isEqualTo(1);
		assertThat(harvested.get(1).leftOut()).isEqualTo(1);
		assertThat(harvested.get(1).created()).isEqualTo(1);
	}

	@Test
	void aCrashBetweenPages_resumesAtTheNextPage_withoutReadingTheFirstAgain() {
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", absent())
			.willReturn(okJson(contractsFinderPage("page2"))));
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		Harvester.Outcome crashed = this.harvester.harvest(Portal.CONTRACTS_FINDER, "test",
				this.renewals::incrementAndGet);

		assertThat(crashed.pages()).isEqualTo(1);
		assertThat(crashed.problem()).contains("could not be reached").contains("3 times");
		HarvestStates.State stopped = this.states.find(Portal.CONTRACTS_FINDER);
		assertThat(stopped.nextUrl()).isEqualTo(portals.baseUrl() + CF_PATH
				+ "?publishedFrom=2025-01-20T23:00:00&publishedTo=2025-01-23T23:00:00&limit=100&cursor=page2");
		assertThat(stopped.pagesRead()).isEqualTo(1);
		assertThat(stopped.lastError()).contains("could not be reached");
		assertThat(stopped.lastRunId()).as("the run of the last page imported").isEqualTo(harvestRuns().get(0).id());
		assertThat(tenders(CF_HEALTH_OCID)).isEqualTo(1);

		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.willReturn(okJson(lastPage(LAST_HEALTH_OCID))));

		Harvester.Outcome resumed = this.harvester.harvest(Portal.CONTRACTS_FINDER, "test",
				this.renewals::incrementAndGet);

		assertThat(resumed.problem()).isNull();
		assertThat(resumed.pages()).isEqualTo(1);
		portals.verify(1, getRequestedFor(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", absent()));
		portals.verify(4, getRequestedFor(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2")));
		HarvestStates.State done = this.states.find(Portal.CONTRACTS_FINDER);
		assertThat(done.nextUrl()).isNull();
		assertThat(done.pagesRead()).isEqualTo(2);
		assertThat(done.lastError()).isNull();
		assertThat(done.windowFrom()).isEqualTo(stopped.windowFrom());
		assertThat(done.windowTo()).isEqualTo(stopped.windowTo());
		assertThat(tenders(LAST_HEALTH_OCID)).isEqualTo(1);
		assertThat(harvestRuns()).hasSize(2);
	}

	@Test
	void aPageTheImportCannotRead_stopsTheHarvestThere_andTheNextHarvestAsksForItAgain() {
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", absent())
			.willReturn(okJson(contractsFinderPage("page2"))));
		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.willReturn(okJson("{\"releases\": [{\"ocid\": \"ocds-b5fd17-cut")));

		Harvester.Outcome stopped = this.harvester.harvest(Portal.CONTRACTS_FINDER, "test",
				this.renewals::incrementAndGet);

		assertThat(stopped.pages()).isEqualTo(1);
		assertThat(stopped.problem()).contains("not whole JSON");
		assertThat(this.states.find(Portal.CONTRACTS_FINDER).nextUrl()).endsWith("cursor=page2");

		portals.stubFor(get(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", equalTo("page2"))
			.willReturn(okJson(lastPage(LAST_HEALTH_OCID))));
		assertThat(this.harvester.harvest(Portal.CONTRACTS_FINDER, "test", this.renewals::incrementAndGet).problem())
			.isNull();
		portals.verify(1, getRequestedFor(urlPathEqualTo(CF_PATH)).withQueryParam("cursor", absent()));
		assertThat(this.states.find(Portal.CONTRACTS_FINDER).pagesRead()).isEqualTo(2);
	}

	@Test
	void findATender_pagesByItsCursor_withinTheUpdatedWindow() {
		portals.stubFor(get(urlPathEqualTo(FTS_PATH)).withQueryParam("updatedFrom", equalTo("2026-10-06T00:00:00"))
			.withQueryParam("limit", equalTo("4"))
			.withQueryParam("cursor", absent())
			.willReturn(okJson(findATenderPage("MTAwM=="))));
		portals.stubFor(get(urlPathEqualTo(FTS_PATH)).withQueryParam("cursor", equalTo("MTAwM=="))
			.willReturn(okJson(lastPage(LAST_HEALTH_OCID, LAST_OTHER_OCID))));

		Harvester.Outcome outcome = this.harvester.harvest(Portal.FIND_A_TENDER, "test",
				this.renewals::incrementAndGet);

		assertThat(outcome.problem()).isNull();
		assertThat(outcome.pages()).isEqualTo(2);
		portals.verify(1, getRequestedFor(urlPathEqualTo(FTS_PATH)).withQueryParam("updatedTo",
				equalTo(Harvester.portalTime(this.states.find(Portal.FIND_A_TENDER).windowTo()))));
		portals.verify(1, getRequestedFor(urlPathEqualTo(FTS_PATH)).withQueryParam("cursor", equalTo("MTAwM==")));
		verifyNoInteractions(this.sleeper);
		List<ImportRuns.Run> harvested = harvestRuns();
		assertThat(harvested).extracting(ImportRuns.Run::leftOut).containsExactly(4, 1);
		assertThat(harvested.get(0).label()).isEqualTo("Harvest from Find a Tender, page 1");
		assertThat(tenders("ocds-h6vhtk-078219")).isZero();
		assertThat(tenders(LAST_HEALTH_OCID)).isEqualTo(1);
		HarvestStates.State state = this.states.find(Portal.FIND_A_TENDER);
		assertThat(state.pagesRead()).isEqualTo(2);
		assertThat(state.nextUrl()).isNull();
	}

	@Test
	void theNextHarvest_beginsANewWindowWhereTheLastEnded() {
		portals.stubFor(get(urlPathEqualTo(FTS_PATH)).willReturn(okJson(lastPage(LAST_OTHER_OCID))));
		this.harvester.harvest(Portal.FIND_A_TENDER, "test", this.renewals::incrementAndGet);
		Instant firstEnd = this.states.find(Portal.FIND_A_TENDER).windowTo();

		this.harvester.harvest(Portal.FIND_A_TENDER, "test", this.renewals::incrementAndGet);

		portals.verify(1, getRequestedFor(urlPathEqualTo(FTS_PATH)).withQueryParam("updatedFrom",
				equalTo(Harvester.portalTime(firstEnd))));
		HarvestStates.State state = this.states.find(Portal.FIND_A_TENDER);
		assertThat(state.windowFrom()).isEqualTo(firstEnd);
		assertThat(state.pagesRead()).isEqualTo(2);
	}

	@Test
	void aPageReadBeforeTheHarvestStopped_isImportedFromItsFile_notAskedForAgain() throws Exception {
		String page = portals.baseUrl() + CF_PATH + "?cursor=read-before-the-stop";
		this.states.beginWindow(Portal.CONTRACTS_FINDER, Instant.parse("2025-01-20T00:00:00Z"),
				Instant.parse("2025-01-24T00:00:00Z"), page);
		Path file = this.harvester.pageFile(Portal.CONTRACTS_FINDER, page);
		Files.writeString(file, lastPage(LAST_HEALTH_OCID));

		Harvester.Outcome outcome = this.harvester.harvest(Portal.CONTRACTS_FINDER, "test",
				this.renewals::incrementAndGet);

		assertThat(outcome.problem()).isNull();
		assertThat(outcome.pages()).isEqualTo(1);
		portals.verify(0, getRequestedFor(anyUrl()));
		assertThat(tenders(LAST_HEALTH_OCID)).isEqualTo(1);
		assertThat(file).doesNotExist();
		assertThat(this.states.find(Portal.CONTRACTS_FINDER).nextUrl()).isNull();
	}

	@Test
	void withHealthBuyersOnlyOff_everyReleaseIsKept(@Autowired PortalClient client, @Autowired Imports imports,
			@TempDir Path downloads) {
		portals.stubFor(get(urlPathEqualTo(FTS_PATH)).willReturn(okJson(lastPage(LAST_HEALTH_OCID, LAST_OTHER_OCID))));
		HarvestProperties.Source off = new HarvestProperties.Source(null, 100, null, true);
		HarvestProperties everyBuyer = new HarvestProperties(false, "-", false, 3, Duration.ofSeconds(1),
				Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofMinutes(10), null, off,
				new HarvestProperties.Source(portals.baseUrl() + FTS_PATH, 100, LocalDate.of(2026, 10, 6), true));
		Harvester harvester = new Harvester(everyBuyer, client, this.states, imports, Clock.systemUTC(), downloads);

		assertThat(harvester.harvest("test", this.renewals::incrementAndGet)).singleElement()
			.satisfies((outcome) -> assertThat(outcome.portal()).isEqualTo(Portal.FIND_A_TENDER));

		assertThat(harvestRuns()).singleElement().satisfies((run) -> {
			assertThat(run.leftOut()).isZero();
			assertThat(run.created()).isEqualTo(2);
		});
		assertThat(tenders(LAST_OTHER_OCID)).isEqualTo(1);
		portals.verify(0, getRequestedFor(urlPathEqualTo(CF_PATH)));
	}

	private int tenders(String ocid) {
		return this.jdbc.sql("select count(*) from tender where ocid = :ocid")
			.param("ocid", ocid)
			.query(Integer.class)
			.single();
	}

	private List<ImportRuns.Run> harvestRuns() {
		return this.runs.recent(10)
			.stream()
			.filter((run) -> run.kind() == ImportRuns.Kind.HARVEST && run.startedBy().equals("test"))
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.toList();
	}

}
