package io.github.nhstendertracker.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.bidder.BidderRepository;
import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.common.NameKeys;
import io.github.nhstendertracker.common.OrgIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Creates, changes, archives and restores bidders, each in one transaction with its audit
 * record. Refuses a name that matches another bidder's once case, punctuation and spacing
 * are ignored ("Circle Health Ltd." and "circle health ltd"), archived bidders included.
 */
@Service
public class BidderEditor extends RepositoryRecord<Bidder, BidderForm, BidderEditor.Values> {

	private final JdbcClient jdbc;

	BidderEditor(BidderRepository repository, JdbcClient jdbc) {
		super(AuditEntity.BIDDER, repository);
		this.jdbc = jdbc;
	}

	@Override
	public BidderForm formOf(Bidder record) {
		return BidderForm.of(record);
	}

	@Override
	public long idOf(Bidder record) {
		return record.getId();
	}

	@Override
	public long versionOf(Bidder record) {
		return record.getVersion();
	}

	@Override
	public String labelOf(Bidder record) {
		return record.getName();
	}

	@Override
	protected Bidder newRecord(Values values) {
		return new Bidder(values.name(), values.type());
	}

	@Override
	public void apply(Bidder bidder, Values values) {
		bidder.update(values.name(), values.type(), values.formerNames(), values.description());
		if (!bidder.getIdentifiers().equals(values.identifiers())) {
			bidder.getIdentifiers().retainAll(values.identifiers());
			bidder.getIdentifiers().addAll(values.identifiers());
		}
	}

	@Override
	public Map<String, String> snapshot(Bidder bidder) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Name", bidder.getName());
		fields.put("Type", bidder.getType().label());
		fields.put("Former names", String.join("; ", bidder.getFormerNames()));
		fields.put("Description", bidder.getDescription());
		fields.put("Identifiers", IdentifierLines.write(bidder.getIdentifiers()).replace("\n", ", "));
		return fields;
	}

	/** Checks the form; returns its parsed values, or null after adding errors. */
	@Override
	protected Values check(BidderForm form, Long id, Errors errors) {
		String name = trimmed(form.getName());
		BidderType type = Choices.of(BidderType.class, form.getType());
		if (!errors.hasFieldErrors("type") && type == null) {
			errors.rejectValue("type", "invalid", "Select the type of bidder");
		}
		List<String> formerNames = (form.getFormerNames() != null)
				? form.getFormerNames().lines().map(String::strip).filter((line) -> !line.isEmpty()).distinct().toList()
				: List.of();
		if (formerNames.stream().anyMatch((former) -> former.length() > 200)) {
			errors.rejectValue("formerNames", "size", "Each former name must be 200 characters or fewer");
		}
		Set<OrgIdentifier> identifiers = IdentifierLines.read(form.getIdentifiers(), "bidder", id, this.jdbc, errors);
		if (name != null && !errors.hasFieldErrors("name")) {
			rejectDuplicate(name, id, errors);
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Values(name, type, formerNames, trimmed(form.getDescription()), identifiers);
	}

	/** Someone else saved a bidder with this name at the same moment. */
	@Override
	public boolean duplicate(String constraint, BidderForm form, Errors errors) {
		if (!"bidder_name_uq".equals(constraint) || trimmed(form.getName()) == null) {
			return false;
		}
		rejectDuplicate(trimmed(form.getName()), null, errors);
		return true;
	}

	private void rejectDuplicate(String name, Long id, Errors errors) {
		duplicate(name, id).ifPresent(
				(existing) -> errors.rejectValue("name", DUPLICATE, new Object[] { existing }, "A bidder called ‘"
						+ existing.name() + "’ already exists" + (existing.archived() ? " (archived)" : "")));
	}

	/**
	 * Another bidder, archived or not, whose name has the same {@link NameKeys key} (or,
	 * for a name of punctuation alone, the same name ignoring case).
	 */
	private Optional<Existing> duplicate(String name, Long id) {
		String key = NameKeys.of(name);
		return this.jdbc
			.sql("select id, name, archived_at is not null as archived from bidder"
					+ " where (name_key = :key and :key <> '' or lower(name) = lower(:name))"
					+ " and id <> coalesce(:id, -1) order by archived_at nulls first, id limit 1")
			.param("key", (key != null) ? key : "")
			.param("name", name)
			.param("id", id)
			.query((rs, rowNum) -> new Existing(rs.getLong("id"), rs.getString("name"), rs.getBoolean("archived")))
			.optional();
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A bidder that already has the name typed. */
	record Existing(long id, String name, boolean archived) {
	}

	record Values(String name, BidderType type, List<String> formerNames, String description,
			Set<OrgIdentifier> identifiers) {
	}

}
