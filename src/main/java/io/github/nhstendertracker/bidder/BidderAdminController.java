package io.github.nhstendertracker.bidder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.EditConflictException;
import io.github.nhstendertracker.bidder.BidderViews.AdminRow;
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
 * The admin pages for bidders: a list that includes archived ones, the add and edit
 * forms, and archiving and restoring.
 */
@Controller
@RequestMapping("/admin/bidders")
class BidderAdminController {

	private static final String FORM = "admin/bidders/form";

	private final Bidders bidders;

	private final BidderEditor editor;

	private final AuditLog audit;

	BidderAdminController(Bidders bidders, BidderEditor editor, AuditLog audit) {
		this.bidders = bidders;
		this.editor = editor;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String show,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		String shown = Bidders.shown(show);
		PageView<AdminRow> result = this.bidders.adminPage(q, shown, request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("show", shown);
		return "admin/bidders/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new BidderForm());
		return showForm(null, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") BidderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long id = this.editor.create(form, result);
		if (id == null) {
			return showForm(null, model);
		}
		redirect.addFlashAttribute("saved", "Bidder added");
		return "redirect:/bidders/" + id;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", BidderForm.of(this.editor.get(id)));
		return showForm(id, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") BidderForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (!this.editor.update(id, form, result)) {
				return showForm(id, model);
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			long current = this.editor.get(id).getVersion();
			model.addAttribute("changes",
					this.audit.since(AuditEntity.BIDDER, id, BidderEditor.parseVersion(form.getVersion())));
			form.setVersion(String.valueOf(current));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(id, model);
		}
		redirect.addFlashAttribute("saved", "Bidder saved");
		return "redirect:/bidders/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.archive(id);
		redirect.addFlashAttribute("saved", "‘" + this.editor.get(id).getName() + "’ archived");
		return "redirect:/admin/bidders";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.restore(id);
		redirect.addFlashAttribute("saved", "‘" + this.editor.get(id).getName() + "’ restored");
		return "redirect:/bidders/" + id;
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("bidderId", id);
		if (id != null) {
			model.addAttribute("archived", this.editor.get(id).isArchived());
		}
		model.addAttribute("types", options(BidderType.values(), BidderType::label));
		BindingResult result = (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + "form");
		model.addAttribute("failed", model.containsAttribute("changes") || (result != null && result.hasErrors()));
		if (result != null) {
			result.getFieldErrors("name")
				.stream()
				.filter((error) -> BidderEditor.DUPLICATE.equals(error.getCode()))
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
