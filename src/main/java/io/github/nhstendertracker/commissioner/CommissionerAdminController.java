package io.github.nhstendertracker.commissioner;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.EditConflictException;
import io.github.nhstendertracker.commissioner.CommissionerViews.AdminRow;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
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
 * The admin pages for commissioners: a list that includes archived ones, the add and edit
 * forms, and archiving and restoring.
 */
@Controller
@RequestMapping("/admin/commissioners")
class CommissionerAdminController {

	private static final String FORM = "admin/commissioners/form";

	private final Commissioners commissioners;

	private final CommissionerEditor editor;

	private final AuditLog audit;

	CommissionerAdminController(Commissioners commissioners, CommissionerEditor editor, AuditLog audit) {
		this.commissioners = commissioners;
		this.editor = editor;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String show,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		String shown = Commissioners.shown(show);
		PageView<AdminRow> result = this.commissioners.adminPage(q, shown, request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("show", shown);
		return "admin/commissioners/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new CommissionerForm());
		return showForm(null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") CommissionerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long id = this.editor.create(form, result);
		if (id == null) {
			return showForm(null, model);
		}
		redirect.addFlashAttribute("saved", "Commissioner added");
		return "redirect:/commissioners/" + id;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", CommissionerForm.of(this.editor.get(id)));
		return showForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") CommissionerForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (!this.editor.update(id, form, result)) {
				return showForm(id, model);
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			long current = this.editor.get(id).getVersion();
			model.addAttribute("changes",
					this.audit.since(AuditEntity.COMMISSIONER, id, CommissionerEditor.parseVersion(form.getVersion())));
			form.setVersion(String.valueOf(current));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(id, model);
		}
		redirect.addFlashAttribute("saved", "Commissioner saved");
		return "redirect:/commissioners/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.archive(id);
		redirect.addFlashAttribute("saved", "‘" + this.editor.get(id).getName() + "’ archived");
		return "redirect:/admin/commissioners";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.restore(id);
		redirect.addFlashAttribute("saved", "‘" + this.editor.get(id).getName() + "’ restored");
		return "redirect:/commissioners/" + id;
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("commissionerId", id);
		if (id != null) {
			model.addAttribute("archived", this.editor.get(id).isArchived());
		}
		model.addAttribute("types", options(CommissionerType.values(), CommissionerType::label));
		model.addAttribute("nhsRegions", options(NhsRegion.values(), NhsRegion::label));
		model.addAttribute("itlRegions", options(ItlRegion.values(), (r) -> r.label() + " (" + r.code() + ")"));
		model.addAttribute("successors", this.editor.successorOptions(id));
		BindingResult result = (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("failed", model.containsAttribute("changes") || (result != null && result.hasErrors()));
		if (result != null) {
			result.getFieldErrors("name")
				.stream()
				.filter((error) -> CommissionerEditor.DUPLICATE.equals(error.getCode()))
				.map(FieldError::getArguments)
				.findFirst()
				.ifPresent((args) -> model.addAttribute("duplicate", args[0]));
		}
		return FORM;
	}

	private static <E extends Enum<E>> Map<String, String> options(E[] values, Function<E, String> label) {
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(values).forEach((value) -> options.put(value.name(), label.apply(value)));
		return options;
	}

}
