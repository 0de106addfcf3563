package io.github.nhstendertracker.imports;

/**
 * What one chunk of a run has done so far, added to the run's totals when the chunk is
 * written. Used by one step's thread only.
 */
class ImportTally {

	private int created;

	private int updated;

	private int unchanged;

	private int eventsAdded;

	private int skipped;

	private int cleaned;

	private int leftOut;

	/**
	 * Counts to add to a run.
	 *
	 * @param created tenders created
	 * @param updated tenders updated
	 * @param unchanged releases already recorded
	 * @param eventsAdded events added
	 * @param skipped releases skipped
	 * @param cleaned releases cleaned
	 * @param leftOut releases left out because their buyer is not one the run keeps
	 */
	record Counts(int created, int updated, int unchanged, int eventsAdded, int skipped, int cleaned, int leftOut) {
	}

	void outcome(ImportOutcome outcome) {
		switch (outcome.kind()) {
			case CREATED -> this.created++;
			case UPDATED -> this.updated++;
			case UNCHANGED -> this.unchanged++;
		}
		this.eventsAdded += outcome.eventsAdded();
		if (!outcome.notes().isEmpty()) {
			this.cleaned++;
		}
	}

	void unchanged() {
		this.unchanged++;
	}

	void skipped() {
		this.skipped++;
	}

	void leftOut() {
		this.leftOut++;
	}

	/** The counts so far, and starts again from zero. */
	Counts drain() {
		Counts counts = new Counts(this.created, this.updated, this.unchanged, this.eventsAdded, this.skipped,
				this.cleaned, this.leftOut);
		this.created = 0;
		this.updated = 0;
		this.unchanged = 0;
		this.eventsAdded = 0;
		this.skipped = 0;
		this.cleaned = 0;
		this.leftOut = 0;
		return counts;
	}

}
