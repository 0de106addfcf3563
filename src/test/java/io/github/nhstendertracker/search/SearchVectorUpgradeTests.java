package io.github.nhstendertracker.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database migrated before archived parties left the search vectors, and holding an
 * archived bidder already, is put right by the migrations that made the change. The
 * database before is built in a scratch schema from the migrations as they were then:
 * every versioned one before V15, and every repeatable one but
 * {@code R__tender_search_vector.sql} and {@code R__tender_refresh_latest_event.sql}
 * (whose definition now needs V23's columns). The schema is dropped afterwards.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class SearchVectorUpgradeTests {

	private static final String SCHEMA = "search_vector_upgrade";

	private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

	@Autowired
	private JdbcConnectionDetails database;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void dropScratchSchema() {
		this.jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	@Test
	void upgrade_leavesAnAlreadyArchivedBidderOutOfItsTendersVectors(@TempDir Path before) throws IOException {
		List<String> copied = copyMigrationsBeforeTheChange(before);
		assertThat(copied).contains("V14__index_audit_labels_for_text_search.sql", "R__refresh_tender_cube.sql")
			.doesNotContain("V15__search_vector_follows_archiving.sql", "R__tender_search_vector.sql");
		flyway("filesystem:" + before).migrate();
		this.jdbc.sql("update " + SCHEMA + ".bidder set archived_at = now() where id = 2").update();
		assertThat(vectorOf(3)).as("before the upgrade").contains("'circl'", "'health'");

		flyway("classpath:db/migration").migrate();

		assertThat(vectorOf(3)).as("after the upgrade")
			.doesNotContain("'circl'", "'health'")
			.contains("'musculoskelet'", "'bedfordshir'");
		assertThat(vectorOf(7)).as("a tender with no archived party").contains("'health'", "'virgin'");
	}

	private Flyway flyway(String location) {
		return Flyway.configure()
			.dataSource(this.database.getJdbcUrl(), this.database.getUsername(), this.database.getPassword())
			.schemas(SCHEMA)
			.locations(location)
			.load();
	}

	private String vectorOf(long tender) {
		return this.jdbc.sql("select search_vector::text from " + SCHEMA + ".tender where id = :id")
			.param("id", tender)
			.query(String.class)
			.single();
	}

	private static List<String> copyMigrationsBeforeTheChange(Path directory) throws IOException {
		List<String> copied = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
			String name = file.getFilename();
			Matcher versioned = VERSIONED.matcher(name);
			boolean before = versioned.matches() ? Integer.parseInt(versioned.group(1)) < 15
					: !name.equals("R__tender_search_vector.sql") && !name.equals("R__tender_refresh_latest_event.sql");
			if (before) {
				Files.writeString(directory.resolve(name), file.getContentAsString(StandardCharsets.UTF_8));
				copied.add(name);
			}
		}
		return copied;
	}

}
