package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.audit.AuditLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin home: where to enter data, and the latest changes. */
@Controller
class AdminHomeController {

	private final AuditLog audit;

	AdminHomeController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("recent", this.audit.latest(10));
		return "admin/home";
	}

}
