package io.github.nhstendertracker.imports;

import java.util.List;

/**
 * A release on its way into the tracker: where it was read, and what it says.
 *
 * @param file the file it came from
 * @param position where in the file
 * @param notice what it says
 * @param schemaProblems how it departs from the OCDS schema, if it does
 */
record ImportItem(String file, String position, Notice notice, List<String> schemaProblems) {

	ImportRuns.Note note(ImportRuns.NoteKind kind, String reason) {
		return new ImportRuns.Note(kind, this.file, this.position, this.notice.ocid(), this.notice.releaseId(), reason);
	}

}
