package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public pages: each tender's page, with its change history for people who can edit. The
 * tender table is the search page (see the search package).
 */
@Controller
class TenderController {

	private final TenderDetails details;

	private final AuditLog audit;

	TenderController(TenderDetails details, AuditLog audit) {
		this.details = details;
		this.audit = audit;
	}

	@GetMapping("/tenders/{id}")
	String show(@PathVariable long id, HttpServletRequest request, Model model) {
		model.addAttribute("tender", this.details.detail(id));
		if (request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN")) {
			model.addAttribute("history", this.audit.forTender(id));
		}
		return "tenders/show";
	}

}
