package io.github.nhstendertracker.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditFilter;
import io.github.nhstendertracker.audit.AuditFilterForm;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.AuditRecord;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit: every change anyone made, newest first, a page at a time, filtered by who,
 * kind of record, action, dates and the record's name. A bookmarkable GET.
 */
@Controller
public class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("actors", options(this.audit.actors()));
		model.addAttribute("types", Options.of(AuditEntity.values(), AuditEntity::label));
		model.addAttribute("actions", Options.of(AuditAction.values(), AuditAction::label));
		AuditFilter filter = AuditFilter.parse(form, errors);
		if (errors.hasErrors()) {
			return "admin/audit";
		}
		ListRequest request = ListRequest.of(page, String.valueOf(PAGE_SIZE));
		PageView<AuditRecord> result = this.audit.search(filter, request.page(), request.size());
		request.checkWithin(result);
		model.addAttribute("result", result);
		return "admin/audit";
	}

	private static Map<String, String> options(Iterable<String> values) {
		Map<String, String> options = new LinkedHashMap<>();
		values.forEach((value) -> options.put(value, value));
		return options;
	}

}
