package io.github.nhstendertracker.tender;

import io.github.nhstendertracker.system.PageView;
import io.github.nhstendertracker.tender.TenderViews.TenderDetail;
import io.github.nhstendertracker.tender.TenderViews.TenderRow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON twins of the tender pages: exact values in pounds, ISO dates with their precision.
 */
@RestController
@RequestMapping("/api/tenders")
class TenderApiController {

	private final TenderRows rows;

	private final TenderDetails details;

	TenderApiController(TenderRows rows, TenderDetails details) {
		this.rows = rows;
		this.details = details;
	}

	@GetMapping
	PageView<TenderRow> list(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		TenderListRequest request = TenderListRequest.of(sort, dir, page, size);
		PageView<TenderRow> result = this.rows.page(request.sort(), request.descending(), request.paging().page(),
				request.paging().size());
		request.paging().checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	TenderDetail show(@PathVariable long id) {
		return this.details.detail(id);
	}

}
