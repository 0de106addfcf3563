package io.github.nhstendertracker.imports;

import java.io.PrintStream;
import java.util.List;

/**
 * The report of a run as the command line prints it: the counts, then each release
 * skipped or cleaned with its reason and place.
 */
final class ImportReport {

	private static final int NOTES = 200;

	private ImportReport() {
	}

	static void print(ImportRuns.Run run, ImportRuns runs, PrintStream out) {
		out.println("Import run " + run.id() + ": " + run.status().toLowerCase(java.util.Locale.UK));
		out.printf("  files read          %,d%n", run.filesRead());
		out.printf("  releases read       %,d%n", run.releasesRead());
		out.printf("  tenders created     %,d%n", run.created());
		out.printf("  tenders updated     %,d%n", run.updated());
		out.printf("  events added        %,d%n", run.eventsAdded());
		out.printf("  releases unchanged  %,d%n", run.unchanged());
		out.printf("  skipped             %,d%n", run.skipped());
		out.printf("  cleaned             %,d%n", run.cleaned());
		if (run.message() != null) {
			out.println("  " + run.message());
		}
		List<ImportRuns.Note> notes = runs.notes(run.id(), null, NOTES);
		if (!notes.isEmpty()) {
			out.println();
			out.println("Notes" + ((notes.size() == NOTES) ? " (the first " + NOTES + ")" : "") + ":");
			for (ImportRuns.Note note : notes) {
				out.println("  " + note.kind().name().toLowerCase(java.util.Locale.UK) + ": " + note.reason());
				out.println("      " + place(note));
			}
		}
	}

	private static String place(ImportRuns.Note note) {
		StringBuilder place = new StringBuilder();
		if (note.file() != null) {
			place.append(note.file());
		}
		if (note.position() != null) {
			place.append((place.length() > 0) ? ", " : "").append(note.position());
		}
		if (note.ocid() != null) {
			place.append((place.length() > 0) ? ", " : "").append(note.ocid());
			if (note.releaseId() != null) {
				place.append(" release ").append(note.releaseId());
			}
		}
		return place.toString();
	}

}
