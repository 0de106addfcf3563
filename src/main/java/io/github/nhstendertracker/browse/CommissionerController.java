package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.CommissionerViews.CommissionerRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CommissionerController {

	private final Commissioners commissioners;

	CommissionerController(Commissioners commissioners) {
		this.commissioners = commissioners;
	}

	@GetMapping("/commissioners")
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		PageView<CommissionerRow> result = this.commissioners.page(request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		return "commissioners/list";
	}

	@GetMapping("/commissioners/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String lineage, Model model) {
		model.addAttribute("commissioner", this.commissioners.detail(id, Commissioners.shown(lineage)));
		return "commissioners/show";
	}

}
