package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.TenderViews.TenderDetail;
import io.github.nhstendertracker.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON twins of the tender pages: exact values in pounds, ISO dates with their precision.
 */
@RestController
@RequestMapping("/api/tenders")
@Tag(name = "Tenders")
class TenderApiController {

	private final TenderDetails details;

	TenderApiController(TenderDetails details) {
		this.details = details;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "showTender", summary = "Show a tender", description = """
			One tender in full: its headline value and every figure each source reported (with \
			`figuresDisagree` when they differ), its service areas, commissioners, parent and lots, its bids, \
			and its timeline of events (oldest first), each with its sources. An archived tender is a 404.""")
	@ApiResponse(responseCode = "200", description = "The tender")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
	TenderDetail show(@Parameter(description = ListDocs.ID, example = "8") @PathVariable long id) {
		return this.details.detail(id);
	}

}
