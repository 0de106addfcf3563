package io.github.nhstendertracker.admin;

import java.util.Locale;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.Editable;
import io.github.nhstendertracker.editing.EditableForm;
import io.github.nhstendertracker.editing.RecordKey;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages every archivable record has, under {@code /admin/{kind}}: a list that
 * includes archived records, the add and edit forms (a refused edit comes back with 409
 * and the changes made meanwhile), and archiving and restoring. A subclass, annotated
 * {@code @Controller @RequestMapping("/admin/{kind}")}, supplies the list's query, the
 * forms and any options they offer. Templates live in {@code admin/{kind}/list} and
 * {@code admin/{kind}/form}; the public page of a record is {@code /{kind}/{id}}.
 *
 * @param <E> the record
 * @param <F> its add and edit form
 */
public abstract class AdminRecordPages<E extends Archivable, F extends EditableForm> {

	private final String kind;

	private final Editable<E, F, ?> type;

	private final EditPipeline edits;

	private final EditConflicts conflicts;

	/**
	 * Creates the pages.
	 * @param kind the path segment, such as "commissioners"
	 * @param type the record's checks, mapping and audit
	 * @param edits saves, archives and restores the records
	 * @param conflicts prepares the page a refused edit shows
	 */
	protected AdminRecordPages(String kind, Editable<E, F, ?> type, EditPipeline edits, EditConflicts conflicts) {
		this.kind = kind;
		this.type = type;
		this.edits = edits;
		this.conflicts = conflicts;
	}

	/**
	 * One page of the admin list: records whose name contains {@code q}, filtered by
	 * {@code shown} ("public", "archived" or "all").
	 */
	protected abstract PageView<?> page(String q, String shown, ListRequest request);

	/** An empty form for a new record. */
	protected abstract F newForm();

	/**
	 * Adds what the form offers to choose from (select options) to the model.
	 * @param id the record being edited, or null for a new one
	 */
	protected void addFormOptions(Long id, Model model) {
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String show,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		String shown = shown(show);
		PageView<?> result = page(q, shown, request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("show", shown);
		return "admin/" + this.kind + "/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", newForm());
		return showForm(null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EditResult<?> saved = this.edits.create(this.type, RecordKey.create(), form, result, Actor.signedIn());
		if (!saved.isSaved()) {
			return showForm(null, model);
		}
		redirect.addFlashAttribute("saved", this.type.type().label() + " added");
		return "redirect:/" + this.kind + "/" + saved.id();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.edits.currentForm(this.type, RecordKey.of(id)));
		return showForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RecordKey key = RecordKey.of(id);
		EditResult<?> saved = this.edits.update(this.type, key, form, result, Actor.signedIn());
		if (saved.isConflict()) {
			this.conflicts.prepare(this.type, key, saved, form, model, response);
		}
		if (!saved.isSaved()) {
			return showForm(id, model);
		}
		redirect.addFlashAttribute("saved", this.type.type().label() + " saved");
		return "redirect:/" + this.kind + "/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		String label = this.edits.archive(this.type, RecordKey.of(id), Actor.signedIn());
		redirect.addFlashAttribute("saved", "‘" + label + "’ archived");
		return "redirect:/admin/" + this.kind;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		String label = this.edits.restore(this.type, RecordKey.of(id), Actor.signedIn());
		redirect.addFlashAttribute("saved", "‘" + label + "’ restored");
		return "redirect:/" + this.kind + "/" + id;
	}

	/**
	 * The add or edit form with what it needs: the record's id (as, for example,
	 * {@code commissionerId}) and whether it is archived, the options, whether the save
	 * failed, and the record a duplicate error points to.
	 */
	private String showForm(Long id, Model model) {
		model.addAttribute(this.type.type().name().toLowerCase(Locale.ROOT) + "Id", id);
		if (id != null) {
			model.addAttribute("archived", this.edits.read(this.type, RecordKey.of(id), Archivable::isArchived));
		}
		addFormOptions(id, model);
		BindingResult result = (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("failed", model.containsAttribute("changes") || (result != null && result.hasErrors()));
		if (result != null) {
			result.getFieldErrors()
				.stream()
				.filter((error) -> Editable.DUPLICATE.equals(error.getCode()))
				.map(FieldError::getArguments)
				.findFirst()
				.ifPresent((args) -> model.addAttribute("duplicate", args[0]));
		}
		return "admin/" + this.kind + "/form";
	}

	/** The admin list's filter: "public", "archived" or (for anything else) "all". */
	private static String shown(String show) {
		return ("public".equals(show) || "archived".equals(show)) ? show : "all";
	}

}
