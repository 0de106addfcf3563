package io.github.nhstendertracker.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import io.github.nhstendertracker.ocds.FileKind;
import io.github.nhstendertracker.ocds.ReadProblem;
import io.github.nhstendertracker.ocds.ReadRelease;
import io.github.nhstendertracker.ocds.ReleaseReader;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the releases of a run's files one at a time, streamed. What cannot become a
 * release (a broken line, a file that is not OCDS) is noted and passed over. It reads a
 * window of releases ahead and asks {@link KnownReleases} which are already recorded, in
 * one query. Its place (which file, how many releases into it it has handed on) is saved
 * with every chunk, so a run that stops resumes where it was.
 */
class OcdsFilesReader implements ItemStreamReader<ReadRelease> {

	private static final String FILE = "file.index";

	private static final String RELEASES = "file.releases";

	private static final String RUN_RELEASES = "run.releases";

	private static final int WINDOW = 500;

	private final List<Path> files;

	private final long run;

	private final ImportRuns runs;

	private final ImportTally tally;

	private final KnownReleases known;

	private final Deque<ReadRelease> ahead = new ArrayDeque<>();

	private long handedOnInFile;

	private int fileIndex;

	private ReleaseReader reader;

	private long bytesBefore;

	private long releasesRead;

	OcdsFilesReader(List<Path> files, long run, ImportRuns runs, ImportTally tally, KnownReleases known) {
		this.files = files;
		this.known = known;
		this.run = run;
		this.runs = runs;
		this.tally = tally;
	}

	@Override
	public void open(ExecutionContext context) {
		this.fileIndex = context.containsKey(FILE) ? context.getInt(FILE) : 0;
		long resumeAt = context.containsKey(RELEASES) ? context.getLong(RELEASES) : 0;
		this.releasesRead = context.containsKey(RUN_RELEASES) ? context.getLong(RUN_RELEASES) : 0;
		for (int i = 0; i < Math.min(this.fileIndex, this.files.size()); i++) {
			this.bytesBefore += this.files.get(i).toFile().length();
		}
		if (this.fileIndex < this.files.size()) {
			openCurrent();
			if (resumeAt > 0) {
				this.reader.skip(resumeAt);
				this.reader.drainProblems();
				this.handedOnInFile = resumeAt;
			}
		}
	}

	@Override
	public ReadRelease read() {
		while (this.reader != null) {
			if (this.ahead.isEmpty()) {
				readAhead();
			}
			ReadRelease release = this.ahead.poll();
			if (release != null) {
				this.handedOnInFile++;
				this.releasesRead++;
				return release;
			}
			if (this.reader.kind() == FileKind.NOT_OCDS || this.reader.kind() == FileKind.EMPTY) {
				this.tally.skipped();
			}
			this.bytesBefore += this.reader.totalBytes();
			closeCurrent();
			this.fileIndex++;
			this.handedOnInFile = 0;
			if (this.fileIndex < this.files.size()) {
				openCurrent();
			}
		}
		return null;
	}

	/** Reads up to a window of the current file's releases, and looks them up. */
	private void readAhead() {
		while (this.ahead.size() < WINDOW) {
			Optional<ReadRelease> next = this.reader.next();
			problems();
			if (next.isEmpty()) {
				break;
			}
			ReadRelease release = next.get();
			if (release.derivedId()) {
				this.runs.noteSeparately(this.run,
						new ImportRuns.Note(ImportRuns.NoteKind.DERIVED, fileName(), release.position().describe(),
								release.release().path("ocid").asString(null),
								release.release().path("id").asString(null),
								"The release has no id: it was given one derived from its content"));
			}
			this.ahead.add(release);
		}
		if (!this.ahead.isEmpty()) {
			this.known.look(List.copyOf(this.ahead));
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE, this.fileIndex);
		context.putLong(RELEASES, (this.reader != null) ? this.handedOnInFile : 0);
		context.putLong(RUN_RELEASES, this.releasesRead);
		long bytes = this.bytesBefore + ((this.reader != null) ? this.reader.bytesRead() : 0);
		this.runs.progress(this.run, this.releasesRead, bytes, this.fileIndex);
	}

	@Override
	public void close() {
		closeCurrent();
	}

	/** The releases read in this run so far. */
	long releasesRead() {
		return this.releasesRead;
	}

	private void problems() {
		for (ReadProblem problem : this.reader.drainProblems()) {
			boolean wholeFile = this.reader.kind() == FileKind.NOT_OCDS || this.reader.kind() == FileKind.EMPTY;
			if (!wholeFile) {
				this.tally.skipped();
			}
			this.runs.noteSeparately(this.run,
					new ImportRuns.Note(wholeFile ? ImportRuns.NoteKind.FILE : ImportRuns.NoteKind.SKIPPED, fileName(),
							problem.position().describe(), null, null, problem.reason()));
		}
	}

	private void openCurrent() {
		try {
			this.reader = ReleaseReader.open(this.files.get(this.fileIndex));
		}
		catch (IOException ex) {
			throw new ItemStreamException("Could not open " + this.files.get(this.fileIndex), ex);
		}
	}

	private void closeCurrent() {
		if (this.reader != null) {
			try {
				this.reader.close();
			}
			catch (RuntimeException ex) {
				throw new UncheckedIOException(new IOException("Could not close " + fileName(), ex));
			}
			this.reader = null;
		}
	}

	private String fileName() {
		return (this.fileIndex < this.files.size()) ? this.files.get(this.fileIndex).toString() : null;
	}

}
