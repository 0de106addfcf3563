package io.github.nhstendertracker.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.admin.EditConflicts;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.editing.PartialDateInput.PartialDate;
import io.github.nhstendertracker.event.TenderLifecycle.Problem;
import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.TenderEvent;
import io.github.nhstendertracker.event.TenderEventRepository;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.event.TenderLifecycle;
import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, changes and removes a tender's events. Each save is one transaction: the form is
 * checked, the timeline with the change is checked by {@link TenderLifecycle}, then the
 * event is written, the tender's status recomputed and both are audited. The tender row
 * is locked first, so two editors adding events to one tender are checked one after the
 * other.
 */
@Service
public class EventEditing {

	static final String HAPPENED = "HAPPENED";

	static final String EXPECTED = "EXPECTED";

	static final int DESCRIPTION_MAX = 2000;

	private final EntityManager entityManager;

	private final TenderEventRepository events;

	private final TenderEvents tenderEvents;

	private final AuditLog audit;

	private final Clock clock;

	private final PartialDates dates;

	private final TenderEntries tenders;

	EventEditing(EntityManager entityManager, TenderEventRepository events, TenderEvents tenderEvents, AuditLog audit,
			Clock clock, PartialDates dates, TenderEntries tenders) {
		this.entityManager = entityManager;
		this.events = events;
		this.tenderEvents = tenderEvents;
		this.audit = audit;
		this.clock = clock;
		this.dates = dates;
		this.tenders = tenders;
	}

	/** The tender events can be added to, or a 404 if it is unknown or archived. */
	public Ref tender(long tenderId) {
		return this.tenders.tender(tenderId);
	}

	/** The form for an existing event, filled in from it. */
	@Transactional(readOnly = true)
	public EventForm form(long tenderId, long eventId) {
		TenderEvent event = eventOf(tenderId, eventId);
		EventForm form = new EventForm();
		form.setType(event.getType().name());
		LocalDate date = event.getEventDate();
		switch (event.getDatePrecision()) {
			case DAY -> {
				form.setDateDay(String.valueOf(date.getDayOfMonth()));
				form.setDateMonth(String.valueOf(date.getMonthValue()));
			}
			case MONTH -> form.setDateMonth(String.valueOf(date.getMonthValue()));
			case YEAR -> {
			}
		}
		form.setDateYear(String.valueOf(date.getYear()));
		form.setDateQualifier(event.getDateQualifier().name());
		form.setTiming(event.isExpected() ? EXPECTED : HAPPENED);
		form.setDescription(event.getDescription());
		form.setSourceIds(event.getSources()
			.stream()
			.map((source) -> String.valueOf(source.getId()))
			.collect(Collectors.toCollection(ArrayList::new)));
		form.setVersion(String.valueOf(event.getVersion()));
		return form;
	}

	/** The event's version now, for a form shown again after a conflict. */
	@Transactional(readOnly = true)
	public long currentVersion(long tenderId, long eventId) {
		return eventOf(tenderId, eventId).getVersion();
	}

	/**
	 * The sources an event can cite, id to label, newest first: every source not
	 * archived, and those the event already cites.
	 */
	public Map<String, String> sourceOptions(Long eventId) {
		return this.tenders.sourceOptions("select source_id from tender_event_source where event_id = :id", eventId);
	}

	/**
	 * Adds an event to a tender, if the form and the timeline allow it.
	 * @return the new event's id, or null if {@code errors} now holds why not
	 */
	@Transactional
	public Long create(long tenderId, EventForm form, Errors errors) {
		Tender tender = this.tenders.lock(tenderId);
		Parsed parsed = parse(form, null, errors);
		if (parsed == null) {
			return null;
		}
		List<Step> before = this.tenderEvents.lifecycle(tenderId);
		Step added = parsed.step(null);
		List<Step> after = new ArrayList<>(before);
		after.add(added);
		if (refused(before, after, added, null, errors)) {
			return null;
		}
		TenderEvent event = new TenderEvent(tender, parsed.type(), parsed.date().date(), parsed.date().precision(),
				parsed.expected(), parsed.description());
		event.update(parsed.type(), parsed.date().date(), parsed.date().precision(), parsed.qualifier(),
				parsed.expected(), parsed.description(), parsed.sources());
		this.events.saveAndFlush(event);
		this.audit.record(AuditAction.CREATE, AuditEntity.EVENT, event.getId(), event.getVersion(), label(event),
				tenderId, FieldChange.created(snapshot(event)));
		refreshStatus(tender);
		return event.getId();
	}

	/**
	 * Changes an event, if the form and the timeline allow it.
	 * @return the event's id, or null if {@code errors} now holds why not
	 * @throws EditConflictException if the event changed since the form was opened
	 */
	@Transactional
	public Long update(long tenderId, long eventId, EventForm form, Errors errors) {
		Tender tender = this.tenders.lock(tenderId);
		TenderEvent event = eventOf(tenderId, eventId);
		Parsed parsed = parse(form, eventId, errors);
		if (parsed == null) {
			return null;
		}
		long formVersion = EditConflicts.parseVersion(form.getVersion());
		if (formVersion != event.getVersion()) {
			throw new EditConflictException(AuditEntity.EVENT, eventId, formVersion, event.getVersion());
		}
		List<Step> before = this.tenderEvents.lifecycle(tenderId);
		Step changed = parsed.step(eventId);
		List<Step> after = new ArrayList<>(before.stream().filter((step) -> !step.id().equals(eventId)).toList());
		after.add(changed);
		if (refused(before, after, changed, eventId, errors)) {
			return null;
		}
		Map<String, String> old = snapshot(event);
		event.update(parsed.type(), parsed.date().date(), parsed.date().precision(), parsed.qualifier(),
				parsed.expected(), parsed.description(), parsed.sources());
		this.events.saveAndFlush(event);
		this.audit.record(AuditAction.UPDATE, AuditEntity.EVENT, event.getId(), event.getVersion(), label(event),
				tenderId, FieldChange.between(old, snapshot(event)));
		refreshStatus(tender);
		return event.getId();
	}

	/**
	 * Removes an event, keeping all it said in the audit.
	 * @throws EventRefusedException if the timeline would not make sense without it
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long tenderId, long eventId) {
		Tender tender = this.tenders.lock(tenderId);
		TenderEvent event = eventOf(tenderId, eventId);
		List<Step> before = this.tenderEvents.lifecycle(tenderId);
		List<Step> after = before.stream().filter((step) -> !step.id().equals(eventId)).toList();
		Optional<Problem> problem = TenderLifecycle.newProblem(before, after, eventId);
		if (problem.isPresent()) {
			throw new EventRefusedException("You cannot remove this event. " + problem.get().explain(null) + ".");
		}
		this.audit.record(AuditAction.DELETE, AuditEntity.EVENT, event.getId(), event.getVersion(), label(event),
				tenderId, FieldChange.deleted(snapshot(event)));
		this.events.delete(event);
		this.events.flush();
		refreshStatus(tender);
	}

	private boolean refused(List<Step> before, List<Step> after, Step changed, Long changedId, Errors errors) {
		Optional<Problem> problem = TenderLifecycle.newProblem(before, after, changedId);
		problem.ifPresent((p) -> errors.rejectValue(p.field(), "lifecycle", p.explain(changed)));
		return problem.isPresent();
	}

	/** Recomputes the tender's status and audits it when it moved. */
	private void refreshStatus(Tender tender) {
		TenderStatus old = tender.getStatus();
		TenderStatus now = this.tenderEvents.refreshStatus(tender);
		if (old != now) {
			this.entityManager.flush();
			this.audit.record(AuditAction.UPDATE, AuditEntity.TENDER, tender.getId(), tender.getVersion(),
					tender.getTitle(), tender.getId(), List.of(new FieldChange("Status", old.label(), now.label())));
		}
	}

	private TenderEvent eventOf(long tenderId, long eventId) {
		return this.events.findById(eventId)
			.filter((event) -> event.getTender().getId() == tenderId)
			.orElseThrow(() -> new NotFoundException("event", eventId));
	}

	/** Checks every field; returns null when {@code errors} holds a problem. */
	private Parsed parse(EventForm form, Long eventId, Errors errors) {
		EventType type = null;
		if (form.getType() != null && !form.getType().isBlank()) {
			type = enumValue(EventType.class, form.getType());
			if (type == null) {
				errors.rejectValue("type", "invalid", "Select the type of event");
			}
		}
		boolean expected = EXPECTED.equals(form.getTiming());
		if (form.getTiming() != null && !form.getTiming().isBlank() && !expected
				&& !HAPPENED.equals(form.getTiming())) {
			errors.rejectValue("timing", "invalid", "Select whether the event has happened or is expected");
		}
		DateQualifier qualifier = (form.getDateQualifier() == null || form.getDateQualifier().isBlank())
				? DateQualifier.ON : enumValue(DateQualifier.class, form.getDateQualifier());
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
		Map<String, String> options = sourceOptions(eventId);
		List<Long> chosen = new ArrayList<>();
		for (String id : ids) {
			if (!options.containsKey(id.strip())) {
				errors.rejectValue("sourceIds", "invalid", "Select sources from the list");
				return null;
			}
			chosen.add(Long.valueOf(id.strip()));
		}
		if (chosen.isEmpty()) {
			return new LinkedHashSet<>();
		}
		return this.entityManager.createQuery("select s from Source s where s.id in :ids", Source.class)
			.setParameter("ids", chosen)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(Source::getId))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	private String label(TenderEvent event) {
		return event.getType().label() + " ("
				+ this.dates.format(event.getEventDate(), event.getDatePrecision(), event.getDateQualifier()) + ")";
	}

	/** The event as the audit shows it, field label to readable value. */
	private Map<String, String> snapshot(TenderEvent event) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Type", event.getType().label());
		fields.put("Date", this.dates.format(event.getEventDate(), event.getDatePrecision(), event.getDateQualifier()));
		fields.put("Happened or expected", event.isExpected() ? "Expected" : "Happened");
		fields.put("Description", event.getDescription());
		fields.put("Sources",
				event.getSources()
					.stream()
					.sorted(Comparator.comparing(Source::getId))
					.map(Source::getTitle)
					.collect(Collectors.joining("; ")));
		return fields;
	}

	/** A form that passed every field check. */
	private record Parsed(EventType type, PartialDate date, DateQualifier qualifier, boolean expected,
			String description, Set<Source> sources) {

		Step step(Long id) {
			return new Step(id, this.type, this.date.date(), this.date.precision(), this.expected);
		}

	}

}
