package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.editing.EditableForm;
import io.github.nhstendertracker.editing.FormMerge;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.editing.EditConflictException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one way every edit form answers a refused save ({@link EditConflictException}, or
 * Spring's optimistic-locking failure when two saves race): HTTP 409, the changes made
 * since the version the editor started from in the model as {@code changes} (shown by
 * {@code fragments/forms :: conflict}), and the current version for the form to carry, so
 * that saving again applies the editor's values on top.
 */
@Component
public class EditConflicts {

	private final AuditLog audit;

	EditConflicts(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Prepares the conflict page.
	 * @param entityType the kind of record
	 * @param entityId its id
	 * @param formVersion the version the editor's form carried
	 * @param currentVersion the record's version now
	 * @param model the model the form is shown with
	 * @param response the response, set to 409
	 * @return the current version as the form's hidden field holds it
	 */
	public String prepare(AuditEntity entityType, long entityId, long formVersion, long currentVersion, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("changes", this.audit.since(entityType, entityId, formVersion));
		return String.valueOf(currentVersion);
	}

	/**
	 * Prepares the conflict page and merges the editor's form with the record as it is
	 * now ({@link FormMerge}): fields only the other person changed take their values,
	 * fields the editor changed keep the editor's. The model gets {@code merged} (field
	 * names that took the other person's value) and {@code clashes} (fields both
	 * changed).
	 * @param entityType the kind of record
	 * @param entityId its id
	 * @param formVersion the version the editor's form carried
	 * @param currentVersion the record's version now
	 * @param sent the editor's form, merged in place
	 * @param current a form built from the record as it is now
	 * @param model the model the form is shown with
	 * @param response the response, set to 409
	 * @return the current version as the form's hidden field holds it
	 */
	public String prepare(AuditEntity entityType, long entityId, long formVersion, long currentVersion,
			EditableForm sent, EditableForm current, Model model, HttpServletResponse response) {
		FormMerge.Result merge = FormMerge.merge(sent, current);
		model.addAttribute("merged", merge.theirs());
		model.addAttribute("clashes", merge.clashes());
		return prepare(entityType, entityId, formVersion, currentVersion, model, response);
	}

	/**
	 * A form's hidden version as a number. Anything that is not a number can never match
	 * a record's version, so it is read as -1 and the save conflicts.
	 * @param version the text the form sent
	 * @return the version, or -1
	 */
	public static long parseVersion(String version) {
		try {
			return Long.parseLong((version != null) ? version.trim() : "");
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
