package io.github.nhstendertracker.tender;

import io.github.nhstendertracker.system.PageView;
import io.github.nhstendertracker.tender.TenderViews.TenderRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages: the tender table and each tender's page.
 */
@Controller
class TenderController {

	private final TenderRows rows;

	private final TenderDetails details;

	TenderController(TenderRows rows, TenderDetails details) {
		this.rows = rows;
		this.details = details;
	}

	@GetMapping("/tenders")
	String list(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		TenderListRequest request = TenderListRequest.of(sort, dir, page, size);
		PageView<TenderRow> result = this.rows.page(request.sort(), request.descending(), request.paging().page(),
				request.paging().size());
		request.paging().checkWithin(result);
		model.addAttribute("result", result);
		model.addAttribute("sort", request.sort().param());
		model.addAttribute("dir", request.dir());
		return "tenders/list";
	}

	@GetMapping("/tenders/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("tender", this.details.detail(id));
		return "tenders/show";
	}

}
