package io.github.nhstendertracker.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.editing.EditConflictException;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.editing.EventEditing;
import io.github.nhstendertracker.editing.EventForm;
import io.github.nhstendertracker.editing.EventRefusedException;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.TenderLifecycle;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that add, change and remove a tender's events. The rules live in
 * {@link EventEditing} and {@link TenderLifecycle}; this class only moves between pages.
 */
@Controller
class EventAdminController {

	private static final String FORM = "admin/events/form";

	private final EventEditing editing;

	private final EditConflicts conflicts;

	EventAdminController(EventEditing editing, EditConflicts conflicts) {
		this.editing = editing;
		this.conflicts = conflicts;
	}

	@GetMapping("/admin/tenders/{tenderId}/events/new")
	String initCreationForm(@PathVariable long tenderId, Model model) {
		return show(tenderId, null, new EventForm(), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/events/new")
	String processCreationForm(@PathVariable long tenderId, @Valid @ModelAttribute("event") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long id = this.editing.create(tenderId, form, result);
		if (id == null) {
			return show(tenderId, null, form, model);
		}
		redirect.addFlashAttribute("saved", "Event added");
		return "redirect:/tenders/" + tenderId + "#timeline";
	}

	@GetMapping("/admin/tenders/{tenderId}/events/{eventId}/edit")
	String initUpdateForm(@PathVariable long tenderId, @PathVariable long eventId, Model model) {
		return show(tenderId, eventId, this.editing.form(tenderId, eventId), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/events/{eventId}/edit")
	String processUpdateForm(@PathVariable long tenderId, @PathVariable long eventId,
			@Valid @ModelAttribute("event") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Long id = this.editing.update(tenderId, eventId, form, result);
			if (id == null) {
				return show(tenderId, eventId, form, model);
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return conflict(tenderId, eventId, form, model, response);
		}
		redirect.addFlashAttribute("saved", "Event changed");
		return "redirect:/tenders/" + tenderId + "#timeline";
	}

	@PostMapping("/admin/tenders/{tenderId}/events/{eventId}/delete")
	String processDeletion(@PathVariable long tenderId, @PathVariable long eventId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.editing.delete(tenderId, eventId);
		}
		catch (EventRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("tender", this.editing.tender(tenderId));
			model.addAttribute("reason", ex.getMessage());
			return "admin/events/refused";
		}
		redirect.addFlashAttribute("saved", "Event removed");
		return "redirect:/tenders/" + tenderId + "#timeline";
	}

	private String conflict(long tenderId, long eventId, EventForm form, Model model, HttpServletResponse response) {
		form.setVersion(this.conflicts.prepare(AuditEntity.EVENT, eventId,
				EditConflicts.parseVersion(form.getVersion()), this.editing.currentVersion(tenderId, eventId), form,
				this.editing.form(tenderId, eventId), model, response));
		return show(tenderId, eventId, form, model);
	}

	private String show(long tenderId, Long eventId, EventForm form, Model model) {
		model.addAttribute("tender", this.editing.tender(tenderId));
		model.addAttribute("eventId", eventId);
		model.addAttribute("event", form);
		model.addAttribute("types", types());
		model.addAttribute("qualifiers", qualifiers());
		model.addAttribute("sources", this.editing.sourceOptions(eventId));
		return FORM;
	}

	private static Map<String, String> types() {
		Map<String, String> types = new LinkedHashMap<>();
		for (EventType type : EventType.values()) {
			types.put(type.name(), type.label());
		}
		return types;
	}

	private static Map<String, String> qualifiers() {
		Map<String, String> qualifiers = new LinkedHashMap<>();
		qualifiers.put(DateQualifier.ON.name(), "On this date");
		qualifiers.put(DateQualifier.BY.name(), "By this date (no later than)");
		return qualifiers;
	}

}
