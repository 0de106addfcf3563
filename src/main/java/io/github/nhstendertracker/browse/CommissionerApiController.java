package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.CommissionerViews.CommissionerDetail;
import io.github.nhstendertracker.browse.CommissionerViews.CommissionerRow;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commissioners")
class CommissionerApiController {

	private final Commissioners commissioners;

	CommissionerApiController(Commissioners commissioners) {
		this.commissioners = commissioners;
	}

	@GetMapping
	PageView<CommissionerRow> list(@RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		ListRequest request = ListRequest.of(page, size);
		PageView<CommissionerRow> result = this.commissioners.page(request);
		request.checkWithin(result);
		return result;
	}

	@GetMapping("/{id}")
	CommissionerDetail show(@PathVariable long id) {
		return this.commissioners.detail(id);
	}

}
