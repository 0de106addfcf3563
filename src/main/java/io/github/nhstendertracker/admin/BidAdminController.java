package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.editing.EditConflictException;
import io.github.nhstendertracker.editing.BidEditing;
import io.github.nhstendertracker.editing.BidForm;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that add, change and remove a tender's bidders. The rules live in
 * {@link BidEditing}.
 */
@Controller
class BidAdminController {

	private static final String FORM = "admin/bids/form";

	private final BidEditing editing;

	private final EditConflicts conflicts;

	BidAdminController(BidEditing editing, EditConflicts conflicts) {
		this.editing = editing;
		this.conflicts = conflicts;
	}

	@GetMapping("/admin/tenders/{tenderId}/bids/new")
	String initCreationForm(@PathVariable long tenderId, Model model) {
		return show(tenderId, null, new BidForm(), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/bids/new")
	String processCreationForm(@PathVariable long tenderId, @ModelAttribute("bid") BidForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (this.editing.create(tenderId, form, result) == null) {
				return show(tenderId, null, form, model);
			}
		}
		catch (DataIntegrityViolationException ex) {
			return duplicate(ex, tenderId, null, form, result, model);
		}
		redirect.addFlashAttribute("saved", "Bidder added");
		return "redirect:/tenders/" + tenderId + "#bidders";
	}

	@GetMapping("/admin/tenders/{tenderId}/bids/{bidId}/edit")
	String initUpdateForm(@PathVariable long tenderId, @PathVariable long bidId, Model model) {
		return show(tenderId, bidId, this.editing.form(tenderId, bidId), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/bids/{bidId}/edit")
	String processUpdateForm(@PathVariable long tenderId, @PathVariable long bidId, @ModelAttribute("bid") BidForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (this.editing.update(tenderId, bidId, form, result) == null) {
				return show(tenderId, bidId, form, model);
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return conflict(tenderId, bidId, form, model, response);
		}
		catch (DataIntegrityViolationException ex) {
			return duplicate(ex, tenderId, bidId, form, result, model);
		}
		redirect.addFlashAttribute("saved", "Bidder changed");
		return "redirect:/tenders/" + tenderId + "#bidders";
	}

	@PostMapping("/admin/tenders/{tenderId}/bids/{bidId}/delete")
	String processDeletion(@PathVariable long tenderId, @PathVariable long bidId, RedirectAttributes redirect) {
		this.editing.delete(tenderId, bidId);
		redirect.addFlashAttribute("saved", "Bidder removed");
		return "redirect:/tenders/" + tenderId + "#bidders";
	}

	/**
	 * Someone else gave the bidder the same role between the check and the insert: the
	 * unique constraint caught it. Anything else is not a form error and is rethrown.
	 */
	private String duplicate(DataIntegrityViolationException ex, long tenderId, Long bidId, BidForm form,
			BindingResult result, Model model) {
		if (ex.getMessage() == null || !ex.getMessage().contains("bid_uq")) {
			throw ex;
		}
		result.rejectValue("role", "duplicate", this.editing.duplicateMessage(form));
		return show(tenderId, bidId, form, model);
	}

	private String conflict(long tenderId, long bidId, BidForm form, Model model, HttpServletResponse response) {
		form.setVersion(this.conflicts.prepare(AuditEntity.BID, bidId, EditConflicts.parseVersion(form.getVersion()),
				this.editing.currentVersion(tenderId, bidId), form, this.editing.form(tenderId, bidId), model,
				response));
		return show(tenderId, bidId, form, model);
	}

	private String show(long tenderId, Long bidId, BidForm form, Model model) {
		model.addAttribute("tender", this.editing.tender(tenderId));
		model.addAttribute("bidId", bidId);
		model.addAttribute("bid", form);
		model.addAttribute("bidders", this.editing.bidderOptions(bidId));
		model.addAttribute("roles", BidEditing.roles());
		model.addAttribute("sources", this.editing.sourceOptions(bidId));
		return FORM;
	}

}
