package io.github.nhstendertracker.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.money.ValueText;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ReportedFigure;
import io.github.nhstendertracker.tender.ReportedFigureRepository;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderRepository;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a tender brings to the {@link EditPipeline}: its checks ({@link TenderChecks}),
 * how a checked form maps onto it and back, its audit snapshot, and, once saved, the
 * value recorded as the chosen source reported it. The status is never set by hand: it
 * follows from the events and the clock, and is refreshed once saved, since a duration
 * moves the contract's end.
 */
@Component
public class TenderEdits implements Editable<Tender, TenderForm, TenderEdits.Change> {

	private final TenderRepository tenders;

	private final ReportedFigureRepository figures;

	private final EntityManager entityManager;

	private final TenderChecks checks;

	private final MoneyFormat money;

	private final StatusTrail statusTrail;

	TenderEdits(TenderRepository tenders, ReportedFigureRepository figures, EntityManager entityManager,
			TenderChecks checks, MoneyFormat money, StatusTrail statusTrail) {
		this.tenders = tenders;
		this.figures = figures;
		this.entityManager = entityManager;
		this.checks = checks;
		this.money = money;
		this.statusTrail = statusTrail;
	}

	/**
	 * A tender form once read: the form itself and what it was understood to say.
	 *
	 * @param form the form as sent
	 * @param check what it was understood to say
	 */
	public record Change(TenderForm form, TenderCheck check) {
	}

	@Override
	public AuditEntity type() {
		return AuditEntity.TENDER;
	}

	@Override
	public Optional<Tender> find(RecordKey key) {
		return (key.id() != null) ? this.tenders.findForEditById(key.id()) : Optional.empty();
	}

	@Override
	public Change check(TenderForm form, RecordKey key, Tender current, Errors errors) {
		return new Change(form, this.checks.check(form, key.id(), errors));
	}

	@Override
	public Tender newRecord(RecordKey key, Change change) {
		return new Tender(change.form().getTitle().trim(), change.form().getDescription().trim());
	}

	@Override
	public void apply(Tender tender, Change change) {
		TenderForm form = change.form();
		TenderCheck check = change.check();
		// Set only what changed, so an unchanged save leaves the version alone.
		setIfChanged(tender.getTitle(), form.getTitle().trim(), tender::setTitle);
		setIfChanged(tender.getDescription(), form.getDescription().trim(), tender::setDescription);
		setIfChanged(tender.getContractModel(), Choices.of(ContractModel.class, form.getContractModel()),
				tender::setContractModel);
		setIfChanged(tender.getNhsRegion(), Choices.of(NhsRegion.class, form.getNhsRegion()), tender::setNhsRegion);
		setIfChanged(tender.getItlRegion(), Choices.of(ItlRegion.class, form.getItlRegion()), tender::setItlRegion);
		Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
		form.getServiceAreas().forEach((area) -> areas.add(ServiceArea.valueOf(area.strip())));
		if (!tender.getServiceAreas().equals(areas)) {
			tender.getServiceAreas().retainAll(areas);
			tender.getServiceAreas().addAll(areas);
		}
		Set<Long> chosen = check.commissioners().stream().map(Ref::id).collect(Collectors.toSet());
		Set<Long> current = tender.getCommissioners().stream().map(Commissioner::getId).collect(Collectors.toSet());
		if (!current.equals(chosen)) {
			tender.getCommissioners().removeIf((commissioner) -> !chosen.contains(commissioner.getId()));
			chosen.stream()
				.filter((id) -> !current.contains(id))
				.forEach(
						(id) -> tender.getCommissioners().add(this.entityManager.getReference(Commissioner.class, id)));
		}
		Long parentId = (check.parent() != null) ? check.parent().id() : null;
		Long currentParentId = (tender.getParent() != null) ? tender.getParent().getId() : null;
		if (!Objects.equals(parentId, currentParentId)) {
			tender.setParent((parentId != null) ? this.entityManager.getReference(Tender.class, parentId) : null);
		}
		if (!sameValue(tender.getValue(), check.value())) {
			tender.setValue(check.value());
		}
		check.openData().applyTo(tender);
	}

	/**
	 * Refreshes the status, and records the value as its source reported it unless that
	 * source already did.
	 */
	@Override
	public void saved(Tender tender, Change change, AuditTrail trail) {
		this.statusTrail.refresh(tender, trail);
		TenderCheck check = change.check();
		if (check.source() == null || !check.value().known()) {
			return;
		}
		boolean known = this.figures.findByTenderId(tender.getId())
			.stream()
			.anyMatch((figure) -> figure.getSource().getId().equals(check.source().id())
					&& sameValue(figure.getValue(), check.value()));
		if (known) {
			return;
		}
		Source source = this.entityManager.getReference(Source.class, check.source().id());
		ReportedFigure figure = this.figures.saveAndFlush(new ReportedFigure(tender, source, check.value(), null));
		if (tender.getSources().stream().noneMatch((s) -> s.getId().equals(check.source().id()))) {
			tender.getSources().add(source);
			this.entityManager.flush();
		}
		Map<String, String> after = new LinkedHashMap<>();
		after.put("Source", check.source().name());
		after.put("Value", check.valueUnderstood());
		after.put("Duration",
				this.money.duration(check.value().durationMinMonths(), check.value().durationMaxMonths()));
		trail.record(AuditAction.CREATE, AuditEntity.FIGURE, figure.getId(), null, "Value of " + tender.getTitle(),
				tender.getId(), FieldChange.created(after));
	}

	@Override
	public Map<String, String> snapshot(Tender tender) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Title", tender.getTitle());
		fields.put("Description", tender.getDescription());
		fields.put("Contract model", (tender.getContractModel() != null) ? tender.getContractModel().label() : null);
		fields.put("NHS region", (tender.getNhsRegion() != null) ? tender.getNhsRegion().label() : null);
		fields.put("ITL region", (tender.getItlRegion() != null) ? tender.getItlRegion().label() : null);
		fields.put("Service areas",
				tender.getServiceAreas().stream().sorted().map(ServiceArea::label).collect(Collectors.joining(", ")));
		fields.put("Commissioners",
				tender.getCommissioners()
					.stream()
					.map(Commissioner::getName)
					.sorted()
					.collect(Collectors.joining("; ")));
		ContractValue value = tender.getValue();
		fields.put("Value", value.known() ? ValueText.understood(value, this.money) : null);
		fields.put("Duration", this.money.duration(value.durationMinMonths(), value.durationMaxMonths()));
		Tender parent = tender.getParent();
		fields.put("Part of", (parent != null) ? parent.getId() + ": " + parent.getTitle() : null);
		fields.putAll(TenderOpenData.snapshot(tender));
		return fields;
	}

	/** The form for editing a tender, with its value written as text that reads back. */
	@Override
	public TenderForm formOf(Tender tender) {
		TenderForm form = new TenderForm();
		form.setTitle(tender.getTitle());
		form.setDescription(tender.getDescription());
		form.setContractModel(Choices.name(tender.getContractModel()));
		form.setNhsRegion(Choices.name(tender.getNhsRegion()));
		form.setItlRegion(Choices.name(tender.getItlRegion()));
		form.setServiceAreas(new ArrayList<>(tender.getServiceAreas().stream().map(Enum::name).sorted().toList()));
		form.setCommissionerIds(new ArrayList<>(tender.getCommissioners()
			.stream()
			.sorted(Comparator.comparing(Commissioner::getName))
			.map((commissioner) -> String.valueOf(commissioner.getId()))
			.toList()));
		ContractValue value = tender.getValue();
		form.setValue(ValueText.write(value, this.money));
		form.setDuration(this.money.duration(value.durationMinMonths(), value.durationMaxMonths()));
		form.setParentId((tender.getParent() != null) ? String.valueOf(tender.getParent().getId()) : null);
		TenderOpenData.fill(form, tender);
		form.setVersion(String.valueOf(tender.getVersion()));
		return form;
	}

	@Override
	public long idOf(Tender tender) {
		return tender.getId();
	}

	@Override
	public long versionOf(Tender tender) {
		return tender.getVersion();
	}

	@Override
	public String labelOf(Tender tender) {
		return tender.getTitle();
	}

	@Override
	public Long tenderIdOf(Tender tender) {
		return tender.getId();
	}

	static boolean sameValue(ContractValue a, ContractValue b) {
		return same(a.low(), b.low()) && same(a.high(), b.high()) && a.highOpen() == b.highOpen()
				&& a.basis() == b.basis() && Objects.equals(a.durationMinMonths(), b.durationMinMonths())
				&& Objects.equals(a.durationMaxMonths(), b.durationMaxMonths());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static <T> void setIfChanged(T was, T now, java.util.function.Consumer<T> setter) {
		if (!Objects.equals(was, now)) {
			setter.accept(now);
		}
	}

}
