package io.github.nhstendertracker.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.audit.AuditAction;
import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.admin.EditConflicts;
import io.github.nhstendertracker.audit.FieldChange;
import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.event.TenderLifecycle;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.tender.Bid;
import io.github.nhstendertracker.tender.BidRepository;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.Tender;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds, changes and removes the bidders of a tender, each save in one transaction with
 * its audit record. A bidder holds each role on a tender at most once, and only a tender
 * that was awarded (or is still open) can have an awarded bidder
 * ({@link TenderLifecycle}).
 */
@Service
public class BidEditing {

	static final int NOTE_MAX = 1000;

	private final EntityManager entityManager;

	private final BidRepository bids;

	private final TenderEvents tenderEvents;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final TenderEntries tenders;

	BidEditing(EntityManager entityManager, BidRepository bids, TenderEvents tenderEvents, AuditLog audit,
			JdbcClient jdbc, TenderEntries tenders) {
		this.entityManager = entityManager;
		this.bids = bids;
		this.tenderEvents = tenderEvents;
		this.audit = audit;
		this.jdbc = jdbc;
		this.tenders = tenders;
	}

	/** The tender bidders can be added to, or a 404 if it is unknown or archived. */
	public Ref tender(long tenderId) {
		return this.tenders.tender(tenderId);
	}

	/** The form for an existing bid, filled in from it. */
	@Transactional(readOnly = true)
	public BidForm form(long tenderId, long bidId) {
		Bid bid = bidOf(tenderId, bidId);
		BidForm form = new BidForm();
		form.setBidderId(String.valueOf(bid.getBidder().getId()));
		form.setRole(bid.getRole().name());
		form.setNote(bid.getNote());
		form.setSourceId((bid.getSource() != null) ? String.valueOf(bid.getSource().getId()) : null);
		form.setVersion(String.valueOf(bid.getVersion()));
		return form;
	}

	/** The bid's version now, for a form shown again after a conflict. */
	@Transactional(readOnly = true)
	public long currentVersion(long tenderId, long bidId) {
		return bidOf(tenderId, bidId).getVersion();
	}

	/** Bidders to choose from, id to name: those not archived, and the bid's own. */
	@Transactional(readOnly = true)
	public Map<String, String> bidderOptions(Long bidId) {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, name from bidder
				where archived_at is null or id = (select bidder_id from bid where id = :bidId)
				order by lower(name), id""").param("bidId", bidId).query((rs) -> {
			options.put(String.valueOf(rs.getLong("id")), rs.getString("name"));
		});
		return options;
	}

	/**
	 * Sources to choose from, id to label, newest first: those not archived, and the
	 * bid's own.
	 */
	public Map<String, String> sourceOptions(Long bidId) {
		return this.tenders.sourceOptions("select source_id from bid where id = :id", bidId);
	}

	/**
	 * Adds a bidder to a tender in a role.
	 * @return the new bid's id, or null if {@code errors} now holds why not
	 */
	@Transactional
	public Long create(long tenderId, BidForm form, Errors errors) {
		Tender tender = this.tenders.lock(tenderId);
		Parsed parsed = parse(tenderId, null, null, form, errors);
		if (parsed == null) {
			return null;
		}
		Bid bid = new Bid(tender, parsed.bidder(), parsed.role());
		bid.update(parsed.bidder(), parsed.role(), parsed.note(), parsed.source());
		this.bids.saveAndFlush(bid);
		this.audit.record(AuditAction.CREATE, AuditEntity.BID, bid.getId(), bid.getVersion(), label(bid), tenderId,
				FieldChange.created(snapshot(bid)));
		return bid.getId();
	}

	/**
	 * Changes a bid.
	 * @return the bid's id, or null if {@code errors} now holds why not
	 * @throws EditConflictException if the bid changed since the form was opened
	 */
	@Transactional
	public Long update(long tenderId, long bidId, BidForm form, Errors errors) {
		this.tenders.lock(tenderId);
		Bid bid = bidOf(tenderId, bidId);
		Parsed parsed = parse(tenderId, bidId, bid.getRole(), form, errors);
		if (parsed == null) {
			return null;
		}
		long formVersion = EditConflicts.parseVersion(form.getVersion());
		if (formVersion != bid.getVersion()) {
			throw new EditConflictException(AuditEntity.BID, bidId, formVersion, bid.getVersion());
		}
		Map<String, String> old = snapshot(bid);
		bid.update(parsed.bidder(), parsed.role(), parsed.note(), parsed.source());
		this.bids.saveAndFlush(bid);
		this.audit.record(AuditAction.UPDATE, AuditEntity.BID, bid.getId(), bid.getVersion(), label(bid), tenderId,
				FieldChange.between(old, snapshot(bid)));
		return bid.getId();
	}

	/** Removes a bid, keeping all it said in the audit. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long tenderId, long bidId) {
		this.tenders.lock(tenderId);
		Bid bid = bidOf(tenderId, bidId);
		this.audit.record(AuditAction.DELETE, AuditEntity.BID, bid.getId(), bid.getVersion(), label(bid), tenderId,
				FieldChange.deleted(snapshot(bid)));
		this.bids.delete(bid);
		this.bids.flush();
	}

	/** The message for a bidder who already holds the role on the tender. */
	public String duplicateMessage(BidForm form) {
		String bidder = bidderOptions(null).getOrDefault(form.getBidderId(), "This bidder");
		BidRole role = enumValue(form.getRole());
		return bidder + " already has the role " + ((role != null) ? role.label() : "chosen") + " on this tender";
	}

	private Parsed parse(long tenderId, Long bidId, BidRole currentRole, BidForm form, Errors errors) {
		Bidder bidder = null;
		String bidderId = strip(form.getBidderId());
		if (bidderId.isEmpty()) {
			errors.rejectValue("bidderId", "required", "Select a bidder");
		}
		else if (!bidderOptions(bidId).containsKey(bidderId)) {
			errors.rejectValue("bidderId", "invalid", "Select a bidder from the list");
		}
		else {
			bidder = this.entityManager.find(Bidder.class, Long.valueOf(bidderId));
		}
		BidRole role = null;
		if (strip(form.getRole()).isEmpty()) {
			errors.rejectValue("role", "required", "Select a role");
		}
		else {
			role = enumValue(strip(form.getRole()));
			if (role == null) {
				errors.rejectValue("role", "invalid", "Select a role from the list");
			}
		}
		String note = strip(form.getNote());
		if (note.codePointCount(0, note.length()) > NOTE_MAX) {
			errors.rejectValue("note", "size", "Note must be " + NOTE_MAX + " characters or fewer");
		}
		Source source = null;
		String sourceId = strip(form.getSourceId());
		if (!sourceId.isEmpty()) {
			if (sourceOptions(bidId).containsKey(sourceId)) {
				source = this.entityManager.find(Source.class, Long.valueOf(sourceId));
			}
			else {
				errors.rejectValue("sourceId", "invalid", "Select a source from the list");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (this.bids.existsDuplicate(tenderId, bidder.getId(), role, bidId)) {
			errors.rejectValue("role", "duplicate", duplicateMessage(form));
			return null;
		}
		if (role == BidRole.AWARDED && currentRole != BidRole.AWARDED) {
			Optional<String> problem = TenderLifecycle.awardedRoleProblem(this.tenderEvents.lifecycle(tenderId));
			if (problem.isPresent()) {
				errors.rejectValue("role", "lifecycle", problem.get());
				return null;
			}
		}
		return new Parsed(bidder, role, note.isEmpty() ? null : note, source);
	}

	private Bid bidOf(long tenderId, long bidId) {
		return this.bids.findById(bidId)
			.filter((bid) -> bid.getTender().getId() == tenderId)
			.orElseThrow(() -> new NotFoundException("bid", bidId));
	}

	private static BidRole enumValue(String name) {
		for (BidRole role : BidRole.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String label(Bid bid) {
		return bid.getBidder().getName() + " \u2013 " + bid.getRole().label();
	}

	/** The bid as the audit shows it, field label to readable value. */
	private static Map<String, String> snapshot(Bid bid) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Bidder", bid.getBidder().getName());
		fields.put("Role", bid.getRole().label());
		fields.put("Note", bid.getNote());
		fields.put("Source", (bid.getSource() != null) ? bid.getSource().getTitle() : null);
		return fields;
	}

	/** A form that passed every check. */
	private record Parsed(Bidder bidder, BidRole role, String note, Source source) {

	}

	/** Every role, in order, value to label. */
	public static Map<String, String> roles() {
		Map<String, String> roles = new LinkedHashMap<>();
		for (BidRole role : List.of(BidRole.values())) {
			roles.put(role.name(), role.label());
		}
		return roles;
	}

}
