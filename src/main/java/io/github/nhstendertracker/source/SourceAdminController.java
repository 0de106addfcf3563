package io.github.nhstendertracker.source;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.EditConflictException;
import io.github.nhstendertracker.source.SourceViews.AdminRow;
import io.github.nhstendertracker.system.ListRequest;
import io.github.nhstendertracker.system.PageView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages for sources: a list that includes archived ones, the add and edit
 * forms, and archiving and restoring.
 */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

	private static final String FORM = "admin/sources/form";

	private final Sources sources;

	private final SourceEditor editor;

	private final AuditLog audit;

	SourceAdminController(Sources sources, SourceEditor editor, AuditLog audit) {
		this.sources = sources;
		this.editor = editor;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String show,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		String shown = Sources.shown(show);
		PageView<AdminRow> result = this.sources.adminPage(q, shown, request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("show", shown);
		return "admin/sources/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new SourceForm());
		return showForm(null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") SourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long id = this.editor.create(form, result);
		if (id == null) {
			return showForm(null, model);
		}
		redirect.addFlashAttribute("saved", "Source added");
		return "redirect:/sources/" + id;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", SourceForm.of(this.editor.get(id)));
		return showForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (!this.editor.update(id, form, result)) {
				return showForm(id, model);
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			long current = this.editor.get(id).getVersion();
			model.addAttribute("changes",
					this.audit.since(AuditEntity.SOURCE, id, SourceEditor.parseVersion(form.getVersion())));
			form.setVersion(String.valueOf(current));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(id, model);
		}
		redirect.addFlashAttribute("saved", "Source saved");
		return "redirect:/sources/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.archive(id);
		redirect.addFlashAttribute("saved", "‘" + this.editor.get(id).getTitle() + "’ archived");
		return "redirect:/admin/sources";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.restore(id);
		redirect.addFlashAttribute("saved", "‘" + this.editor.get(id).getTitle() + "’ restored");
		return "redirect:/sources/" + id;
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("sourceId", id);
		if (id != null) {
			model.addAttribute("archived", this.editor.get(id).isArchived());
		}
		BindingResult result = (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("failed", model.containsAttribute("changes") || (result != null && result.hasErrors()));
		if (result != null) {
			result.getFieldErrors()
				.stream()
				.filter((error) -> SourceEditor.DUPLICATE.equals(error.getCode()))
				.map(FieldError::getArguments)
				.findFirst()
				.ifPresent((args) -> model.addAttribute("duplicate", args[0]));
		}
		return FORM;
	}

}
