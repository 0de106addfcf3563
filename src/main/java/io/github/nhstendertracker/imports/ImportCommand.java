package io.github.nhstendertracker.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line way in: {@code java -jar tracker.jar import PATH [PATH...]}. It starts
 * the application without its web server (the database migrations run first, so an empty
 * database works), imports every OCDS file found, prints the report and exits: 0 when the
 * import finished, even if it skipped releases; 1 when it could not run or stopped before
 * the end; 2 when it was called wrongly.
 */
public final class ImportCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "import";

	private ImportCommand() {
	}

	/**
	 * Runs the command.
	 * @param application the application's main class
	 * @param args the arguments after {@code import}
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> paths = Arrays.stream(args).filter((arg) -> !arg.startsWith("--")).toList();
		if (paths.isEmpty()) {
			err.println("Usage: java -jar nhs-tender-tracker.jar import PATH [PATH...]");
			err.println("  Each PATH is an OCDS file (.json, .jsonl, optionally .gz) or a folder searched for them.");
			return 2;
		}
		for (String path : paths) {
			if (!Path.of(path).toFile().exists()) {
				err.println("import: no such file or folder: " + path);
				return 2;
			}
		}
		String[] springArgs = Arrays.stream(args).filter((arg) -> arg.startsWith("--")).toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "tracker.harvest.enabled=false")
			.run(springArgs)) {
			Imports imports = context.getBean(Imports.class);
			ImportRuns runs = context.getBean(ImportRuns.class);
			ImportRuns.Run run = imports.importNow(paths.stream().map(Path::of).toList(), ImportRuns.Kind.FILES,
					String.join(", ", paths), "command line");
			ImportReport.print(run, runs, out);
			return run.status().equals("COMPLETED") ? 0 : 1;
		}
		catch (RuntimeException ex) {
			err.println("import: could not run: " + ImportFailures.explain(ex));
			return 1;
		}
	}

}
