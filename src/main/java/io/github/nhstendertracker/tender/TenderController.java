package io.github.nhstendertracker.tender;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public pages: each tender's page. The tender table is the search page (see the search
 * package).
 */
@Controller
class TenderController {

	private final TenderDetails details;

	TenderController(TenderDetails details) {
		this.details = details;
	}

	@GetMapping("/tenders/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("tender", this.details.detail(id));
		return "tenders/show";
	}

}
