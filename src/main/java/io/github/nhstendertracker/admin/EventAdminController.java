package io.github.nhstendertracker.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.EventEdits;
import io.github.nhstendertracker.editing.EventForm;
import io.github.nhstendertracker.editing.RecordKey;
import io.github.nhstendertracker.editing.RefusedException;
import io.github.nhstendertracker.editing.TenderEntries;
import io.github.nhstendertracker.event.EventType;
import jakarta.servlet.http.HttpServletResponse;

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
 * {@link EventEdits}; every save goes through the {@link EditPipeline}; this class only
 * moves between pages.
 */
@Controller
class EventAdminController {

	private static final String FORM = "admin/events/form";

	private final EditPipeline edits;

	private final EventEdits events;

	private final TenderEntries tenders;

	private final EditConflicts conflicts;

	EventAdminController(EditPipeline edits, EventEdits events, TenderEntries tenders, EditConflicts conflicts) {
		this.edits = edits;
		this.events = events;
		this.tenders = tenders;
		this.conflicts = conflicts;
	}

	@GetMapping("/admin/tenders/{tenderId}/events/new")
	String initCreationForm(@PathVariable long tenderId, Model model) {
		return show(tenderId, null, new EventForm(), model);
	}

	@PostMapping("/admin/tenders/{tenderId}/events/new")
	String processCreationForm(@PathVariable long tenderId, @ModelAttribute("event") EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EditResult<?> saved = this.edits.create(this.events, RecordKey.inTender(tenderId, null), form, result,
				Actor.signedIn());
		if (!saved.isSaved()) {
			return show(tenderId, null, form, model);
		}
		redirect.addFlashAttribute("saved", "Event added");
		return "redirect:/tenders/" + tenderId + "#timeline";
	}

	@GetMapping("/admin/tenders/{tenderId}/events/{eventId}/edit")
	String initUpdateForm(@PathVariable long tenderId, @PathVariable long eventId, Model model) {
		EventForm form = this.edits.currentForm(this.events, RecordKey.inTender(tenderId, eventId));
		return show(tenderId, eventId, form, model);
	}

	@PostMapping("/admin/tenders/{tenderId}/events/{eventId}/edit")
	String processUpdateForm(@PathVariable long tenderId, @PathVariable long eventId,
			@ModelAttribute("event") EventForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RecordKey key = RecordKey.inTender(tenderId, eventId);
		EditResult<?> saved = this.edits.update(this.events, key, form, result, Actor.signedIn());
		if (saved.isConflict()) {
			this.conflicts.prepare(this.events, key, saved, form, model, response);
		}
		if (!saved.isSaved()) {
			return show(tenderId, eventId, form, model);
		}
		redirect.addFlashAttribute("saved", "Event changed");
		return "redirect:/tenders/" + tenderId + "#timeline";
	}

	@PostMapping("/admin/tenders/{tenderId}/events/{eventId}/delete")
	String processDeletion(@PathVariable long tenderId, @PathVariable long eventId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.edits.delete(this.events, RecordKey.inTender(tenderId, eventId), Actor.signedIn());
		}
		catch (RefusedException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("tender", this.tenders.tender(tenderId));
			model.addAttribute("reason", ex.getMessage());
			return "admin/events/refused";
		}
		redirect.addFlashAttribute("saved", "Event removed");
		return "redirect:/tenders/" + tenderId + "#timeline";
	}

	private String show(long tenderId, Long eventId, EventForm form, Model model) {
		model.addAttribute("tender", this.tenders.tender(tenderId));
		model.addAttribute("eventId", eventId);
		model.addAttribute("event", form);
		model.addAttribute("types", Options.of(EventType.values(), EventType::label));
		model.addAttribute("qualifiers", qualifiers());
		model.addAttribute("sources", this.events.sourceOptions(eventId));
		return FORM;
	}

	private static Map<String, String> qualifiers() {
		Map<String, String> qualifiers = new LinkedHashMap<>();
		qualifiers.put(DateQualifier.ON.name(), "On this date");
		qualifiers.put(DateQualifier.BY.name(), "By this date (no later than)");
		return qualifiers;
	}

}
