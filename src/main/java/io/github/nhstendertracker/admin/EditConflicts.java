package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.Editable;
import io.github.nhstendertracker.editing.EditableForm;
import io.github.nhstendertracker.editing.FormMerge;
import io.github.nhstendertracker.editing.RecordKey;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one way every edit form answers a save that lost to someone else's (an
 * {@link EditResult} conflict, however it arose): HTTP 409, the form merged field by
 * field with the record as it is now ({@link FormMerge}), the changes made since the
 * version the editor started from, and the current version for the form to carry, so that
 * saving again applies the editor's values on top.
 * <p>
 * The model gets {@code changes} (shown by {@code fragments/forms :: conflict}),
 * {@code merged} (fields that took the other person's value) and {@code clashes} (fields
 * both changed, keeping the editor's value).
 */
@Component
public class EditConflicts {

	private final AuditLog audit;

	private final EditPipeline edits;

	EditConflicts(AuditLog audit, EditPipeline edits) {
		this.audit = audit;
		this.edits = edits;
	}

	/**
	 * Prepares the conflict page.
	 * @param type the kind of record
	 * @param key the record
	 * @param conflict the refused save, with the version the editor's form carried
	 * @param sent the editor's form, merged in place
	 * @param model the model the form is shown with
	 * @param response the response, set to 409
	 */
	public <E, F extends EditableForm> void prepare(Editable<E, F, ?> type, RecordKey key, EditResult<?> conflict,
			F sent, Model model, HttpServletResponse response) {
		F current = this.edits.currentForm(type, key);
		FormMerge.Result merge = FormMerge.merge(sent, current);
		model.addAttribute("merged", merge.theirs());
		model.addAttribute("clashes", merge.clashes());
		model.addAttribute("changes", this.audit.since(type.type(), key.id(), conflict.version()));
		sent.setVersion(current.getVersion());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
	}

}
