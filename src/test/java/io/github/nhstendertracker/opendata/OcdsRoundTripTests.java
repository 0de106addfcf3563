package io.github.nhstendertracker.opendata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.event.StatusClock;
import io.github.nhstendertracker.imports.ImportRuns;
import io.github.nhstendertracker.imports.ImportedData;
import io.github.nhstendertracker.imports.Imports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export read back by the importer. Imported into the tracker it came from, it lands
 * on the same tender and changes nothing; imported as another process (its ocid changed),
 * it makes a tender with the same title, value and events. The clock stands on the day
 * the Dudley articles were current, so its deadline and start are still to come, as the
 * seed records them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({ TestDatabaseConfiguration.class, OcdsRoundTripTests.DudleyClock.class })
class OcdsRoundTripTests {

	private static final String EVENTS = "select type || ' ' || event_date || ' ' || expected from tender_event "
			+ "where tender_id = :id order by event_date, type";

	@Autowired
	private OcdsExport export;

	@Autowired
	private Imports imports;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatusClock statusClock;

	@Autowired
	private JsonMapper json;

	@TempDir
	Path folder;

	private ImportedData data;

	@BeforeEach
	void mark() {
		this.data = ImportedData.mark(this.jdbc);
	}

	@AfterEach
	void removeImported() {
		this.data.remove();
	}

	@Test
	void anExportImportedAgain_landsOnItsTender_andChangesNothing() throws Exception {
		for (long id : List.of(1L, 5L, 8L)) {
			long tenders = count("select count(*) from tender");
			long figures = count("select count(*) from reported_figure");
			long sources = count("select count(*) from source");
			List<String> events = strings(EVENTS, id);
			Map<String, Object> before = tender(id);
			ImportRuns.Run run = importFile(write(id, null));
			assertThat(run.status()).as(String.valueOf(run.message())).isEqualTo("COMPLETED");
			long releases = count("select count(*) from tender_source where tender_id = " + id);
			assertThat(run.releasesRead()).as("tender " + id).isEqualTo(releases);
			assertThat(run.unchanged()).as("every release is the tracker's own, already recorded").isEqualTo(releases);
			assertThat(run.created()).isZero();
			assertThat(run.updated()).isZero();
			assertThat(count("select count(*) from tender")).isEqualTo(tenders);
			assertThat(count("select count(*) from reported_figure")).isEqualTo(figures);
			assertThat(count("select count(*) from source")).isEqualTo(sources);
			assertThat(strings(EVENTS, id)).isEqualTo(events);
			assertThat(tender(id)).isEqualTo(before);
		}
	}

	@Test
	void anExportImportedAsAnotherProcess_makesATenderWithTheSameValueAndEvents() throws Exception {
		// the original's status as of this test's day, as the copy's is
		this.statusClock.settleAll();
		ImportRuns.Run run = importFile(write(8, "ocds-rndtrp-8"));
		assertThat(run.status()).as(String.valueOf(run.message())).isEqualTo("COMPLETED");
		assertThat(run.created()).isEqualTo(1);
		Map<String, Object> copy = this.jdbc.sql("select * from tender where ocid = 'ocds-rndtrp-8'")
			.query()
			.singleRow();
		Map<String, Object> original = tender(8);
		for (String column : List.of("title", "description", "value_low", "value_high", "value_basis", "status")) {
			assertThat(copy.get(column)).as(column).isEqualTo(original.get(column));
		}
		assertThat(strings(EVENTS, (Long) copy.get("id"))).isEqualTo(strings(EVENTS, 8L))
			.containsExactly("NOTICE_PUBLISHED 2017-06-09 false", "BID_DEADLINE 2017-07-13 true",
					"CONTRACT_START 2018-04-01 true");
		assertThat(strings("select commissioner_id::text from tender_commissioner where tender_id = :id",
				(Long) copy.get("id")))
			.as("the buyer is matched by its ODS code, not added again")
			.containsExactly("8");
	}

	private Path write(long id, String ocid) throws Exception {
		String text = this.json.writeValueAsString(this.export.recordPackage(id, "https://example.org/tenders/" + id));
		if (ocid != null) {
			text = text.replace("\"ocds-nhstt1-" + id + "\"", "\"" + ocid + "\"")
				.replace("\"ocds-nhstt1-" + id + "-compiled\"", "\"" + ocid + "-compiled\"");
			assertThat(text).contains(ocid);
		}
		Path file = this.folder.resolve("tender-" + id + "-" + System.nanoTime() + ".json");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private ImportRuns.Run importFile(Path file) {
		return this.imports.importNow(List.of(file), ImportRuns.Kind.FILES, "round trip", "test");
	}

	private Map<String, Object> tender(long id) {
		return this.jdbc.sql("select * from tender where id = :id").param("id", id).query().singleRow();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> strings(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(String.class).list();
	}

	@TestConfiguration
	static class DudleyClock {

		@Bean
		@Primary
		Clock dudleyClock() {
			return Clock.fixed(Instant.parse("2017-06-20T10:00:00Z"), ZoneId.of("Europe/London"));
		}

	}

}
