package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.browse.TenderDetails;
import io.github.nhstendertracker.browse.TenderViews.FigureView;
import io.github.nhstendertracker.browse.TenderViews.OpenData;
import io.github.nhstendertracker.browse.TenderViews.TenderDetail;
import io.github.nhstendertracker.tender.ProcurementMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports every file in the shared OCDS folder (the schema folder included), then checks
 * a handful of releases read by hand, the counts, and that a second import changes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({ TestDatabaseConfiguration.class, OcdsImportTests.FixedClock.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcdsImportTests {

	private static final String KETTERING_DIABETES = "ocds-b5fd17-8ae61027-8bf6-401b-b4c9-c0f2f79fc791";

	private static final String SUPPLY_CHAIN_SURGERY = "ocds-b5fd17-598a5b4c-625b-4da8-9720-5934dbd69fa0";

	@Autowired
	private Imports imports;

	@Autowired
	private ImportRuns runs;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenderDetails details;

	private ImportedData data;

	private ImportRuns.Run first;

	private ImportRuns.Run second;

	@BeforeAll
	void importTwice() {
		this.data = ImportedData.mark(this.jdbc);
		this.first = this.imports.importNow(List.of(ImportedData.sharedOcds()), ImportRuns.Kind.FILES, "shared",
				"test");
		this.second = this.imports.importNow(List.of(ImportedData.sharedOcds()), ImportRuns.Kind.FILES, "shared",
				"test");
	}

	@AfterAll
	void removeImported() {
		this.data.remove();
	}

	@Test
	void theFirstImport_readsEveryReleaseAndFinishes() {
		assertThat(this.first.status()).as(String.valueOf(this.first.message())).isEqualTo("COMPLETED");
		// 100 (CF search page) + 100 (CF English) + 100 (bluetail) + 4 (FTS) + 90
		// (Scotland)
		// + 90 (Wales) + 6 (the fictional release package) + 1 (its record package's
		// compiled release).
		assertThat(this.first.releasesRead()).isEqualTo(491);
		assertThat(releasesSkipped(this.first)).as("releases the rules refused").isLessThan(10);
		assertThat(this.first.created()).isGreaterThan(400);
		assertThat(this.first.eventsAdded()).isGreaterThan(this.first.created());
	}

	@Test
	void theSchemaFiles_areReportedAsNotOcds() {
		List<ImportRuns.Note> files = this.runs.notes(this.first.id(), ImportRuns.NoteKind.FILE, 100);
		assertThat(files).extracting(ImportRuns.Note::file)
			.anySatisfy((file) -> assertThat(file).endsWith("release-schema.json"))
			.anySatisfy((file) -> assertThat(file).endsWith("record-package-schema.json"))
			.anySatisfy((file) -> assertThat(file).endsWith("release-package-schema.json"));
		assertThat(files).allSatisfy((note) -> assertThat(note.reason()).containsIgnoringCase("not OCDS"));
	}

	@Test
	void aSecondImport_changesNothing() {
		assertThat(this.second.status()).isEqualTo("COMPLETED");
		assertThat(this.second.created()).isZero();
		assertThat(this.second.updated()).isZero();
		assertThat(this.second.eventsAdded()).isZero();
		assertThat(this.second.unchanged()).as("every release recorded the first time")
			.isEqualTo(this.first.releasesRead() - releasesSkipped(this.first));
		long audited = this.jdbc.sql("select count(*) from audit_record where actor = :actor")
			.param("actor", "import run " + this.second.id())
			.query(Long.class)
			.single();
		assertThat(audited).isZero();
	}

	@Test
	void anAwardNotice_becomesATenderWithItsBuyerSupplierValueEventsAndSource() {
		Map<String, Object> tender = tender(KETTERING_DIABETES);
		assertThat(tender.get("title")).isEqualTo("GB-Kettering: Gestational Diabetes Monitoring Application Software");
		assertThat(tender.get("status")).isEqualTo("AWARDED");
		assertThat(tender.get("itl_region")).isEqualTo("TLF");
		assertThat(tender.get("nhs_region")).isEqualTo("MIDLANDS");
		assertThat((BigDecimal) tender.get("value_high")).isEqualByComparingTo("56977");
		assertThat(tender.get("suitable_sme")).isEqualTo(false);
		long id = (Long) tender.get("id");
		assertThat(strings("select c.name from tender_commissioner tc join commissioner c on c.id = tc.commissioner_id "
				+ "where tc.tender_id = :id", id))
			.containsExactly("Kettering General Hospital NHS Foundation Trust");
		assertThat(strings("select b.name || ':' || bid.role from bid join bidder b on b.id = bid.bidder_id "
				+ "where bid.tender_id = :id", id))
			.containsExactly("Huma Therapeutics Limited:AWARDED");
		assertThat(strings("select code from tender_cpv where tender_id = :id", id)).containsExactly("33195000");
		assertThat(strings("select type || ' ' || event_date || ' ' || expected from tender_event "
				+ "where tender_id = :id order by event_date, id", id))
			.containsExactly("BID_DEADLINE 2025-03-10 false", "AWARD 2025-03-10 false",
					"CONTRACT_START 2025-04-01 false", "CONTRACT_END 2028-03-31 true");
		assertThat(strings(
				"select s.url from tender_source ts join source s on s.id = ts.source_id " + "where ts.tender_id = :id",
				id))
			.containsExactly("https://www.contractsfinder.service.gov.uk/Notice/1023ab58-b2f8-4cf9-bfca-663af1ae1823");
		assertThat(strings("select s.release_id || ' ' || s.notice_id || ' ' || s.publication from source s "
				+ "where s.ocid = :ocid", KETTERING_DIABETES))
			.containsExactly("1023ab58-b2f8-4cf9-bfca-663af1ae1823-832944 1023ab58-b2f8-4cf9-bfca-663af1ae1823 "
					+ "Contracts Finder");
		assertThat(strings("select actor || ' ' || action from audit_record where entity_type = 'TENDER' "
				+ "and entity_id = :id order by id", id))
			.as("created, then its status moved on as the events arrived, all by the import run")
			.first()
			.isEqualTo("import run " + this.first.id() + " CREATE");
		assertThat(strings("select distinct actor from audit_record where tender_id = :id", id))
			.containsExactly("import run " + this.first.id());
	}

	@Test
	void aTenderNotice_hasItsDeadlineProcedureAndPlannedContract() {
		Map<String, Object> tender = tender(SUPPLY_CHAIN_SURGERY);
		assertThat(tender.get("status")).as("its February 2025 deadline has passed with no award")
			.isEqualTo("AWAITING_AWARD");
		assertThat(String.valueOf(tender.get("bid_deadline"))).isEqualTo("2025-02-24");
		assertThat(String.valueOf(tender.get("contract_end"))).isEqualTo("2028-01-11");
		assertThat(tender.get("procurement_method")).isEqualTo("OPEN");
		assertThat(tender.get("procurement_method_details")).isEqualTo("Open procedure (above threshold)");
		assertThat(tender.get("itl_region")).as("delivery anywhere is no region").isNull();
		assertThat((BigDecimal) tender.get("value_high")).isEqualByComparingTo("543000000");
		long id = (Long) tender.get("id");
		assertThat(strings("select type || ' ' || event_date || ' ' || expected from tender_event "
				+ "where tender_id = :id order by event_date, id", id))
			.as("a planned start that has passed without an award is not recorded")
			.containsExactly("NOTICE_PUBLISHED 2025-01-23 false", "BID_DEADLINE 2025-02-24 false",
					"CONTRACT_END 2028-01-11 true");
	}

	@Test
	void theTenderPage_showsHowItIsBought_whatIsBought_andTheNoticeWithItsPortalLink() {
		OpenData open = this.details.detail((Long) tender(KETTERING_DIABETES).get("id")).openData();
		assertThat(open.ocid()).isEqualTo(KETTERING_DIABETES);
		assertThat(open.suitableSme()).isFalse();
		assertThat(open.cpvCodes()).singleElement().satisfies((cpv) -> {
			assertThat(cpv.code()).isEqualTo("33195000");
			assertThat(cpv.label()).as("the label the notice gave").isNotBlank();
		});
		assertThat(open.notices()).singleElement().satisfies((notice) -> {
			assertThat(notice.publication()).isEqualTo("Contracts Finder");
			assertThat(notice.noticeId()).isEqualTo("1023ab58-b2f8-4cf9-bfca-663af1ae1823");
			assertThat(notice.url())
				.isEqualTo("https://www.contractsfinder.service.gov.uk/Notice/1023ab58-b2f8-4cf9-bfca-663af1ae1823");
			assertThat(notice.tags()).contains("award");
			assertThat(open.isNotice(notice.source())).isTrue();
		});
		OpenData supply = this.details.detail((Long) tender(SUPPLY_CHAIN_SURGERY).get("id")).openData();
		assertThat(supply.procurementMethod()).isEqualTo(ProcurementMethod.OPEN);
		assertThat(supply.procurementMethodDetails()).isEqualTo("Open procedure (above threshold)");
	}

	@Test
	void aFigureInAnotherCurrency_isShownAsReported_neverComparedWithThePoundsHeadline() {
		TenderDetail detail = this.details.detail((Long) tender("ocds-h6vhtk-078219").get("id"));
		assertThat(detail.reportedFigures()).filteredOn((figure) -> !figure.inPounds())
			.singleElement()
			.satisfies((figure) -> {
				assertThat(figure.currency()).isEqualTo("AED");
				assertThat(figure.matchesHeadline()).isFalse();
			});
		assertThat(detail.figuresDisagree()).as("only figures in pounds are compared")
			.isEqualTo(detail.reportedFigures()
				.stream()
				.filter(FigureView::inPounds)
				.map((figure) -> figure.value().asContractValue())
				.distinct()
				.count() > 1);
	}

	@Test
	void theScottishReleasesWithoutAnId_getAStableDerivedId_andTheReportSaysSo() {
		assertThat(count("select count(*) from source where ocid like 'ocds-r6ebe6-%' and id_derived", null))
			.isEqualTo(90);
		assertThat(count("select count(*) from import_note where run_id = :id and kind = 'DERIVED'", this.first.id()))
			.isEqualTo(90);
		assertThat(count("select count(*) from source where ocid like 'ocds-r6ebe6-%' and release_id like 'derived-%'",
				null))
			.as("the derived ids are marked as such")
			.isEqualTo(90);
	}

	@Test
	void htmlEntitiesInNames_areDecoded() {
		Map<String, Object> tender = tender("ocds-b5fd17raw-7b82ccd8-c8b8-4a99-bbf2-7622bf3062f1");
		assertThat(strings("select c.name from tender_commissioner tc join commissioner c on c.id = tc.commissioner_id "
				+ "where tc.tender_id = :id", tender.get("id")))
			.singleElement()
			.asString()
			.contains("Guy")
			.contains("St Thomas")
			.doesNotContain("&#");
		assertThat(count("select count(*) from commissioner where name like '%&#%' or name like '%&amp;%'", null))
			.isZero();
	}

	@Test
	void aLotInAnotherCurrency_keepsItAsReported_andIsNeverTakenAsPounds() {
		// One lot is not split out: its figure stays on the process's tender.
		Map<String, Object> tender = tender("ocds-h6vhtk-078219");
		assertThat(count("select count(*) from tender where ocid = 'ocds-h6vhtk-078219'", null)).isEqualTo(1);
		assertThat((BigDecimal) tender.get("value_high")).as("the headline is the tender's own value in pounds")
			.isEqualByComparingTo("2772000");
		assertThat(strings("select currency from reported_figure where tender_id = :id and currency <> 'GBP'",
				tender.get("id")))
			.containsExactly("AED");
		assertThat(count("select count(*) from import_note where run_id = :id and kind = 'CLEANED' "
				+ "and ocid = 'ocds-h6vhtk-078219' and reason ilike '%AED%'", this.first.id()))
			.as("the report says so")
			.isPositive();
	}

	@Test
	void twoWelshNoticesWithOneTitle_butTwoOcids_areTwoTenders() {
		Map<String, Object> first = tender("ocds-kuma6s-148374");
		Map<String, Object> second = tender("ocds-kuma6s-148338");
		assertThat(first.get("title")).isEqualTo(second.get("title"));
		assertThat(first.get("id")).isNotEqualTo(second.get("id"));
		assertThat(first.get("nhs_region")).as("Wales is a nation, not an NHS England region").isNull();
	}

	private long count(String sql, Object id) {
		var statement = this.jdbc.sql(sql);
		return ((id != null) ? statement.param("id", id) : statement).query(Long.class).single();
	}

	private long releasesSkipped(ImportRuns.Run run) {
		return this.jdbc
			.sql("select count(*) from import_note where run_id = :run and kind = 'SKIPPED' and release_id is not null")
			.param("run", run.id())
			.query(Long.class)
			.single();
	}

	private Map<String, Object> tender(String ocid) {
		return this.jdbc.sql("select * from tender where ocid = :ocid and lot_id is null")
			.param("ocid", ocid)
			.query()
			.singleRow();
	}

	private List<String> strings(String sql, Object parameter) {
		return this.jdbc.sql(sql).param(sql.contains(":ocid") ? "ocid" : "id", parameter).query(String.class).list();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Europe/London"));
		}

	}

}
