package io.github.nhstendertracker.imports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.editing.FirstAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line import: called wrongly it says how to call it and exits 2; given a
 * file it imports it, prints the report and exits 0. The application started as the
 * command runs it once, with the arguments after {@code import}. What it imports is
 * removed afterwards.
 */
@SpringBootTest(properties = "tracker.command=import", args = { "import", "--spring.main.banner-mode=off" })
@Import(TestDatabaseConfiguration.class)
class ImportCommandTests {

	private static final String EXAMPLE = "../shared/data/ocds/ocds-fictional-example/ocds-213czf-000-00001.json";

	@Autowired
	private Imports imports;

	@Autowired
	private ImportRuns runs;

	@Autowired
	private ApplicationContext context;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private ImportCommand command;

	@Autowired
	private JdbcClient jdbc;

	private ImportedData data;

	@BeforeEach
	void command() {
		this.data = ImportedData.mark(this.jdbc);
		this.command = new ImportCommand(this.imports, this.runs, print(this.out), print(this.err));
	}

	@AfterEach
	void removeImported() {
		this.data.remove();
	}

	@Test
	void noPath_printsUsage_andExits2() {
		this.command.run(new DefaultApplicationArguments("import"));
		assertThat(this.command.getExitCode()).isEqualTo(2);
		assertThat(text(this.err)).contains("Usage: java -jar nhs-tender-tracker.jar import PATH");
	}

	@Test
	void aMissingPath_isNamed_andNothingRuns() {
		int before = this.runs.recent(1000).size();
		assertThat(this.command.importPaths(List.of(EXAMPLE, "no/such/file.json"))).isEqualTo(2);
		assertThat(text(this.err)).contains("import: no such file or folder: no/such/file.json");
		assertThat(this.runs.recent(1000)).hasSize(before);
	}

	@Test
	void aFile_isImported_theReportPrinted_andTheCodeIs0() {
		this.command.run(new DefaultApplicationArguments("import", EXAMPLE, "--spring.main.banner-mode=off"));
		assertThat(this.command.getExitCode()).isZero();
		assertThat(text(this.out)).containsPattern("Import run \\d+: completed")
			.contains("files read          1")
			.contains("releases read");
	}

	@Test
	void startedAsTheCommand_itHasRun_withTheArgumentsAfterImport() {
		// Started with no path after "import": it ran, and said how to call it.
		assertThat(this.context.getBean(ImportCommand.class).getExitCode()).isEqualTo(2);
	}

	@Test
	void startedAsTheCommand_itMakesNoFirstAccount_whosePasswordNoOneWouldSee() {
		assertThat(this.context.getBeansOfType(FirstAdmin.class)).isEmpty();
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
