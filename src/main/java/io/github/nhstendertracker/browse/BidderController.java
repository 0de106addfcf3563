package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.BidderViews.BidderRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class BidderController {

	private final Bidders bidders;

	BidderController(Bidders bidders) {
		this.bidders = bidders;
	}

	@GetMapping("/bidders")
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		PageView<BidderRow> result = this.bidders.page(request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		return "bidders/list";
	}

	@GetMapping("/bidders/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("bidder", this.bidders.detail(id));
		return "bidders/show";
	}

}
