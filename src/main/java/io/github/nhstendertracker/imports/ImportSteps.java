package io.github.nhstendertracker.imports;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.ocds.HealthBuyers;
import io.github.nhstendertracker.ocds.ReadRelease;
import io.github.nhstendertracker.ocds.ReleaseValidator;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The processing and writing of one run's releases. Processing skips a release already
 * recorded before anything else, as {@link KnownReleases} found it for a window read
 * ahead (so a re-import is quick), checks it against the OCDS schema and maps it (a run
 * that keeps only health buyers first leaves out, and counts, the releases of other
 * buyers); writing records it through {@link NoticeWriter}, and a tender it created is
 * compared with those already kept ({@link PossibleMatches}). A release refused on the
 * way is skipped and noted with its reason and place.
 */
class ImportSteps implements ItemProcessor<ReadRelease, ImportItem>, ItemWriter<ImportItem>,
		SkipListener<ReadRelease, ImportItem> {

	private final long run;

	private final ImportRuns runs;

	private final ImportTally tally;

	private final KnownReleases known;

	private final NoticeMapper mapper;

	private final NoticeWriter writer;

	private final ReleaseValidator validator;

	private final Actor actor;

	private final PossibleMatches matches;

	private final HealthBuyers keepOnly;

	/**
	 * @param keepOnly the buyers whose releases to keep, the others being left out; or
	 * null to keep every release
	 */
	ImportSteps(long run, ImportRuns runs, ImportTally tally, KnownReleases known, NoticeMapper mapper,
			NoticeWriter writer, ReleaseValidator validator, PossibleMatches matches, HealthBuyers keepOnly) {
		this.known = known;
		this.run = run;
		this.matches = matches;
		this.runs = runs;
		this.tally = tally;
		this.mapper = mapper;
		this.writer = writer;
		this.validator = validator;
		this.actor = Actor.importRun(run);
		this.keepOnly = keepOnly;
	}

	@Override
	public ImportItem process(ReadRelease read) {
		if (this.keepOnly != null && !this.keepOnly.test(read.release())) {
			this.tally.leftOut();
			return null;
		}
		String ocid = read.release().path("ocid").asString(null);
		String id = read.release().path("id").asString(null);
		if (this.known.known(ocid, id)) {
			this.tally.unchanged();
			return null;
		}
		Notice notice = this.mapper.map(read);
		return new ImportItem(read.position().file(), read.position().describe(), notice,
				this.validator.validate(read.release()));
	}

	@Override
	public void write(Chunk<? extends ImportItem> items) {
		// Counted apart until the whole chunk is written: a chunk that fails part-way is
		// rolled back and written again (item by item, or after a restart).
		ImportTally written = new ImportTally();
		for (ImportItem item : items) {
			ImportOutcome outcome = this.writer.write(item.notice(), this.actor);
			written.outcome(outcome);
			if (outcome.kind() == ImportOutcome.Kind.CREATED) {
				this.matches.look(outcome.tenderId(), this.run);
			}
			for (String note : outcome.notes()) {
				this.runs.note(this.run, item.note(ImportRuns.NoteKind.CLEANED, note));
			}
			if (!item.schemaProblems().isEmpty() && outcome.kind() != ImportOutcome.Kind.UNCHANGED) {
				this.runs.note(this.run, item.note(ImportRuns.NoteKind.CLEANED,
						"Does not follow the OCDS 1.1.5 schema: " + String.join("; ", item.schemaProblems())));
			}
		}
		this.runs.add(this.run, this.tally.drain());
		this.runs.add(this.run, written.drain());
	}

	@Override
	public void onSkipInProcess(ReadRelease read, Throwable reason) {
		this.tally.skipped();
		this.runs.noteSeparately(this.run,
				new ImportRuns.Note(ImportRuns.NoteKind.SKIPPED, read.position().file(), read.position().describe(),
						read.release().path("ocid").asString(null), read.release().path("id").asString(null),
						reason.getMessage()));
	}

	@Override
	public void onSkipInWrite(ImportItem item, Throwable reason) {
		this.tally.skipped();
		this.runs.noteSeparately(this.run, item.note(ImportRuns.NoteKind.SKIPPED, reason.getMessage()));
	}

	/**
	 * Adds what is left of the tally once the step has finished; a step that failed
	 * rolled its last chunk back, and counts it again when it resumes.
	 */
	void flush(boolean completed) {
		ImportTally.Counts left = this.tally.drain();
		if (completed) {
			this.runs.add(this.run, left);
		}
	}

}
