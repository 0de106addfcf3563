package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.SourceViews.SourceDetail;
import io.github.nhstendertracker.browse.SourceViews.SourceRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sources")
class SourceApiController {

	private final Sources sources;

	SourceApiController(Sources sources) {
		this.sources = sources;
	}

	@GetMapping
	PageView<SourceRow> list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		ListRequest request = ListRequest.of(page, size);
		PageView<SourceRow> result = this.sources.page(request);
		request.checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	SourceDetail show(@PathVariable long id) {
		return this.sources.detail(id);
	}

}
