package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.SourceViews.SourceDetail;
import io.github.nhstendertracker.browse.SourceViews.SourceRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sources as JSON: the list and each source in full, the twins of their pages.
 */
@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources")
class SourceApiController {

	private final Sources sources;

	SourceApiController(Sources sources) {
		this.sources = sources;
	}

	@GetMapping
	@Operation(operationId = "listSources", summary = "List sources", description = """
			The articles and notices that facts come from, latest first, a page at a time, each with how \
			many tenders and events it supports. Archived sources are left out.""")
	@ApiResponse(responseCode = "200", description = "A page of sources, with the page number, size and total")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	PageView<SourceRow> list(@ListDocs.Page @RequestParam(required = false) String page,
			@ListDocs.Size @RequestParam(required = false) String size) {
		ListRequest request = ListRequest.of(page, size);
		PageView<SourceRow> result = this.sources.page(request);
		request.checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "showSource", summary = "Show a source", description = """
			One source in full: its publication and date, our summary in our own words, the citation \
			and link, the people it names, and the tenders it tells about. An archived source is a 404.""")
	@ApiResponse(responseCode = "200", description = "The source")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
	SourceDetail show(@Parameter(description = ListDocs.ID, example = "3") @PathVariable long id) {
		return this.sources.detail(id);
	}

}
