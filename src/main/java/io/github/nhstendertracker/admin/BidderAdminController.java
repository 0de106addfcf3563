package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.browse.Bidders;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.editing.BidderEditor;
import io.github.nhstendertracker.editing.BidderForm;
import io.github.nhstendertracker.editing.EditPipeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin pages for bidders: a list that includes archived ones, the add and edit
 * forms, and archiving and restoring. The form offers the types of bidder.
 */
@Controller
@RequestMapping("/admin/bidders")
class BidderAdminController extends AdminRecordPages<Bidder, BidderForm> {

	private final Bidders bidders;

	BidderAdminController(Bidders bidders, BidderEditor editor, EditPipeline edits, EditConflicts conflicts) {
		super("bidders", editor, edits, conflicts);
		this.bidders = bidders;
	}

	@Override
	protected PageView<?> page(String q, String shown, ListRequest request) {
		return this.bidders.adminPage(q, shown, request);
	}

	@Override
	protected BidderForm newForm() {
		return new BidderForm();
	}

	@Override
	protected void addFormOptions(Long id, Model model) {
		model.addAttribute("types", Options.of(BidderType.values(), BidderType::label));
	}

}
