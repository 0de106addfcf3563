package io.github.nhstendertracker.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.editing.PartialDateInput.PartialDate;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.source.Source;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads the event form field by field: a type from the list, happened or expected, a date
 * at the precision given (not in the future for an event that has happened), a
 * description of sensible length, and sources from the list (at least one for an event
 * that has happened, so every fact is traced).
 */
@Component
class EventChecks {

	static final String HAPPENED = EventForm.HAPPENED;

	static final String EXPECTED = EventForm.EXPECTED;

	static final int DESCRIPTION_MAX = 2000;

	/** The sources an event already cites, by the event's id. */
	private static final String CITED = "select source_id from tender_event_source where event_id = :id";

	private final EntityManager entityManager;

	private final TenderEntries tenders;

	private final Clock clock;

	EventChecks(EntityManager entityManager, TenderEntries tenders, Clock clock) {
		this.entityManager = entityManager;
		this.tenders = tenders;
		this.clock = clock;
	}

	/**
	 * A form that passed every field check.
	 *
	 * @param type what happened
	 * @param date when, at its precision
	 * @param qualifier on or by the date
	 * @param expected whether it is only expected
	 * @param description what happened, in words
	 * @param sources the sources that report it
	 */
	record Parsed(EventType type, PartialDate date, DateQualifier qualifier, boolean expected, String description,
			Set<Source> sources) {

		Step step(Long id) {
			return new Step(id, this.type, this.date.date(), this.date.precision(), this.expected);
		}

	}

	/** The sources an event can cite: every source not archived, and those it cites. */
	Map<String, String> sourceOptions(Long eventId) {
		return this.tenders.sourceOptions(CITED, eventId);
	}

	/** Checks every field; returns null when {@code errors} holds a problem. */
	Parsed parse(EventForm form, Long eventId, Errors errors) {
		EventType type = Choices.of(EventType.class, form.getType());
		if (form.getType() != null && !form.getType().isBlank() && type == null) {
			errors.rejectValue("type", "invalid", "Select the type of event");
		}
		boolean expected = EXPECTED.equals(form.getTiming());
		if (form.getTiming() != null && !form.getTiming().isBlank() && !expected
				&& !HAPPENED.equals(form.getTiming())) {
			errors.rejectValue("timing", "invalid", "Select whether the event has happened or is expected");
		}
		DateQualifier qualifier = (form.getDateQualifier() == null || form.getDateQualifier().isBlank())
				? DateQualifier.ON : Choices.of(DateQualifier.class, form.getDateQualifier());
		if (qualifier == null) {
			errors.rejectValue("dateQualifier", "invalid", "Select whether the event happened on or by the date");
		}
		PartialDate date = PartialDateInput.read(form.getDateDay(), form.getDateMonth(), form.getDateYear(), errors,
				"date", "date of the event");
		if (date != null && !expected && date.date().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("date", "future", "The date of an event that has happened must be today or in the past");
		}
		String description = (form.getDescription() != null) ? form.getDescription().strip() : "";
		if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
			errors.rejectValue("description", "size",
					"Description must be " + DESCRIPTION_MAX + " characters or fewer");
		}
		Set<Source> sources = sources(form.getSourceIds(), eventId, errors);
		if (sources != null && sources.isEmpty() && !expected) {
			errors.rejectValue("sourceIds", "required",
					"Select at least one source for an event that has happened, so every fact is traced to its source");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Parsed(type, date, qualifier, expected, description, sources);
	}

	private Set<Source> sources(List<String> ids, Long eventId, Errors errors) {
		List<Long> chosen = new ArrayList<>();
		for (String id : ids) {
			long parsed = EditableForm.parseVersion(id.strip());
			if (parsed < 0) {
				errors.rejectValue("sourceIds", "invalid", "Select sources from the list");
				return null;
			}
			chosen.add(parsed);
		}
		if (chosen.isEmpty()) {
			return new LinkedHashSet<>();
		}
		if (!this.tenders.citable(CITED, eventId, chosen)) {
			errors.rejectValue("sourceIds", "invalid", "Select sources from the list");
			return null;
		}
		return this.entityManager.createQuery("select s from Source s where s.id in :ids", Source.class)
			.setParameter("ids", chosen)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(Source::getId))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
