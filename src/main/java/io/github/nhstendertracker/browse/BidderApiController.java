package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.BidderViews.BidderDetail;
import io.github.nhstendertracker.browse.BidderViews.BidderRow;
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
 * The bidders as JSON: the list and each bidder in full, the twins of their pages.
 */
@RestController
@RequestMapping("/api/bidders")
@Tag(name = "Bidders")
class BidderApiController {

	private final Bidders bidders;

	BidderApiController(Bidders bidders) {
		this.bidders = bidders;
	}

	@GetMapping
	@Operation(operationId = "listBidders", summary = "List bidders", description = """
			Bidders in order of name, a page at a time, each with its type, former names and how many \
			tenders it has bid for. Archived bidders are left out.""")
	@ApiResponse(responseCode = "200", description = "A page of bidders, with the page number, size and total")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	PageView<BidderRow> list(@ListDocs.Page @RequestParam(required = false) String page,
			@ListDocs.Size @RequestParam(required = false) String size) {
		ListRequest request = ListRequest.of(page, size);
		PageView<BidderRow> result = this.bidders.page(request);
		request.checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "showBidder", summary = "Show a bidder", description = """
			One bidder in full: its type and former names, the consortia it belongs to or is made of, \
			its bids (with their sources) and the events on the tenders it bid for. An archived bidder is a \
			404.""")
	@ApiResponse(responseCode = "200", description = "The bidder")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
	BidderDetail show(@Parameter(description = ListDocs.ID, example = "6") @PathVariable long id) {
		return this.bidders.detail(id);
	}

}
