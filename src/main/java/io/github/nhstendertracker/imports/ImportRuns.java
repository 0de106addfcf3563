package io.github.nhstendertracker.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import runs and their notes, as people read them: what was read, how far it got,
 * what changed, and each release skipped or cleaned with where it was.
 */
@Repository
public class ImportRuns {

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	ImportRuns(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** How a run came to be. */
	public enum Kind {

		FILES, UPLOAD, HARVEST

	}

	/** What a note says about a release or a file. */
	public enum NoteKind {

		SKIPPED, CLEANED, DERIVED, FILE

	}

	/**
	 * A run as its page shows it.
	 *
	 * @param id the run's number
	 * @param kind how it came to be
	 * @param label what it read
	 * @param startedBy who started it
	 * @param startedAt when
	 * @param finishedAt when it ended, or null while it runs
	 * @param status RUNNING, COMPLETED or FAILED
	 * @param totalBytes the size of what it reads, or null if not known
	 * @param bytesRead how much it has read
	 * @param filesRead files finished
	 * @param releasesRead releases read
	 * @param created tenders created
	 * @param updated tenders updated
	 * @param unchanged releases already recorded
	 * @param eventsAdded events added
	 * @param skipped releases (or parts of files) skipped
	 * @param cleaned releases cleaned
	 * @param leftOut releases left out because their buyer is not one the run keeps
	 * @param message why it failed, or null
	 */
	public record Run(long id, Kind kind, String label, String startedBy, Instant startedAt, Instant finishedAt,
			String status, Long totalBytes, long bytesRead, int filesRead, long releasesRead, int created, int updated,
			int unchanged, int eventsAdded, int skipped, int cleaned, int leftOut, String message) {

		public boolean running() {
			return "RUNNING".equals(this.status);
		}

		public boolean completed() {
			return "COMPLETED".equals(this.status);
		}

		/** How far it has read, from 0 to 100, or null when the size is not known. */
		public Integer percent() {
			if (this.totalBytes == null || this.totalBytes <= 0) {
				return null;
			}
			return (int) Math.min(100, (this.bytesRead * 100) / this.totalBytes);
		}

	}

	/**
	 * A note on one release or file.
	 *
	 * @param kind what it says
	 * @param file the file, or null
	 * @param position where in the file
	 * @param ocid the release's process, or null
	 * @param releaseId the release, or null
	 * @param reason what happened, in words
	 */
	public record Note(NoteKind kind, String file, String position, String ocid, String releaseId, String reason) {

		/** The file's name without its folder, for pages; empty when there is no file. */
		public String fileName() {
			return (this.file != null) ? Path.of(this.file).getFileName().toString() : "";
		}

	}

	long start(Kind kind, String label, String fingerprint, List<Path> files, String startedBy, Long totalBytes) {
		return this.jdbc.sql("""
				insert into import_run (kind, label, fingerprint, files, started_by, total_bytes)
				values (:kind, :label, :fingerprint, :files, :by, :total) returning id""")
			.param("kind", kind.name())
			.param("files", String.join("\n", files.stream().map(Path::toString).toList()))
			.param("label", cut(label, 500))
			.param("fingerprint", fingerprint)
			.param("by", startedBy)
			.param("total", totalBytes)
			.query(Long.class)
			.single();
	}

	void attach(long run, long jobExecutionId) {
		this.jdbc
			.sql("update import_run set job_execution_id = :job, status = 'RUNNING', finished_at = null, "
					+ "message = null where id = :id")
			.param("job", jobExecutionId)
			.param("id", run)
			.update();
	}

	/** Adds what a chunk did, in the chunk's own transaction. */
	void add(long run, ImportTally.Counts counts) {
		this.jdbc.sql("""
				update import_run set created = created + :created, updated = updated + :updated,
				  unchanged = unchanged + :unchanged, events_added = events_added + :events,
				  skipped = skipped + :skipped, cleaned = cleaned + :cleaned, left_out = left_out + :leftOut
				  where id = :id""")
			.param("created", counts.created())
			.param("updated", counts.updated())
			.param("unchanged", counts.unchanged())
			.param("events", counts.eventsAdded())
			.param("skipped", counts.skipped())
			.param("cleaned", counts.cleaned())
			.param("leftOut", counts.leftOut())
			.param("id", run)
			.update();
	}

	/**
	 * Records how far the reader has got, in the chunk's transaction: the chunk has
	 * already locked the run's row to add its counts, and its progress commits with them.
	 */
	void progress(long run, long releasesRead, long bytesRead, int filesRead) {
		this.jdbc
			.sql("update import_run set releases_read = :releases, bytes_read = :bytes, files_read = :files "
					+ "where id = :id")
			.param("releases", releasesRead)
			.param("bytes", bytesRead)
			.param("files", filesRead)
			.param("id", run)
			.update();
	}

	/** Records a note in a transaction of its own, so a rolled-back chunk keeps it. */
	void noteSeparately(long run, Note note) {
		this.separately.executeWithoutResult((status) -> note(run, note));
	}

	/** Records a note in the current transaction. */
	void note(long run, Note note) {
		this.jdbc.sql("""
				insert into import_note (run_id, kind, file, position, ocid, release_id, reason)
				values (:run, :kind, :file, :position, :ocid, :release, :reason)""")
			.param("run", run)
			.param("kind", note.kind().name())
			.param("file", cut(note.file(), 500))
			.param("position", cut(note.position(), 200))
			.param("ocid", cut(note.ocid(), 100))
			.param("release", cut(note.releaseId(), 200))
			.param("reason", cut(note.reason(), 2000))
			.update();
	}

	void finish(long run, boolean completed, String message) {
		this.separately.executeWithoutResult((status) -> this.jdbc
			.sql("update import_run set status = :status, finished_at = now(), message = :message where id = :id")
			.param("status", completed ? "COMPLETED" : "FAILED")
			.param("message", cut(message, 2000))
			.param("id", run)
			.update());
	}

	public Optional<Run> find(long id) {
		return this.jdbc.sql("select * from import_run where id = :id")
			.param("id", id)
			.query(ImportRuns::run)
			.optional();
	}

	/** The latest runs, newest first. */
	public List<Run> recent(int limit) {
		return this.jdbc.sql("select * from import_run order by started_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(ImportRuns::run)
			.list();
	}

	/** A run of the same files that did not finish, to resume. */
	Optional<Run> unfinished(String fingerprint) {
		return this.jdbc.sql("""
				select * from import_run where fingerprint = :fingerprint and status <> 'COMPLETED'
				  and job_execution_id is not null order by id desc limit 1""")
			.param("fingerprint", fingerprint)
			.query(ImportRuns::run)
			.optional();
	}

	/** The files a run reads, in order. */
	List<Path> files(long run) {
		String files = this.jdbc.sql("select files from import_run where id = :id")
			.param("id", run)
			.query(String.class)
			.single();
		return files.lines().filter((line) -> !line.isBlank()).map(Path::of).toList();
	}

	Long jobExecutionId(long run) {
		return this.jdbc.sql("select job_execution_id from import_run where id = :id")
			.param("id", run)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** A run's notes of one kind (or all when null), in order, at most {@code limit}. */
	public List<Note> notes(long run, NoteKind kind, int limit) {
		return this.jdbc.sql("""
				select * from import_note where run_id = :run and (cast(:kind as text) is null or kind = :kind)
				order by id limit :limit""")
			.param("run", run)
			.param("kind", (kind != null) ? kind.name() : null)
			.param("limit", limit)
			.query((rs, row) -> new Note(NoteKind.valueOf(rs.getString("kind")), rs.getString("file"),
					rs.getString("position"), rs.getString("ocid"), rs.getString("release_id"), rs.getString("reason")))
			.list();
	}

	private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp finished = rs.getTimestamp("finished_at");
		Long total = rs.getObject("total_bytes", Long.class);
		return new Run(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("label"),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
				(finished != null) ? finished.toInstant() : null, rs.getString("status"), total,
				rs.getLong("bytes_read"), rs.getInt("files_read"), rs.getLong("releases_read"), rs.getInt("created"),
				rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("events_added"), rs.getInt("skipped"),
				rs.getInt("cleaned"), rs.getInt("left_out"), rs.getString("message"));
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}
