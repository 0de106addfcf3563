package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.BidderViews.BidderDetail;
import io.github.nhstendertracker.browse.BidderViews.BidderRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bidders")
class BidderApiController {

	private final Bidders bidders;

	BidderApiController(Bidders bidders) {
		this.bidders = bidders;
	}

	@GetMapping
	PageView<BidderRow> list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		ListRequest request = ListRequest.of(page, size);
		PageView<BidderRow> result = this.bidders.page(request);
		request.checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	BidderDetail show(@PathVariable long id) {
		return this.bidders.detail(id);
	}

}
