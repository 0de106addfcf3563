package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.BidEdits;
import io.github.nhstendertracker.editing.BidForm;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.NamedChoices;
import io.github.nhstendertracker.editing.RecordKey;
import io.github.nhstendertracker.editing.TenderEntries;
import io.github.nhstendertracker.tender.BidRole;
import jakarta.servlet.http.HttpServletResponse;

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
 * {@link BidEdits}; every save goes through the {@link EditPipeline}.
 */
@Controller
class BidAdminController {

	private static final String FORM = "admin/bids/form";

	private final EditPipeline edits;

	private final BidEdits bids;

	private final TenderEntries tenders;

	private final EditConflicts conflicts;

	private final NamedChoices names;

	BidAdminController(EditPipeline edits, BidEdits bids, TenderEntries tenders, EditConflicts conflicts,
			NamedChoices names) {
		this.names = names;
		this.edits = edits;
		this.bids = bids;
		this.tenders = tenders;
		this.conflicts = conflicts;
	}

	@GetMapping("/admin/tenders/{tenderId}/bids/new")
	String initCreationForm(@PathVariable long tenderId, Model model) {
		return show(tenderId, null, new BidForm(), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/bids/new")
	String processCreationForm(@PathVariable long tenderId, @ModelAttribute("bid") BidForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EditResult<?> saved = this.edits.create(this.bids, RecordKey.inTender(tenderId, null), form, result,
				Actor.signedIn());
		if (!saved.isSaved()) {
			return show(tenderId, null, form, model);
		}
		redirect.addFlashAttribute("saved", "Bidder added");
		return "redirect:/tenders/" + tenderId + "#bidders";
	}

	@GetMapping("/admin/tenders/{tenderId}/bids/{bidId}/edit")
	String initUpdateForm(@PathVariable long tenderId, @PathVariable long bidId, Model model) {
		return show(tenderId, bidId, this.edits.currentForm(this.bids, RecordKey.inTender(tenderId, bidId)), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/bids/{bidId}/edit")
	String processUpdateForm(@PathVariable long tenderId, @PathVariable long bidId, @ModelAttribute("bid") BidForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		RecordKey key = RecordKey.inTender(tenderId, bidId);
		EditResult<?> saved = this.edits.update(this.bids, key, form, result, Actor.signedIn());
		if (saved.isConflict()) {
			this.conflicts.prepare(this.bids, key, saved, form, model, response);
		}
		if (!saved.isSaved()) {
			return show(tenderId, bidId, form, model);
		}
		redirect.addFlashAttribute("saved", "Bidder changed");
		return "redirect:/tenders/" + tenderId + "#bidders";
	}

	@PostMapping("/admin/tenders/{tenderId}/bids/{bidId}/delete")
	String processDeletion(@PathVariable long tenderId, @PathVariable long bidId, RedirectAttributes redirect) {
		this.edits.delete(this.bids, RecordKey.inTender(tenderId, bidId), Actor.signedIn());
		redirect.addFlashAttribute("saved", "Bidder removed");
		return "redirect:/tenders/" + tenderId + "#bidders";
	}

	private String show(long tenderId, Long bidId, BidForm form, Model model) {
		model.addAttribute("tender", this.tenders.tender(tenderId));
		model.addAttribute("bidId", bidId);
		model.addAttribute("bid", form);
		boolean byName = this.names.tooManyToList(NamedChoices.Party.BIDDER);
		model.addAttribute("bidderByName", byName);
		if (byName) {
			if (form.getBidderName() == null) {
				form.setBidderName(this.names.name(NamedChoices.Party.BIDDER, form.getBidderId()));
			}
		}
		else {
			model.addAttribute("bidders", this.bids.bidderOptions(bidId));
		}
		model.addAttribute("roles", Options.of(BidRole.values(), BidRole::label));
		model.addAttribute("sources", this.bids.sourceOptions(bidId));
		return FORM;
	}

}
