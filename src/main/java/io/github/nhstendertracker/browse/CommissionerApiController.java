package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.CommissionerViews.CommissionerDetail;
import io.github.nhstendertracker.browse.CommissionerViews.CommissionerRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commissioners as JSON: the list and each commissioner in full, the twins of their
 * pages.
 */
@RestController
@RequestMapping("/api/commissioners")
@Tag(name = "Commissioners")
class CommissionerApiController {

	private final Commissioners commissioners;

	CommissionerApiController(Commissioners commissioners) {
		this.commissioners = commissioners;
	}

	@GetMapping
	@Operation(operationId = "listCommissioners", summary = "List commissioners", description = """
			Commissioners, current bodies first and then by name, a page at a time, each with its type, \
			NHS England and ITL1 regions, ODS code, whether it has been abolished and how many tenders it \
			has. Archived commissioners are left out.""")
	@ApiResponse(responseCode = "200", description = "A page of commissioners, with the page number, size and total")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	PageView<CommissionerRow> list(@ListDocs.Page @RequestParam(required = false) String page,
			@ListDocs.Size @RequestParam(required = false) String size) {
		ListRequest request = ListRequest.of(page, size);
		PageView<CommissionerRow> result = this.commissioners.page(request);
		request.checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "showCommissioner", summary = "Show a commissioner", description = """
			One commissioner in full: when it was abolished, its successor and predecessors, its \
			tenders, and the events on them (latest first). Its tenders include those of every body it \
			took over from, all generations back (`lineage.earlierBodies`), each such tender's id mapped to \
			the bodies it came through in `lineage.via`; `lineage=own` gives its own tenders only. An \
			archived commissioner is a 404.""")
	@ApiResponse(responseCode = "200", description = "The commissioner")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
	CommissionerDetail show(@Parameter(description = ListDocs.ID, example = "8") @PathVariable long id,
			@Parameter(description = """
					`all` (the default): its own tenders and those of every body it took over from; `own`: \
					only the tenders it commissions itself.""",
					schema = @Schema(allowableValues = { "all", "own" }, defaultValue = "all"),
					example = "own") @RequestParam(required = false) String lineage) {
		return this.commissioners.detail(id, Commissioners.shown(lineage));
	}

}
