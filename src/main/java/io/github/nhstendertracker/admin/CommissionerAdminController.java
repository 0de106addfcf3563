package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.browse.Commissioners;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.commissioner.CommissionerType;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.editing.CommissionerEditor;
import io.github.nhstendertracker.editing.CommissionerForm;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin pages for commissioners: a list that includes archived ones, the add and edit
 * forms, and archiving and restoring. The form offers the types, regions and possible
 * successors.
 */
@Controller
@RequestMapping("/admin/commissioners")
class CommissionerAdminController extends AdminRecordPages<Commissioner, CommissionerForm> {

	private final Commissioners commissioners;

	private final CommissionerEditor editor;

	CommissionerAdminController(Commissioners commissioners, CommissionerEditor editor, EditPipeline edits,
			EditConflicts conflicts) {
		super("commissioners", editor, edits, conflicts);
		this.commissioners = commissioners;
		this.editor = editor;
	}

	@Override
	protected PageView<?> page(String q, String shown, ListRequest request) {
		return this.commissioners.adminPage(q, shown, request);
	}

	@Override
	protected CommissionerForm newForm() {
		return new CommissionerForm();
	}

	@Override
	protected void addFormOptions(Long id, Model model) {
		model.addAttribute("types", Options.of(CommissionerType.values(), CommissionerType::label));
		model.addAttribute("nhsRegions", Options.of(NhsRegion.values(), NhsRegion::label));
		model.addAttribute("itlRegions", Options.of(ItlRegion.values(), (r) -> r.label() + " (" + r.code() + ")"));
		model.addAttribute("successors", this.editor.successorOptions(id));
	}

}
