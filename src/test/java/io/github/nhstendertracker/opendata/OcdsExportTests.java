package io.github.nhstendertracker.opendata;

import java.util.ArrayList;
import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.ocds.ReleaseValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OCDS export through the real filter chain, as someone not signed in: every package
 * valid against the OCDS 1.1.5 package and release schemas, the seeded lifecycles in OCDS
 * terms, filters, stable ids, and the 404 and 400 answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class OcdsExportTests {

	private static final ReleaseValidator RECORD_PACKAGE = ReleaseValidator.recordPackage();

	private static final ReleaseValidator RELEASE_PACKAGE = ReleaseValidator.releasePackage();

	private static final ReleaseValidator RELEASE = ReleaseValidator.ocds115();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everySeededTender_isAValidRecordPackage_withAReleasePerSource() throws Exception {
		for (long id = 1; id <= 8; id++) {
			JsonNode pack = record(id);
			assertThat(RECORD_PACKAGE.validatePackage(pack)).as("tender " + id).isEmpty();
			JsonNode record = pack.get("records").get(0);
			assertThat(record.get("ocid").asString()).isEqualTo("ocds-nhstt1-" + id);
			List<JsonNode> releases = list(record.get("releases"));
			long sources = this.jdbc.sql("select count(*) from tender_source where tender_id = :id")
				.param("id", id)
				.query(Long.class)
				.single();
			assertThat(releases).as("tender " + id).hasSize((int) sources);
			List<String> dates = new ArrayList<>();
			for (JsonNode release : releases) {
				assertThat(RELEASE.validate(release)).as(release.get("id").asString()).isEmpty();
				assertThat(release.get("id").asString()).startsWith("ocds-nhstt1-source-");
				dates.add(release.get("date").asString());
			}
			assertThat(dates).as("releases oldest first").isSorted();
			assertThat(RELEASE.validate(record.get("compiledRelease"))).isEmpty();
			assertThat(list(record.get("compiledRelease").get("tag"))).extracting(JsonNode::asString)
				.containsExactly("compiled");
		}
	}

	@Test
	void staffordshire_isPaused_inATenderUpdateRelease_andStaysActiveWithTheReason() throws Exception {
		JsonNode record = record(6).get("records").get(0);
		JsonNode paused = releaseFrom(record, 3);
		assertThat(list(paused.get("tag"))).extracting(JsonNode::asString).contains("tenderUpdate");
		assertThat(paused.get("tender").get("statusDetails").asString())
			.isEqualTo("Paused: Signing put on hold until the Cambridgeshire review reports.");
		assertThat(list(paused.get("tender").get("milestones"))).extracting((m) -> m.get("code").asString())
			.contains("PAUSE", "CONSORTIUM_FORMING");
		JsonNode compiled = record.get("compiledRelease");
		assertThat(compiled.get("tender").get("status").asString()).isEqualTo("active");
		assertThat(compiled.get("tender").get("statusDetails").asString()).startsWith("Paused: ");
		assertThat(compiled.get("tender").get("value").get("amount").decimalValue()).isEqualByComparingTo("687000000");
		assertThat(compiled.has("awards")).as("never awarded").isFalse();
		assertThat(compiled.get("relatedProcesses").get(0).get("identifier").asString()).isEqualTo("ocds-nhstt1-5");
		JsonNode programme = record(5).get("records").get(0).get("compiledRelease");
		assertThat(list(programme.get("tender").get("lots"))).extracting((lot) -> lot.get("id").asString())
			.containsExactly("6", "7");
	}

	@Test
	void cambridgeshire_collapsedAfterItsAward_endsInAContractTermination() throws Exception {
		JsonNode record = record(1).get("records").get(0);
		JsonNode collapse = releaseFrom(record, 3);
		assertThat(list(collapse.get("tag"))).extracting(JsonNode::asString)
			.as("the source also reports the review that followed")
			.containsExactly("tenderUpdate", "award", "contract", "contractTermination");
		assertThat(collapse.get("contracts").get(0).get("status").asString()).isEqualTo("terminated");
		assertThat(collapse.get("awards").get(0).get("suppliers").get(0).get("name").asString())
			.isEqualTo("UnitingCare Partnership");
		JsonNode compiled = record.get("compiledRelease");
		assertThat(compiled.get("tender").get("status").asString()).isEqualTo("complete");
		assertThat(compiled.get("contracts").get(0).get("status").asString()).isEqualTo("terminated");
		assertThat(compiled.get("contracts").get(0).get("description").asString()).startsWith("Collapsed: ");
		JsonNode buyer = compiled.get("parties").get(0);
		assertThat(buyer.get("identifier").get("scheme").asString()).isEqualTo("GB-NHS");
		assertThat(buyer.get("identifier").get("id").asString()).isEqualTo("06H");
		JsonNode tender = compiled.get("tender");
		assertThat(tender.get("minValue").get("amount").decimalValue()).isEqualByComparingTo("750000000");
		assertThat(tender.get("value").get("amount").decimalValue()).isEqualByComparingTo("1000000000");
		assertThat(tender.get("headlineValue").get("maxOpen").asBoolean()).isTrue();
		JsonNode advert = releaseFrom(record, 1);
		assertThat(list(advert.get("tender").get("reportedFigures"))).extracting((f) -> f.get("basis").asString())
			.as("the per-year figure is listed on its own basis, never in tender.value")
			.containsExactly("total", "annual");
		assertThat(advert.get("tender").get("value").get("amount").decimalValue()).isEqualByComparingTo("1000000000");
	}

	@Test
	void aTenderNeverAwarded_thatCollapses_isCancelled() throws Exception {
		long id = insertTender(null, null);
		try {
			this.jdbc.sql("""
					insert into tender_event (tender_id, type, event_date, date_precision, description)
					values (:id, 'COLLAPSE', date '2020-03-01', 'DAY', 'Abandoned before any award.')""")
				.param("id", id)
				.update();
			this.jdbc
				.sql("insert into tender_event_source (event_id, source_id) "
						+ "select max(id), 4 from tender_event where tender_id = :id")
				.param("id", id)
				.update();
			JsonNode record = record(id).get("records").get(0);
			assertThat(RECORD_PACKAGE.validatePackage(record(id))).isEmpty();
			JsonNode release = record.get("releases").get(0);
			assertThat(list(release.get("tag"))).extracting(JsonNode::asString).containsExactly("tenderCancellation");
			assertThat(release.get("tender").get("status").asString()).isEqualTo("cancelled");
		}
		finally {
			delete(id);
		}
	}

	@Test
	void aTenderFromOpenData_keepsItsOcid_andItsNoticesReleaseIds() throws Exception {
		long id = insertTender("ocds-b5fd17-exporttest", null);
		long source = this.jdbc.sql("""
				insert into source (publication, published_on, published_precision, title, summary, ocid, release_id,
				                    release_tags)
				values ('Contracts Finder', date '2025-01-23', 'DAY', 'Tender notice: test', 'A notice.',
				        'ocds-b5fd17-exporttest', 'exporttest-1', 'tender') returning id""").query(Long.class).single();
		try {
			this.jdbc.sql("insert into tender_source (tender_id, source_id) values (:id, :source)")
				.param("id", id)
				.param("source", source)
				.update();
			JsonNode pack = record(id);
			assertThat(RECORD_PACKAGE.validatePackage(pack)).isEmpty();
			JsonNode record = pack.get("records").get(0);
			assertThat(record.get("ocid").asString()).isEqualTo("ocds-b5fd17-exporttest");
			assertThat(record.get("releases").get(0).get("id").asString()).isEqualTo("exporttest-1");
			assertThat(list(record.get("releases").get(0).get("tag"))).extracting(JsonNode::asString)
				.containsExactly("tender");
		}
		finally {
			delete(id);
			this.jdbc.sql("delete from source where id = :id").param("id", source).update();
		}
	}

	@Test
	void exports_areTheSameTwice_butForTheirPublishedDate() throws Exception {
		JsonNode first = record(1);
		JsonNode second = record(1);
		((tools.jackson.databind.node.ObjectNode) first).remove("publishedDate");
		((tools.jackson.databind.node.ObjectNode) second).remove("publishedDate");
		assertThat(first).isEqualTo(second);
	}

	@Test
	void aMissingOrArchivedTender_isTheSites404Page() throws Exception {
		MockHttpServletResponse missing = this.mvc.perform(get("/tenders/999999.ocds.json")).andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentAsString()).contains("<title>Page not found – NHS Tender Tracker</title>");
		long id = insertTender(null, "now()");
		try {
			MockHttpServletResponse archived = this.mvc.perform(get("/tenders/" + id + ".ocds.json"))
				.andReturn()
				.getResponse();
			assertThat(archived.getStatus()).isEqualTo(404);
			assertThat(this.mvc.perform(get("/api/ocds")).andReturn().getResponse().getContentAsString())
				.doesNotContain("ocds-nhstt1-" + id + "\"");
		}
		finally {
			delete(id);
		}
	}

	@Test
	void theReleasePackage_ofEveryTender_isValid_andHasEachPublicTenderOnce() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/ocds")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode pack = this.json.readTree(response.getContentAsString());
		assertThat(RELEASE_PACKAGE.validatePackage(pack)).isEmpty();
		long tenders = this.jdbc.sql("select count(*) from tender where archived_at is null")
			.query(Long.class)
			.single();
		List<JsonNode> releases = list(pack.get("releases"));
		assertThat(releases).hasSize((int) tenders);
		assertThat(releases).extracting((release) -> release.get("id").asString()).doesNotHaveDuplicates();
		assertThat(pack.get("uri").asString()).endsWith("/api/ocds");
	}

	@Test
	void aResultOfSeveralBatches_streamsEveryTenderOnce() throws Exception {
		long first = this.jdbc.sql("""
				insert into tender (title, description)
				select 'Bulk export tender ' || n, 'One of many.' from generate_series(1, :n) n
				returning id""").param("n", OcdsExport.BATCH * 2 + 5).query(Long.class).list().get(0);
		try {
			List<String> ocids = ocids("/api/ocds?sort=title");
			long tenders = this.jdbc.sql("select count(*) from tender where archived_at is null")
				.query(Long.class)
				.single();
			assertThat(ocids).hasSize((int) tenders).doesNotHaveDuplicates().contains("ocds-nhstt1-" + first);
		}
		finally {
			this.jdbc.sql("delete from tender where title like 'Bulk export tender %'").update();
			this.jdbc.sql("select refresh_tender_cube()").query(Long.class).single();
		}
	}

	@Test
	void filters_narrowTheReleasePackage() throws Exception {
		assertThat(ocids("/api/ocds?status=paused")).containsExactlyInAnyOrder("ocds-nhstt1-5", "ocds-nhstt1-6",
				"ocds-nhstt1-7");
		assertThat(ocids("/api/ocds?status=collapsed&region=east-of-england")).containsExactly("ocds-nhstt1-1");
		assertThat(ocids("/api/ocds?q=multispecialty&size=25")).containsExactly("ocds-nhstt1-8");
	}

	@Test
	void badFilters_getTheSearchsProblem() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/ocds?status=sleeping&minValue=lots"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.getContentAsString());
		assertThat(problem.get("errors").has("status")).isTrue();
		assertThat(problem.get("errors").has("minValue")).isTrue();
	}

	@Test
	void thePages_linkToTheDownloads() throws Exception {
		assertThat(this.mvc.perform(get("/tenders/8")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/tenders/8.ocds.json\"")
			.contains("Download as OCDS (JSON)");
		assertThat(this.mvc.perform(get("/tenders?status=paused")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/api/ocds?status=paused\"")
			.contains("Download OCDS");
	}

	private List<String> ocids(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		JsonNode pack = this.json.readTree(response.getContentAsString());
		assertThat(RELEASE_PACKAGE.validatePackage(pack)).isEmpty();
		return list(pack.get("releases")).stream().map((release) -> release.get("ocid").asString()).toList();
	}

	private JsonNode record(long id) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/tenders/" + id + ".ocds.json"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("tender " + id).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		return this.json.readTree(response.getContentAsString());
	}

	private static JsonNode releaseFrom(JsonNode record, long sourceId) {
		return list(record.get("releases")).stream()
			.filter((release) -> release.get("id").asString().equals("ocds-nhstt1-source-" + sourceId))
			.findFirst()
			.orElseThrow();
	}

	private long insertTender(String ocid, String archivedAt) {
		long id = this.jdbc
			.sql("insert into tender (title, description, ocid, archived_at) values "
					+ "('Export test tender', 'A tender for the export tests.', :ocid, "
					+ (archivedAt != null ? archivedAt : "null") + ") returning id")
			.param("ocid", ocid)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into tender_commissioner (tender_id, commissioner_id) values (:id, 8)")
			.param("id", id)
			.update();
		return id;
	}

	private void delete(long id) {
		this.jdbc.sql("delete from tender where id = :id").param("id", id).update();
		this.jdbc.sql("select refresh_tender_cube()").query(Long.class).single();
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

}
