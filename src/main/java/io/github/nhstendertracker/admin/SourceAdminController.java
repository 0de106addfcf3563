package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.browse.Sources;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.SourceEditor;
import io.github.nhstendertracker.editing.SourceForm;
import io.github.nhstendertracker.source.Source;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The admin pages for sources: a list that includes archived ones, the add and edit
 * forms, and archiving and restoring.
 */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController extends AdminRecordPages<Source, SourceForm> {

	private final Sources sources;

	SourceAdminController(Sources sources, SourceEditor editor, EditPipeline edits, EditConflicts conflicts) {
		super("sources", editor, edits, conflicts);
		this.sources = sources;
	}

	@Override
	protected PageView<?> page(String q, String shown, ListRequest request) {
		return this.sources.adminPage(q, shown, request);
	}

	@Override
	protected SourceForm newForm() {
		return new SourceForm();
	}

}
