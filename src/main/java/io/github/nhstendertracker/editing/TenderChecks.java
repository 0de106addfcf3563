package io.github.nhstendertracker.editing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.money.DurationText;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.money.ValueText;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ServiceArea;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a tender that the form alone cannot check: choices that exist, a value and
 * duration that read as money and time, a source that reported the value, a parent that
 * is not itself or one of its own lots, and no duplicate (the same title with a shared
 * commissioner).
 */
@Component
class TenderChecks {

	private final JdbcClient jdbc;

	private final MoneyFormat money;

	private final NamedChoices names;

	TenderChecks(JdbcClient jdbc, MoneyFormat money, NamedChoices names) {
		this.names = names;
		this.jdbc = jdbc;
		this.money = money;
	}

	/**
	 * Reads the form and reports every problem on {@code errors}.
	 * @param tenderId the tender being edited, or null for a new one
	 * @return what the form was understood to say, as far as it could be read
	 */
	TenderCheck check(TenderForm form, Long tenderId, Errors errors) {
		Choices.check(ContractModel.class, form.getContractModel(), errors, "contractModel",
				"Choose a contract model from the list");
		Choices.check(NhsRegion.class, form.getNhsRegion(), errors, "nhsRegion", "Choose an NHS region from the list");
		Choices.check(ItlRegion.class, form.getItlRegion(), errors, "itlRegion", "Choose an ITL region from the list");
		for (String area : form.getServiceAreas()) {
			Choices.check(ServiceArea.class, area, errors, "serviceAreas", "Choose service areas from the list");
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
		TenderOpenData openData = TenderOpenData.read(form, tenderId, this.jdbc, errors);
		// Notices carry their own id: two processes may share a title and a buyer.
		Ref duplicate = openData.identified() ? null : duplicate(form, commissioners, tenderId);
		reject(errors, "title", duplicate != null,
				"A tender with this title and commissioner already exists – open it to change it");
		String durationText = this.money.duration(contractValue.durationMinMonths(), contractValue.durationMaxMonths());
		return new TenderCheck(contractValue, ValueText.understood(contractValue, this.money),
				durationText.isEmpty() ? "Not known" : durationText, commissioners, source, parent, duplicate,
				openData);
	}

	private List<Ref> commissioners(TenderForm form, Errors errors) {
		String typed = (form.getCommissionerName() != null) ? form.getCommissionerName().strip() : "";
		if (!typed.isEmpty()) {
			List<Long> named = this.names.byName(NamedChoices.Party.COMMISSIONER, typed, null);
			if (named.size() == 1) {
				// Found: it becomes one of the chosen, as if ticked.
				String id = named.get(0).toString();
				if (!form.getCommissionerIds().contains(id)) {
					form.getCommissionerIds().add(id);
				}
				form.setCommissionerName(null);
			}
			else {
				reject(errors, "commissionerName", true, named.isEmpty()
						? "There is no commissioner called ‘" + typed
								+ "’: check the spelling, pick one from the suggestions, or add the commissioner first"
						: "Several commissioners are called ‘" + typed + "’: give the name in full as it is recorded");
				return List.of();
			}
		}
		Set<Long> ids = new LinkedHashSet<>();
		for (String text : form.getCommissionerIds()) {
			if (text == null || text.isBlank()) {
				continue;
			}
			long id = EditableForm.parseVersion(text);
			if (id < 0) {
				reject(errors, "commissionerIds", true, "Choose commissioners from the list");
				return List.of();
			}
			ids.add(id);
		}
		if (ids.isEmpty()) {
			if (form.getCommissionerName() != null) {
				reject(errors, "commissionerName", true, "Enter the name of a commissioner buying the contract");
			}
			else {
				reject(errors, "commissionerIds", true, "Choose at least one commissioner");
			}
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
		long id = EditableForm.parseVersion(form.getSourceId());
		Ref source = (id < 0) ? null
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
		long id = EditableForm.parseVersion(form.getParentId().trim().replaceFirst("^#", ""));
		if (id < 0) {
			reject(errors, "parentId", true, "Enter the parent tender's number, like 12");
			return null;
		}
		if (tenderId != null && id == tenderId) {
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

	/** Rejects a field once: the first problem found is the one shown. */
	private static void reject(Errors errors, String field, boolean when, String message) {
		if (when && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "invalid", message);
		}
	}

}
