package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables in which Spring Batch keeps its job repository (each import's runs, steps,
 * counts and restart points). Flyway decides when they are made, as for every other
 * table; what they are is Spring Batch's own script for PostgreSQL, read from its jar so
 * that it always matches the library's version.
 */
public class V16__create_batch_job_repository extends BaseJavaMigration {

	private static final String SCRIPT = "/org/springframework/batch/core/schema-postgresql.sql";

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			for (String sql : script().split(";")) {
				String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "").strip();
				if (!withoutComments.isEmpty()) {
					statement.execute(withoutComments);
				}
			}
		}
	}

	private static String script() throws IOException {
		try (InputStream in = V16__create_batch_job_repository.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException("Spring Batch's schema script " + SCRIPT + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
