package io.github.nhstendertracker.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line way in: {@code java -jar tracker.jar import PATH [PATH...]}. The
 * application starts without its web server (the database migrations run first, so an
 * empty database works); this runner imports every OCDS file found, prints the report and
 * gives the exit code: 0 when the import finished, even if it skipped releases; 1 when it
 * stopped before the end; 2 when it was called wrongly.
 */
@Component
@ConditionalOnProperty(name = "tracker.command", havingValue = ImportCommand.NAME)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "import";

	private final Imports imports;

	private final ImportRuns runs;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode;

	@Autowired
	ImportCommand(Imports imports, ImportRuns runs) {
		this(imports, runs, System.out, System.err);
	}

	ImportCommand(Imports imports, ImportRuns runs, PrintStream out, PrintStream err) {
		this.imports = imports;
		this.runs = runs;
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.exitCode = importPaths(arguments.getNonOptionArgs().stream().skip(1).toList());
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	int importPaths(List<String> paths) {
		if (paths.isEmpty()) {
			this.err.println("Usage: java -jar nhs-tender-tracker.jar import PATH [PATH...]");
			this.err
				.println("  Each PATH is an OCDS file (.json, .jsonl, optionally .gz) or a folder searched for them.");
			return 2;
		}
		for (String path : paths) {
			if (!Path.of(path).toFile().exists()) {
				this.err.println("import: no such file or folder: " + path);
				return 2;
			}
		}
		try {
			ImportRuns.Run run = this.imports.importNow(paths.stream().map(Path::of).toList(), ImportRuns.Kind.FILES,
					String.join(", ", paths), "command line");
			ImportReport.print(run, this.runs, this.out);
			return run.status().equals("COMPLETED") ? 0 : 1;
		}
		catch (RuntimeException ex) {
			this.err.println("import: could not run: " + ImportFailures.explain(ex));
			return 1;
		}
	}

}
