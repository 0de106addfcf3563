package io.github.nhstendertracker.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import test adds to the shared test database, removed again afterwards so that
 * other tests see only the seed: every row newer than the marks taken before.
 */
public final class ImportedData {

	private static final String[] TABLES = { "tender", "source", "commissioner", "bidder", "audit_record",
			"import_run" };

	private final JdbcClient jdbc;

	private final Map<String, Long> marks = new LinkedHashMap<>();

	private ImportedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (String table : TABLES) {
			this.marks.put(table, jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
		}
	}

	/** Marks what is there now. */
	public static ImportedData mark(JdbcClient jdbc) {
		return new ImportedData(jdbc);
	}

	/** The folder of real OCDS files beside the project. */
	static Path sharedOcds() {
		Path folder = Path.of("..", "shared", "data", "ocds");
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("The OCDS files are expected in " + folder.toAbsolutePath());
		}
		return folder;
	}

	/** Removes every row added since the marks. */
	public void remove() {
		long tender = this.marks.get("tender");
		this.jdbc.sql("delete from tender where id > :id and parent_id is not null").param("id", tender).update();
		this.jdbc.sql("delete from tender where id > :id").param("id", tender).update();
		long source = this.marks.get("source");
		this.jdbc.sql("delete from tender_source where source_id > :id").param("id", source).update();
		this.jdbc.sql("delete from source where id > :id").param("id", source).update();
		this.jdbc.sql("delete from commissioner where id > :id").param("id", this.marks.get("commissioner")).update();
		this.jdbc.sql("delete from bid where bidder_id > :id").param("id", this.marks.get("bidder")).update();
		this.jdbc.sql("delete from bidder where id > :id").param("id", this.marks.get("bidder")).update();
		this.jdbc.sql("delete from audit_record where id > :id").param("id", this.marks.get("audit_record")).update();
		this.jdbc.sql("delete from import_run where id > :id").param("id", this.marks.get("import_run")).update();
		this.jdbc.sql("delete from cpv_code").update();
		this.jdbc.sql("select refresh_tender_cube()").query(Long.class).single();
	}

}
