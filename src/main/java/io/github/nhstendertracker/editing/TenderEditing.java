package io.github.nhstendertracker.editing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.money.DurationText;
import io.github.nhstendertracker.tender.ReportedFigure;
import io.github.nhstendertracker.tender.ReportedFigureRepository;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderRepository;
import io.github.nhstendertracker.money.ValueText;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, edits, archives and restores tenders, with the rules the form alone cannot
 * check: choices that exist, a readable value, no duplicate (the same title with a shared
 * commissioner), and no edit over someone else's. Each save is one transaction with its
 * audit record. The status is never set here: it follows from the events.
 */
@Service
public class TenderEditing {

	private final TenderRepository tenders;

	private final ReportedFigureRepository figures;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final MoneyFormat money;

	private final Clock clock;

	TenderEditing(TenderRepository tenders, ReportedFigureRepository figures, EntityManager entityManager,
			JdbcClient jdbc, AuditLog audit, MoneyFormat money, Clock clock) {
		this.tenders = tenders;
		this.figures = figures;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.audit = audit;
		this.money = money;
		this.clock = clock;
	}

	/**
	 * The result of a save.
	 *
	 * @param id the tender's id, or null if the form had errors and nothing was saved
	 * @param check what the form was understood to say
	 */
	public record Outcome(Long id, TenderCheck check) {

		public boolean saved() {
			return this.id != null;
		}

	}

	/**
	 * Reads the form and reports every problem on {@code errors}; saves nothing.
	 * @param tenderId the tender being edited, or null for a new one
	 */
	@Transactional(readOnly = true)
	public TenderCheck check(TenderForm form, Errors errors, Long tenderId) {
		reject(errors, "title", containsNul(form.getTitle()), "Title must not contain hidden control characters");
		reject(errors, "description", containsNul(form.getDescription()),
				"Description must not contain hidden control characters");
		choice(ContractModel.class, form.getContractModel(), errors, "contractModel",
				"Choose a contract model from the list");
		choice(NhsRegion.class, form.getNhsRegion(), errors, "nhsRegion", "Choose an NHS region from the list");
		choice(ItlRegion.class, form.getItlRegion(), errors, "itlRegion", "Choose an ITL region from the list");
		for (String area : form.getServiceAreas()) {
			choice(ServiceArea.class, area, errors, "serviceAreas", "Choose service areas from the list");
		}
		List<Ref> commissioners = commissioners(form, errors);
		ValueText.Reading value = null;
		try {
			value = ValueText.read(form.getValue()).orElse(null);
		}
		catch (ValueText.UnreadableException ex) {
			reject(errors, "value", true, ex.getMessage());
		}
		DurationText.Reading duration = null;
		try {
			duration = DurationText.read(form.getDuration()).orElse(null);
		}
		catch (ValueText.UnreadableException ex) {
			reject(errors, "duration", true, ex.getMessage());
		}
		ContractValue contractValue = contractValue(value, duration);
		Ref source = source(form, value, errors);
		Ref parent = parent(form, tenderId, errors);
		Ref duplicate = duplicate(form, commissioners, tenderId);
		reject(errors, "title", duplicate != null,
				"A tender with this title and commissioner already exists – open it to change it");
		String durationText = this.money.duration(contractValue.durationMinMonths(), contractValue.durationMaxMonths());
		return new TenderCheck(contractValue, ValueText.understood(contractValue, this.money),
				durationText.isEmpty() ? "Not known" : durationText, commissioners, source, parent, duplicate);
	}

	/** Creates a tender from a form, or reports why not on {@code errors}. */
	@Transactional
	public Outcome create(TenderForm form, Errors errors) {
		TenderCheck check = check(form, errors, null);
		if (errors.hasErrors()) {
			return new Outcome(null, check);
		}
		Tender tender = new Tender(form.getTitle().trim(), form.getDescription().trim());
		apply(tender, form, check);
		this.tenders.saveAndFlush(tender);
		this.audit.record(AuditAction.CREATE, AuditEntity.TENDER, tender.getId(), tender.getVersion(),
				tender.getTitle(), tender.getId(), FieldChange.created(snapshot(tender)));
		addFigure(tender, check);
		return new Outcome(tender.getId(), check);
	}

	/**
	 * Saves an edit, or reports why not on {@code errors}.
	 * @throws EditConflictException if the tender changed since the form's version;
	 * nothing is saved
	 * @throws NotFoundException if there is no such tender
	 */
	@Transactional(noRollbackFor = EditConflictException.class)
	public Outcome update(long id, TenderForm form, Errors errors) {
		Tender tender = this.tenders.findForEditById(id).orElseThrow(() -> new NotFoundException("tender", id));
		Long formVersion = number(form.getVersion());
		if (formVersion == null) {
			errors.reject("version", "Open the tender again from its page, then make your change");
			return new Outcome(null, null);
		}
		if (formVersion != tender.getVersion()) {
			throw new EditConflictException(AuditEntity.TENDER, id, formVersion, tender.getVersion());
		}
		TenderCheck check = check(form, errors, id);
		if (errors.hasErrors()) {
			return new Outcome(null, check);
		}
		Map<String, String> before = snapshot(tender);
		if (!tender.getTitle().equals(form.getTitle().trim())) {
			tender.setTitle(form.getTitle().trim());
		}
		if (!tender.getDescription().equals(form.getDescription().trim())) {
			tender.setDescription(form.getDescription().trim());
		}
		apply(tender, form, check);
		// The tender is managed: flush rather than save, since merging it again would
		// mark its collections changed and raise the version for nothing.
		this.entityManager.flush();
		this.audit.record(AuditAction.UPDATE, AuditEntity.TENDER, id, tender.getVersion(), tender.getTitle(), id,
				FieldChange.between(before, snapshot(tender)));
		addFigure(tender, check);
		return new Outcome(id, check);
	}

	/** The form for editing a tender, with its value written as text that reads back. */
	@Transactional(readOnly = true)
	public TenderForm formFor(long id) {
		Tender tender = this.tenders.findForEditById(id).orElseThrow(() -> new NotFoundException("tender", id));
		TenderForm form = new TenderForm();
		form.setTitle(tender.getTitle());
		form.setDescription(tender.getDescription());
		form.setContractModel(name(tender.getContractModel()));
		form.setNhsRegion(name(tender.getNhsRegion()));
		form.setItlRegion(name(tender.getItlRegion()));
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
		form.setVersion(String.valueOf(tender.getVersion()));
		return form;
	}

	/** The tender's id, title, version and whether it is archived, for the edit page. */
	@Transactional(readOnly = true)
	public TenderState state(long id) {
		return this.jdbc
			.sql("select id, title, version, archived_at is not null as archived from tender where id = :id")
			.param("id", id)
			.query((rs, row) -> new TenderState(rs.getLong("id"), rs.getString("title"), rs.getLong("version"),
					rs.getBoolean("archived")))
			.optional()
			.orElseThrow(() -> new NotFoundException("tender", id));
	}

	/**
	 * What the edit page needs to know about the tender itself.
	 *
	 * @param id the tender's id
	 * @param title its title as saved
	 * @param version its current version
	 * @param archived whether it is archived
	 */
	public record TenderState(long id, String title, long version, boolean archived) {

	}

	/** Archives a tender: it leaves the public pages until restored. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public TenderState archive(long id) {
		Tender tender = this.tenders.findById(id).orElseThrow(() -> new NotFoundException("tender", id));
		if (!tender.isArchived()) {
			tender.archive(this.clock.instant());
			this.entityManager.flush();
			this.audit.record(AuditAction.ARCHIVE, AuditEntity.TENDER, id, tender.getVersion(), tender.getTitle(), id,
					FieldChange.between(Map.of("Archived", "No"), Map.of("Archived", "Yes")));
		}
		return new TenderState(id, tender.getTitle(), tender.getVersion(), true);
	}

	/** Restores an archived tender to the public pages. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public TenderState restore(long id) {
		Tender tender = this.tenders.findById(id).orElseThrow(() -> new NotFoundException("tender", id));
		if (tender.isArchived()) {
			tender.restore();
			this.entityManager.flush();
			this.audit.record(AuditAction.RESTORE, AuditEntity.TENDER, id, tender.getVersion(), tender.getTitle(), id,
					FieldChange.between(Map.of("Archived", "Yes"), Map.of("Archived", "No")));
		}
		return new TenderState(id, tender.getTitle(), tender.getVersion(), false);
	}

	private void apply(Tender tender, TenderForm form, TenderCheck check) {
		ContractModel model = enumOrNull(ContractModel.class, form.getContractModel());
		if (tender.getContractModel() != model) {
			tender.setContractModel(model);
		}
		NhsRegion nhsRegion = enumOrNull(NhsRegion.class, form.getNhsRegion());
		if (tender.getNhsRegion() != nhsRegion) {
			tender.setNhsRegion(nhsRegion);
		}
		ItlRegion itlRegion = enumOrNull(ItlRegion.class, form.getItlRegion());
		if (tender.getItlRegion() != itlRegion) {
			tender.setItlRegion(itlRegion);
		}
		Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
		form.getServiceAreas().forEach((area) -> areas.add(ServiceArea.valueOf(area)));
		if (!tender.getServiceAreas().equals(areas)) {
			tender.getServiceAreas().retainAll(areas);
			tender.getServiceAreas().addAll(areas);
		}
		Set<Long> commissionerIds = check.commissioners().stream().map(Ref::id).collect(Collectors.toSet());
		Set<Long> currentIds = tender.getCommissioners().stream().map(Commissioner::getId).collect(Collectors.toSet());
		if (!currentIds.equals(commissionerIds)) {
			tender.getCommissioners().removeIf((commissioner) -> !commissionerIds.contains(commissioner.getId()));
			commissionerIds.stream()
				.filter((commissionerId) -> !currentIds.contains(commissionerId))
				.forEach((commissionerId) -> tender.getCommissioners()
					.add(this.entityManager.getReference(Commissioner.class, commissionerId)));
		}
		Long parentId = (check.parent() != null) ? check.parent().id() : null;
		Long currentParentId = (tender.getParent() != null) ? tender.getParent().getId() : null;
		if (!Objects.equals(parentId, currentParentId)) {
			tender.setParent((parentId != null) ? this.entityManager.getReference(Tender.class, parentId) : null);
		}
		if (!sameValue(tender.getValue(), check.value())) {
			tender.setValue(check.value());
		}
	}

	/** Records the value as its source reported it, unless that source already did. */
	private void addFigure(Tender tender, TenderCheck check) {
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
		boolean mentioned = tender.getSources().stream().anyMatch((s) -> s.getId().equals(check.source().id()));
		if (!mentioned) {
			tender.getSources().add(source);
			this.entityManager.flush();
		}
		Map<String, String> after = new LinkedHashMap<>();
		after.put("Source", check.source().name());
		after.put("Value", check.valueUnderstood());
		after.put("Duration",
				this.money.duration(check.value().durationMinMonths(), check.value().durationMaxMonths()));
		this.audit.record(AuditAction.CREATE, AuditEntity.FIGURE, figure.getId(), null, "Value of " + tender.getTitle(),
				tender.getId(), FieldChange.created(after));
	}

	/** The tender's fields as the form labels them, as text: for the audit. */
	private Map<String, String> snapshot(Tender tender) {
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
		return fields;
	}

	private List<Ref> commissioners(TenderForm form, Errors errors) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String text : form.getCommissionerIds()) {
			if (text == null || text.isBlank()) {
				continue;
			}
			Long id = number(text);
			if (id == null) {
				reject(errors, "commissionerIds", true, "Choose commissioners from the list");
				return List.of();
			}
			ids.add(id);
		}
		if (ids.isEmpty()) {
			reject(errors, "commissionerIds", true, "Choose at least one commissioner");
			return List.of();
		}
		List<Ref> found = this.jdbc
			.sql("select id, name from commissioner where id = any(:ids) and archived_at is null order by name, id")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("name")))
			.list();
		reject(errors, "commissionerIds", found.size() != ids.size(), "Choose commissioners from the list");
		return found;
	}

	private Ref source(TenderForm form, ValueText.Reading value, Errors errors) {
		if (form.getSourceId() == null || form.getSourceId().isBlank()) {
			return null;
		}
		Long id = number(form.getSourceId());
		Ref source = (id == null) ? null
				: this.jdbc.sql("select id, title from source where id = :id and archived_at is null")
					.param("id", id)
					.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("title")))
					.optional()
					.orElse(null);
		reject(errors, "sourceId", source == null, "Choose a source from the list");
		reject(errors, "sourceId", source != null && value == null && !errors.hasFieldErrors("value"),
				"Enter the value this source reported, or choose no source");
		return source;
	}

	private Ref parent(TenderForm form, Long tenderId, Errors errors) {
		if (form.getParentId() == null || form.getParentId().isBlank()) {
			return null;
		}
		Long id = number(form.getParentId().trim().replaceFirst("^#", ""));
		if (id == null) {
			reject(errors, "parentId", true, "Enter the parent tender's number, like 12");
			return null;
		}
		if (id.equals(tenderId)) {
			reject(errors, "parentId", true, "A tender cannot be part of itself");
			return null;
		}
		Ref parent = this.jdbc.sql("select id, title from tender where id = :id and archived_at is null")
			.param("id", id)
			.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("title")))
			.optional()
			.orElse(null);
		if (parent == null) {
			reject(errors, "parentId", true, "There is no tender number " + id);
			return null;
		}
		if (tenderId != null) {
			boolean cycle = this.jdbc.sql("""
					with recursive up(id, parent_id) as (
					    select id, parent_id from tender where id = :parent
					    union select t.id, t.parent_id from tender t join up on t.id = up.parent_id)
					select exists (select 1 from up where id = :self)""")
				.param("parent", id)
				.param("self", tenderId)
				.query(Boolean.class)
				.single();
			reject(errors, "parentId", cycle, "Tender " + id + " is already part of this tender");
		}
		return parent;
	}

	private Ref duplicate(TenderForm form, List<Ref> commissioners, Long tenderId) {
		if (form.getTitle() == null || form.getTitle().isBlank() || commissioners.isEmpty()) {
			return null;
		}
		return this.jdbc.sql("""
				select t.id, t.title from tender t
				where lower(trim(t.title)) = lower(trim(:title)) and t.archived_at is null
				  and t.id <> coalesce(:self, -1)
				  and exists (select 1 from tender_commissioner tc
				              where tc.tender_id = t.id and tc.commissioner_id = any(:ids))
				order by t.id limit 1""")
			.param("title", form.getTitle())
			.param("self", tenderId)
			.param("ids", commissioners.stream().map(Ref::id).toArray(Long[]::new))
			.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("title")))
			.optional()
			.orElse(null);
	}

	private static ContractValue contractValue(ValueText.Reading value, DurationText.Reading duration) {
		Integer min = (duration != null) ? duration.minMonths() : null;
		Integer max = (duration != null) ? duration.maxMonths() : null;
		if (value == null) {
			return new ContractValue(null, null, false, null, min, max);
		}
		return new ContractValue(pounds(value.low()), pounds(value.high()), value.highOpen(), value.basis(), min, max);
	}

	private static BigDecimal pounds(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.HALF_UP) : null;
	}

	static boolean sameValue(ContractValue a, ContractValue b) {
		return same(a.low(), b.low()) && same(a.high(), b.high()) && a.highOpen() == b.highOpen()
				&& a.basis() == b.basis() && Objects.equals(a.durationMinMonths(), b.durationMinMonths())
				&& Objects.equals(a.durationMaxMonths(), b.durationMaxMonths());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static <E extends Enum<E>> void choice(Class<E> type, String text, Errors errors, String field,
			String message) {
		if (text != null && !text.isBlank() && enumOrNull(type, text) == null) {
			reject(errors, field, true, message);
		}
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		return null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static Long number(String text) {
		if (text == null || !text.trim().matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(text.trim());
	}

	private static boolean containsNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	/** Rejects a field once: the first problem found is the one shown. */
	private static void reject(Errors errors, String field, boolean when, String message) {
		if (when && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "invalid", message);
		}
	}

}
