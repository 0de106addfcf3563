package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.SourceViews.SourceRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SourceController {

	private final Sources sources;

	SourceController(Sources sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		PageView<SourceRow> result = this.sources.page(request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		return "sources/list";
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("source", this.sources.detail(id));
		return "sources/show";
	}

}
