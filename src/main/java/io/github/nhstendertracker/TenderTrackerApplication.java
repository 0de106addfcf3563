package io.github.nhstendertracker;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the tracker: the web application, or with {@code import PATH...} as arguments
 * the command line import, which runs without a web server and exits with the import's
 * code. The command itself lives in the importer ({@code tracker.command=import}); this
 * class only chooses how to start.
 */
@SpringBootApplication
public class TenderTrackerApplication {

	/** The first argument that runs the import instead of the web application. */
	static final String IMPORT = "import";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(TenderTrackerApplication.class);
		if (args.length > 0 && IMPORT.equals(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setDefaultProperties(Map.of("tracker.command", IMPORT, "tracker.harvest.enabled", "false"));
			System.exit(runCommand(application, args));
		}
		application.run(args);
	}

	private static int runCommand(SpringApplication application, String[] args) {
		try {
			return SpringApplication.exit(application.run(args));
		}
		catch (RuntimeException ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			System.err.println(IMPORT + ": could not start: " + root.getMessage());
			return 1;
		}
	}

}
