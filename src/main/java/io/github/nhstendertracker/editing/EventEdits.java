package io.github.nhstendertracker.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.event.TenderEvent;
import io.github.nhstendertracker.event.TenderEventRepository;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.event.TenderLifecycle;
import io.github.nhstendertracker.event.TenderLifecycle.Problem;
import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.source.Source;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a tender's event brings to the {@link EditPipeline}. The tender is locked first,
 * so two changes to one timeline are checked one after the other; the form is read by
 * {@link EventChecks}; the timeline with the change must make sense to
 * {@link TenderLifecycle}; and once the event is saved or removed the tender's status is
 * recomputed from its events and audited when it moved.
 */
@Component
public class EventEdits implements Editable<TenderEvent, EventForm, EventChecks.Parsed> {

	private final TenderEventRepository events;

	private final TenderEvents timelines;

	private final TenderEntries tenders;

	private final EventChecks checks;

	private final PartialDates dates;

	private final StatusTrail statusTrail;

	EventEdits(TenderEventRepository events, TenderEvents timelines, TenderEntries tenders, EventChecks checks,
			PartialDates dates, StatusTrail statusTrail) {
		this.events = events;
		this.timelines = timelines;
		this.tenders = tenders;
		this.checks = checks;
		this.dates = dates;
		this.statusTrail = statusTrail;
	}

	@Override
	public AuditEntity type() {
		return AuditEntity.EVENT;
	}

	/** The sources an event can cite, id to label, newest first. */
	public Map<String, String> sourceOptions(Long eventId) {
		return this.checks.sourceOptions(eventId);
	}

	@Override
	public void lock(RecordKey key) {
		this.tenders.lock(key.tenderId());
	}

	@Override
	public Optional<TenderEvent> find(RecordKey key) {
		return (key.id() == null) ? Optional.empty()
				: this.events.findById(key.id()).filter((event) -> event.getTender().getId().equals(key.tenderId()));
	}

	@Override
	public EventChecks.Parsed check(EventForm form, RecordKey key, TenderEvent current, Errors errors) {
		EventChecks.Parsed parsed = this.checks.parse(form, key.id(), errors);
		if (parsed == null) {
			return null;
		}
		List<Step> before = this.timelines.lifecycle(key.tenderId());
		Step changed = parsed.step(key.id());
		List<Step> after = new ArrayList<>(before.stream().filter((step) -> !step.id().equals(key.id())).toList());
		after.add(changed);
		Optional<Problem> problem = TenderLifecycle.newProblem(before, after, key.id());
		problem.ifPresent((p) -> errors.rejectValue(p.field(), "lifecycle", p.explain(changed)));
		return parsed;
	}

	@Override
	public TenderEvent newRecord(RecordKey key, EventChecks.Parsed parsed) {
		return new TenderEvent(this.tenders.lock(key.tenderId()), parsed.type(), parsed.date().date(),
				parsed.date().precision(), parsed.expected(), parsed.description());
	}

	@Override
	public void apply(TenderEvent event, EventChecks.Parsed parsed) {
		event.update(parsed.type(), parsed.date().date(), parsed.date().precision(), parsed.qualifier(),
				parsed.expected(), parsed.description(), parsed.sources());
	}

	@Override
	public void saved(TenderEvent event, EventChecks.Parsed parsed, AuditTrail trail) {
		this.statusTrail.refresh(event.getTender(), trail);
	}

	@Override
	public void checkRemoval(TenderEvent event, RecordKey key) {
		List<Step> before = this.timelines.lifecycle(key.tenderId());
		List<Step> after = before.stream().filter((step) -> !step.id().equals(event.getId())).toList();
		TenderLifecycle.newProblem(before, after, event.getId()).ifPresent((problem) -> {
			throw new RefusedException("You cannot remove this event. " + problem.explain(null) + ".");
		});
	}

	@Override
	public void removed(TenderEvent event, RecordKey key, AuditTrail trail) {
		this.statusTrail.refresh(event.getTender(), trail);
	}

	@Override
	public EventForm formOf(TenderEvent event) {
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
		form.setTiming(event.isExpected() ? EventChecks.EXPECTED : EventChecks.HAPPENED);
		form.setDescription(event.getDescription());
		form.setSourceIds(event.getSources()
			.stream()
			.map((source) -> String.valueOf(source.getId()))
			.collect(Collectors.toCollection(ArrayList::new)));
		form.setVersion(String.valueOf(event.getVersion()));
		return form;
	}

	@Override
	public Map<String, String> snapshot(TenderEvent event) {
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

	@Override
	public long idOf(TenderEvent event) {
		return event.getId();
	}

	@Override
	public long versionOf(TenderEvent event) {
		return event.getVersion();
	}

	@Override
	public String labelOf(TenderEvent event) {
		return event.getType().label() + " ("
				+ this.dates.format(event.getEventDate(), event.getDatePrecision(), event.getDateQualifier()) + ")";
	}

	@Override
	public Long tenderIdOf(TenderEvent event) {
		return event.getTender().getId();
	}

}
