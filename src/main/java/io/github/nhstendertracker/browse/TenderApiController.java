package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.browse.TenderViews.TenderDetail;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON twins of the tender pages: exact values in pounds, ISO dates with their precision.
 */
@RestController
@RequestMapping("/api/tenders")
class TenderApiController {

	private final TenderDetails details;

	TenderApiController(TenderDetails details) {
		this.details = details;
	}

	@GetMapping("/{id}")
	TenderDetail show(@PathVariable long id) {
		return this.details.detail(id);
	}

}
