package io.github.nhstendertracker.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.audit.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * A run that stops part-way (here the database goes away while the second chunk of a
 * hundred is written) fails with a message, and importing the same file again resumes it
 * after the last chunk that was written: nothing is written twice, what was rolled back
 * is written, and the report counts every release once. A re-import then finds every
 * release known without writing any.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class ImportResumeTests {

	private static final int RELEASES = 250;

	@MockitoSpyBean
	private NoticeWriter writer;

	@Autowired
	private Imports imports;

	@Autowired
	private JdbcClient jdbc;

	private ImportedData data;

	@TempDir
	private Path folder;

	@BeforeEach
	void mark() {
		this.data = ImportedData.mark(this.jdbc);
	}

	@AfterEach
	void removeImported() {
		this.data.remove();
	}

	@Test
	void aRunThatStops_resumesAfterItsLastWrittenChunk_andAReimportWritesNothing() throws IOException {
		Path file = releases(this.folder.resolve("resume.jsonl"));
		AtomicInteger writes = new AtomicInteger();
		AtomicBoolean stoppedOnce = new AtomicBoolean();
		doAnswer((call) -> {
			if (writes.incrementAndGet() == 150 && !stoppedOnce.getAndSet(true)) {
				throw new DataAccessResourceFailureException("The database went away");
			}
			return call.callRealMethod();
		}).when(this.writer).write(any(Notice.class), any(Actor.class));

		ImportRuns.Run stopped = this.imports.importNow(List.of(file), ImportRuns.Kind.FILES, "resume", "test");
		assertThat(stopped.status()).isEqualTo("FAILED");
		assertThat(stopped.created()).isEqualTo(100);
		assertThat(tenders()).isEqualTo(100);

		writes.set(0);
		ImportRuns.Run resumed = this.imports.importNow(List.of(file), ImportRuns.Kind.FILES, "resume", "test");
		assertThat(resumed.id()).isEqualTo(stopped.id());
		assertThat(resumed.status()).isEqualTo("COMPLETED");
		assertThat(writes.get()).as("releases written after the restart").isEqualTo(RELEASES - 100);
		assertThat(resumed.releasesRead()).isEqualTo(RELEASES);
		assertThat(resumed.created()).isEqualTo(RELEASES);
		assertThat(tenders()).isEqualTo(RELEASES);

		writes.set(0);
		Files.writeString(file, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		ImportRuns.Run again = this.imports.importNow(List.of(file), ImportRuns.Kind.FILES, "again", "test");
		assertThat(again.id()).isNotEqualTo(stopped.id());
		assertThat(again.unchanged()).isEqualTo(RELEASES);
		assertThat(writes.get()).as("releases written by a re-import").isZero();
	}

	private long tenders() {
		return this.jdbc.sql("select count(*) from tender where ocid like 'ocds-resume-%'").query(Long.class).single();
	}

	private static Path releases(Path file) throws IOException {
		StringBuilder lines = new StringBuilder();
		for (int i = 1; i <= RELEASES; i++) {
			lines
				.append("""
						{"ocid":"ocds-resume-%1$d","id":"ocds-resume-%1$d-1","date":"2025-02-03T10:00:00Z","tag":["tender"],\
						"initiationType":"tender","buyer":{"id":"GB-NHS-RRR","name":"Resume Test NHS Trust"},\
						"parties":[{"id":"GB-NHS-RRR","name":"Resume Test NHS Trust","roles":["buyer"]}],\
						"tender":{"id":"t%1$d","title":"Resumed service %1$d","status":"active",\
						"value":{"amount":%1$d000,"currency":"GBP"}}}
						"""
					.formatted(i));
		}
		return Files.writeString(file, lines, StandardCharsets.UTF_8);
	}

}
