package io.github.nhstendertracker.admin;

import java.util.List;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.editing.EditConflictException;
import io.github.nhstendertracker.editing.TenderCheck;
import io.github.nhstendertracker.editing.TenderEditing;
import io.github.nhstendertracker.editing.TenderForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where editors add and change tenders: a form, a check-your-answers page for new
 * tenders, and archive and restore for admins. A save someone else got to first comes
 * back as a 409 with what they changed (see {@link EditConflictException}).
 */
@Controller
@RequestMapping("/admin/tenders")
class TenderAdminController {

	private static final String FORM = "admin/tenders/form";

	private final TenderEditing editing;

	private final TenderChoices choices;

	private final TenderAdminList list;

	private final EditConflicts conflicts;

	TenderAdminController(TenderEditing editing, TenderChoices choices, TenderAdminList list, EditConflicts conflicts) {
		this.editing = editing;
		this.choices = choices;
		this.list = list;
		this.conflicts = conflicts;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String show,
			@RequestParam(required = false) String page, Model model) {
		TenderAdminList.Show which = TenderAdminList.Show.of(show);
		int number = (page != null && page.matches("\\d{1,4}") && Integer.parseInt(page) > 0) ? Integer.parseInt(page)
				: 1;
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("show", which);
		model.addAttribute("shows", TenderAdminList.Show.values());
		model.addAttribute("result", this.list.find(q, which, number));
		return "admin/tenders/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("tenderForm", new TenderForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid TenderForm tenderForm, BindingResult result, Model model) {
		TenderCheck check = this.editing.check(tenderForm, result, null);
		model.addAttribute("check", check);
		String form = form(model, null);
		return result.hasErrors() ? form : "admin/tenders/check";
	}

	@PostMapping
	String save(@Valid TenderForm tenderForm, BindingResult result, @RequestParam(required = false) String change,
			Model model, RedirectAttributes redirect) {
		if (change != null) {
			// Back to the form to change an answer: the answers, without error messages.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "tenderForm",
					new BeanPropertyBindingResult(tenderForm, "tenderForm"));
			model.addAttribute("check",
					this.editing.check(tenderForm, new BeanPropertyBindingResult(tenderForm, "tenderForm"), null));
			return form(model, null);
		}
		TenderEditing.Outcome outcome = this.editing.create(tenderForm, result);
		model.addAttribute("check", outcome.check());
		if (!outcome.saved()) {
			return form(model, null);
		}
		redirect.addFlashAttribute("saved", "Tender added");
		return "redirect:/tenders/" + outcome.id();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("tenderForm", this.editing.formFor(id));
		return form(model, this.editing.state(id));
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid TenderForm tenderForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TenderEditing.TenderState state = this.editing.state(id);
		try {
			TenderEditing.Outcome outcome = this.editing.update(id, tenderForm, result);
			model.addAttribute("check", outcome.check());
			if (!outcome.saved()) {
				return form(model, state);
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			TenderEditing.TenderState current = this.editing.state(id);
			tenderForm.setVersion(
					this.conflicts.prepare(AuditEntity.TENDER, id, EditConflicts.parseVersion(tenderForm.getVersion()),
							current.version(), tenderForm, this.editing.formFor(id), model, response));
			return form(model, current);
		}
		redirect.addFlashAttribute("saved", "Tender saved");
		return state.archived() ? "redirect:/admin/tenders/" + id + "/edit" : "redirect:/tenders/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		TenderEditing.TenderState state = this.editing.archive(id);
		redirect.addFlashAttribute("saved", "Tender archived: " + state.title());
		return "redirect:/admin/tenders?show=archived";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.editing.restore(id);
		redirect.addFlashAttribute("saved", "Tender restored");
		return "redirect:/tenders/" + id;
	}

	private String form(Model model, TenderEditing.TenderState state) {
		model.addAttribute("state", state);
		model.addAttribute("commissioners", this.choices.commissioners());
		model.addAttribute("sources", this.choices.sources());
		model.addAttribute("contractModels", this.choices.contractModels());
		model.addAttribute("nhsRegions", this.choices.nhsRegions());
		model.addAttribute("itlRegions", this.choices.itlRegions());
		model.addAttribute("serviceAreas", this.choices.serviceAreas());
		Object result = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "tenderForm");
		model.addAttribute("hasErrors", result instanceof BindingResult binding && binding.hasErrors());
		if (!model.containsAttribute("changes")) {
			model.addAttribute("changes", List.of());
		}
		return FORM;
	}

}
