package io.github.nhstendertracker.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL functions kept in repeatable migrations ({@code db/migration/R__*.sql}) are
 * live in the database exactly as those files declare them: each file applied, with its
 * current checksum, and each function's body in {@code pg_proc} the same as the file's. A
 * function changed in a versioned migration, or a file edited without being applied,
 * fails here.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class RepeatableMigrationTests {

	/**
	 * A function a repeatable migration declares: its name and its body between the $$.
	 */
	private static final Pattern FUNCTION = Pattern.compile(
			"create or replace function\\s+(\\w+)\\s*\\(.*?\\bas \\$\\$(.*?)\\$\\$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyRepeatableMigration_isAppliedSuccessfully_withItsCurrentChecksum() throws IOException {
		List<String> files = Arrays.stream(repeatableMigrations()).map(Resource::getFilename).toList();
		assertThat(files).contains("R__refresh_tender_cube.sql", "R__tender_refresh_latest_event.sql",
				"R__tender_search_vector.sql");
		List<MigrationInfo> repeatables = Arrays.stream(this.flyway.info().all())
			.filter((info) -> info.getVersion() == null)
			.toList();
		for (String file : files) {
			assertThat(repeatables).filteredOn((info) -> info.getScript().equals(file))
				.as(file)
				.isNotEmpty()
				.last()
				.satisfies((info) -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
		}
		List<Map<String, Object>> history = this.jdbc.sql("""
				select script, success from flyway_schema_history where version is null order by installed_rank""")
			.query()
			.listOfRows();
		assertThat(history).extracting((row) -> row.get("script")).containsAll(files);
		assertThat(history).extracting((row) -> row.get("success")).containsOnly(true);
	}

	@Test
	void everyFunctionInARepeatableMigration_isLiveInTheDatabaseAsDeclared() throws IOException {
		Map<String, String> declared = declaredFunctions();
		assertThat(declared).containsKeys("refresh_tender_cube", "tender_refresh_latest_event", "tender_search_vector");
		declared.forEach((name, body) -> {
			List<String> live = this.jdbc.sql("""
					select p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
					where n.nspname = current_schema() and p.proname = :name""")
				.param("name", name)
				.query(String.class)
				.list();
			assertThat(live).as("definitions of %s in the database", name).containsExactly(body);
		});
	}

	@Test
	void liveDefinitions_keepWhatTheLastVersionedMigrationsLeft() {
		// refresh_tender_cube as V13 left it: only public tenders are counted.
		assertThat(functionDef("refresh_tender_cube")).contains("from tender where tender.archived_at is null) t")
			.contains("where t.archived_at is null")
			.contains("RETURNS bigint")
			.contains("LANGUAGE plpgsql");
		// tender_refresh_latest_event as V11 left it: the event mask is kept too (and the
		// row
		// is left alone when neither changes).
		assertThat(functionDef("tender_refresh_latest_event")).contains("event_mask = m.mask")
			.contains("tender_event_mask(target) as mask")
			.contains("is distinct from")
			.contains("RETURNS void")
			.contains("LANGUAGE sql");
		// tender_search_vector with V9's weights, leaving out archived parties.
		assertThat(functionDef("tender_search_vector")).contains("tender_search_vector(t tender)")
			.contains("RETURNS tsvector")
			.contains("c.archived_at is null")
			.contains("b.archived_at is null")
			.contains("'A'")
			.contains("'C'");
	}

	private String functionDef(String name) {
		return this.jdbc.sql("select pg_get_functiondef(oid) from pg_proc where proname = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

	private static Map<String, String> declaredFunctions() throws IOException {
		Map<String, String> declared = new LinkedHashMap<>();
		for (Resource file : repeatableMigrations()) {
			String sql = file.getContentAsString(StandardCharsets.UTF_8);
			Matcher function = FUNCTION.matcher(sql);
			List<String> names = new ArrayList<>();
			while (function.find()) {
				names.add(function.group(1));
				assertThat(declared.put(function.group(1).toLowerCase(), function.group(2)))
					.as("%s is declared once", function.group(1))
					.isNull();
			}
			assertThat(names).as("functions declared in %s", file.getFilename()).isNotEmpty();
		}
		return declared;
	}

	private static Resource[] repeatableMigrations() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/R__*.sql");
	}

}
