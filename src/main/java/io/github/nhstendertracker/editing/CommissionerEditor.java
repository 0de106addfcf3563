package io.github.nhstendertracker.editing;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.commissioner.CommissionerRepository;
import io.github.nhstendertracker.commissioner.CommissionerType;
import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes, archives and restores commissioners, each in one transaction with its
 * audit record. Checks what Bean Validation cannot: the type and regions exist, the
 * abolition date is real and not in the future, the successor exists, and no other
 * commissioner has the same name.
 */
@Service
public class CommissionerEditor extends RepositoryRecord<Commissioner, CommissionerForm, CommissionerEditor.Values> {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final CommissionerRepository repository;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommissionerEditor(CommissionerRepository repository, JdbcClient jdbc, Clock clock) {
		super(AuditEntity.COMMISSIONER, repository);
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Fetches the successor with the commissioner, for the form and the audit. */
	@Override
	public Optional<Commissioner> find(RecordKey key) {
		return (key.id() != null) ? this.repository.findDetailById(key.id()) : Optional.empty();
	}

	/** Commissioners that may succeed another: every public one but itself. */
	@Transactional(readOnly = true)
	public Map<String, String> successorOptions(Long excludeId) {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, name from commissioner where archived_at is null and id <> coalesce(:exclude, -1)
				order by lower(name), id""").param("exclude", excludeId).query((rs) -> {
			options.put(String.valueOf(rs.getLong("id")), rs.getString("name"));
		});
		return options;
	}

	@Override
	public CommissionerForm formOf(Commissioner record) {
		return CommissionerForm.of(record);
	}

	@Override
	public long idOf(Commissioner record) {
		return record.getId();
	}

	@Override
	public long versionOf(Commissioner record) {
		return record.getVersion();
	}

	@Override
	public String labelOf(Commissioner record) {
		return record.getName();
	}

	@Override
	protected Commissioner newRecord(Values values) {
		return new Commissioner(values.name(), values.type());
	}

	@Override
	public Map<String, String> snapshot(Commissioner c) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", c.getName());
		fields.put("Type", c.getType().label());
		fields.put("NHS England region", (c.getNhsRegion() != null) ? c.getNhsRegion().label() : null);
		fields.put("ITL1 region", (c.getItlRegion() != null) ? c.getItlRegion().label() : null);
		fields.put("ODS code", c.getOdsCode());
		fields.put("Abolished", c.isAbolished() ? "Yes" : "No");
		fields.put("Abolished on", (c.getAbolishedOn() != null) ? DAY.format(c.getAbolishedOn()) : null);
		fields.put("Succeeded by", (c.getSuccessor() != null) ? c.getSuccessor().getName() : null);
		fields.put("Notes", c.getNotes());
		fields.put("Identifiers", IdentifierLines.write(c.getIdentifiers()).replace("\n", ", "));
		return fields;
	}

	@Override
	public void apply(Commissioner commissioner, Values values) {
		Commissioner successor = (values.successorId() != null) ? this.repository.getReferenceById(values.successorId())
				: null;
		commissioner.update(values.name(), values.type(), values.nhsRegion(), values.itlRegion(), values.odsCode(),
				values.abolished(), values.abolishedOn(), successor, values.notes());
		if (!commissioner.getIdentifiers().equals(values.identifiers())) {
			commissioner.getIdentifiers().retainAll(values.identifiers());
			commissioner.getIdentifiers().addAll(values.identifiers());
		}
	}

	/** Checks the form; returns its parsed values, or null after adding errors. */
	@Override
	protected Values check(CommissionerForm form, Long id, Errors errors) {
		String name = trimmed(form.getName());
		CommissionerType type = Choices.of(CommissionerType.class, form.getType());
		if (!errors.hasFieldErrors("type") && type == null) {
			errors.rejectValue("type", "invalid", "Select the type of commissioner");
		}
		NhsRegion nhsRegion = Choices.of(NhsRegion.class, form.getNhsRegion());
		if (trimmed(form.getNhsRegion()) != null && nhsRegion == null) {
			errors.rejectValue("nhsRegion", "invalid", "Select an NHS England region from the list");
		}
		ItlRegion itlRegion = Choices.of(ItlRegion.class, form.getItlRegion());
		if (trimmed(form.getItlRegion()) != null && itlRegion == null) {
			errors.rejectValue("itlRegion", "invalid", "Select an ITL1 region from the list");
		}
		LocalDate abolishedOn = abolishedOn(form, errors);
		if (abolishedOn != null && !form.isAbolished()) {
			errors.rejectValue("abolished", "required",
					"Select ‘It has been abolished’ if you give the date it was abolished");
		}
		Long successorId = successor(form.getSuccessor(), id, errors);
		Set<OrgIdentifier> identifiers = IdentifierLines.read(form.getIdentifiers(), "commissioner", id, this.jdbc,
				errors);
		if (name != null && !errors.hasFieldErrors("name")) {
			rejectDuplicate(name, id, errors);
		}
		if (errors.hasErrors()) {
			return null;
		}
		String ods = trimmed(form.getOdsCode());
		return new Values(name, type, nhsRegion, itlRegion, (ods != null) ? ods.toUpperCase(Locale.ROOT) : null,
				form.isAbolished(), abolishedOn, successorId, trimmed(form.getNotes()), identifiers);
	}

	private LocalDate abolishedOn(CommissionerForm form, Errors errors) {
		String day = trimmed(form.getAbolishedOnDay());
		String month = trimmed(form.getAbolishedOnMonth());
		String year = trimmed(form.getAbolishedOnYear());
		if (day == null && month == null && year == null) {
			return null;
		}
		if (day == null || month == null || year == null) {
			errors.rejectValue("abolishedOn", "incomplete",
					"Date abolished must include a day, month and year, or leave it empty");
			return null;
		}
		LocalDate date;
		try {
			if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
				throw new DateTimeException("not numbers");
			}
			date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			errors.rejectValue("abolishedOn", "invalid", "Date abolished must be a real date");
			return null;
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("abolishedOn", "future", "Date abolished must be today or in the past");
			return null;
		}
		return date;
	}

	private Long successor(String typed, Long id, Errors errors) {
		String value = trimmed(typed);
		if (value == null) {
			return null;
		}
		long successorId = EditableForm.parseVersion(value);
		boolean exists = successorId > 0 && (id == null || successorId != id)
				&& this.jdbc.sql("select count(*) from commissioner where id = :id and archived_at is null")
					.param("id", successorId)
					.query(Long.class)
					.single() > 0;
		if (!exists) {
			errors.rejectValue("successor", "invalid", "Select the successor from the list");
			return null;
		}
		return successorId;
	}

	/** Someone else saved a commissioner with this name at the same moment. */
	@Override
	public boolean duplicate(String constraint, CommissionerForm form, Errors errors) {
		if (!"commissioner_name_uq".equals(constraint) || trimmed(form.getName()) == null) {
			return false;
		}
		rejectDuplicate(trimmed(form.getName()), null, errors);
		return true;
	}

	private void rejectDuplicate(String name, Long id, Errors errors) {
		duplicate(name, id).ifPresent((existing) -> errors.rejectValue("name", DUPLICATE, new Object[] { existing },
				"A commissioner called ‘" + existing.name() + "’ already exists"));
	}

	/** Another commissioner with the same name ignoring case, archived or not. */
	private Optional<Existing> duplicate(String name, Long id) {
		return this.jdbc.sql("""
				select id, name, archived_at is not null as archived from commissioner
				where lower(name) = lower(:name) and id <> coalesce(:id, -1) order by id limit 1""")
			.param("name", name)
			.param("id", id)
			.query((rs, rowNum) -> new Existing(rs.getLong("id"), rs.getString("name"), rs.getBoolean("archived")))
			.optional();
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A commissioner that already has the name typed. */
	record Existing(long id, String name, boolean archived) {

		Ref ref() {
			return new Ref(this.id, this.name);
		}

	}

	record Values(String name, CommissionerType type, NhsRegion nhsRegion, ItlRegion itlRegion, String odsCode,
			boolean abolished, LocalDate abolishedOn, Long successorId, String notes, Set<OrgIdentifier> identifiers) {
	}

}
