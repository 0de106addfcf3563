package io.github.nhstendertracker.admin;

import java.util.List;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.NamedChoices;
import io.github.nhstendertracker.editing.RecordKey;
import io.github.nhstendertracker.editing.TenderCheck;
import io.github.nhstendertracker.editing.TenderEdits;
import io.github.nhstendertracker.editing.TenderForm;
import jakarta.servlet.http.HttpServletResponse;

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
 * tenders, and archive and restore for admins. Every save goes through the
 * {@link EditPipeline}; one someone else got to first comes back as a 409 with what they
 * changed ({@link EditConflicts}).
 */
@Controller
@RequestMapping("/admin/tenders")
class TenderAdminController {

	private static final String FORM = "admin/tenders/form";

	private final EditPipeline edits;

	private final TenderEdits tenders;

	private final TenderChoices choices;

	private final TenderAdminList list;

	private final EditConflicts conflicts;

	private final NamedChoices names;

	TenderAdminController(EditPipeline edits, TenderEdits tenders, TenderChoices choices, TenderAdminList list,
			EditConflicts conflicts, NamedChoices names) {
		this.names = names;
		this.edits = edits;
		this.tenders = tenders;
		this.choices = choices;
		this.list = list;
		this.conflicts = conflicts;
	}

	/**
	 * What the edit page needs to know about the tender itself.
	 *
	 * @param id the tender's id
	 * @param title its title as saved
	 * @param version its current version
	 * @param archived whether it is archived
	 */
	record TenderState(long id, String title, long version, boolean archived) {
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
	String processCreationForm(TenderForm tenderForm, BindingResult result, Model model) {
		TenderEdits.Change change = this.edits.check(this.tenders, RecordKey.create(), tenderForm, result);
		model.addAttribute("check", (change != null) ? change.check() : null);
		String form = form(model, null);
		return result.hasErrors() ? form : "admin/tenders/check";
	}

	@PostMapping
	String save(TenderForm tenderForm, BindingResult result, @RequestParam(required = false) String change, Model model,
			RedirectAttributes redirect) {
		if (change != null) {
			// Back to the form to change an answer: the answers, without error messages.
			BindingResult quiet = new BeanPropertyBindingResult(tenderForm, "tenderForm");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "tenderForm", quiet);
			model.addAttribute("check",
					this.edits
						.check(this.tenders, RecordKey.create(), tenderForm,
								new BeanPropertyBindingResult(tenderForm, "tenderForm"))
						.check());
			return form(model, null);
		}
		EditResult<TenderEdits.Change> saved = this.edits.create(this.tenders, RecordKey.create(), tenderForm, result,
				Actor.signedIn());
		model.addAttribute("check", checkOf(saved));
		if (!saved.isSaved()) {
			return form(model, null);
		}
		redirect.addFlashAttribute("saved", "Tender added");
		return "redirect:/tenders/" + saved.id();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("tenderForm", this.edits.currentForm(this.tenders, RecordKey.of(id)));
		return form(model, state(id));
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, TenderForm tenderForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RecordKey key = RecordKey.of(id);
		EditResult<TenderEdits.Change> saved = this.edits.update(this.tenders, key, tenderForm, result,
				Actor.signedIn());
		model.addAttribute("check", checkOf(saved));
		if (saved.isConflict()) {
			this.conflicts.prepare(this.tenders, key, saved, tenderForm, model, response);
		}
		TenderState state = state(id);
		if (!saved.isSaved()) {
			return form(model, state);
		}
		redirect.addFlashAttribute("saved", "Tender saved");
		return state.archived() ? "redirect:/admin/tenders/" + id + "/edit" : "redirect:/tenders/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		String title = this.edits.archive(this.tenders, RecordKey.of(id), Actor.signedIn());
		redirect.addFlashAttribute("saved", "Tender archived: " + title);
		return "redirect:/admin/tenders?show=archived";
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.edits.restore(this.tenders, RecordKey.of(id), Actor.signedIn());
		redirect.addFlashAttribute("saved", "Tender restored");
		return "redirect:/tenders/" + id;
	}

	private TenderState state(long id) {
		return this.edits.read(this.tenders, RecordKey.of(id), (tender) -> new TenderState(tender.getId(),
				tender.getTitle(), tender.getVersion(), tender.isArchived()));
	}

	private static TenderCheck checkOf(EditResult<TenderEdits.Change> result) {
		return (result.values() != null) ? result.values().check() : null;
	}

	private String form(Model model, TenderState state) {
		model.addAttribute("state", state);
		boolean byName = this.names.tooManyToList(NamedChoices.Party.COMMISSIONER);
		model.addAttribute("commissionerByName", byName);
		if (byName && model.getAttribute("tenderForm") instanceof TenderForm form) {
			model.addAttribute("commissioners", this.choices.commissioners(form.getCommissionerIds()));
		}
		else {
			model.addAttribute("commissioners", this.choices.commissioners());
		}
		model.addAttribute("sources", this.choices.sources());
		model.addAttribute("contractModels", this.choices.contractModels());
		model.addAttribute("procurementMethods", this.choices.procurementMethods());
		model.addAttribute("yesNo", this.choices.yesNo());
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
