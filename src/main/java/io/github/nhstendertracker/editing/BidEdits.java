package io.github.nhstendertracker.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.event.TenderLifecycle;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.Bid;
import io.github.nhstendertracker.tender.BidRepository;
import io.github.nhstendertracker.tender.BidRole;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a tender's bid brings to the {@link EditPipeline}: the tender is locked first; a
 * bidder holds each role on a tender at most once (checked, and caught by the
 * {@code bid_uq} constraint when two people add the same bid at once); and only a tender
 * that was awarded (or is still open) can have an awarded bidder
 * ({@link TenderLifecycle}).
 */
@Component
public class BidEdits implements Editable<Bid, BidForm, BidEdits.Parsed> {

	static final int NOTE_MAX = 1000;

	/** The source a bid already cites, by the bid's id. */
	private static final String CITED = "select source_id from bid where id = :id";

	private final EntityManager entityManager;

	private final BidRepository bids;

	private final TenderEvents timelines;

	private final JdbcClient jdbc;

	private final TenderEntries tenders;

	private final NamedChoices names;

	BidEdits(EntityManager entityManager, BidRepository bids, TenderEvents timelines, JdbcClient jdbc,
			TenderEntries tenders, NamedChoices names) {
		this.names = names;
		this.entityManager = entityManager;
		this.bids = bids;
		this.timelines = timelines;
		this.jdbc = jdbc;
		this.tenders = tenders;
	}

	/**
	 * A bid form that passed every check.
	 *
	 * @param bidder who bid
	 * @param role in what role
	 * @param note a note, or null
	 * @param source the source that reports it, or null
	 */
	record Parsed(Bidder bidder, BidRole role, String note, Source source) {
	}

	@Override
	public AuditEntity type() {
		return AuditEntity.BID;
	}

	/** Bidders to choose from, id to name: those not archived, and the bid's own. */
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
		return this.tenders.sourceOptions(CITED, bidId);
	}

	/** The bidder, when it may be chosen: not archived, or already the bid's own. */
	private Bidder choosable(long bidderId, Long bidId) {
		Bidder bidder = (bidderId < 0) ? null : this.entityManager.find(Bidder.class, bidderId);
		if (bidder == null || !bidder.isArchived()) {
			return bidder;
		}
		Bid current = (bidId != null) ? this.entityManager.find(Bid.class, bidId) : null;
		return (current != null && current.getBidder().getId().equals(bidderId)) ? bidder : null;
	}

	@Override
	public void lock(RecordKey key) {
		this.tenders.lock(key.tenderId());
	}

	@Override
	public Optional<Bid> find(RecordKey key) {
		return (key.id() == null) ? Optional.empty()
				: this.bids.findById(key.id()).filter((bid) -> bid.getTender().getId().equals(key.tenderId()));
	}

	@Override
	public Parsed check(BidForm form, RecordKey key, Bid current, Errors errors) {
		Long bidId = key.id();
		Bidder bidder = null;
		String bidderId = strip(form.getBidderId());
		String bidderName = strip(form.getBidderName());
		if (!bidderName.isEmpty()) {
			bidder = named(bidderName, current, errors);
		}
		else if (form.getBidderName() != null && bidderId.isEmpty()) {
			errors.rejectValue("bidderName", "required", "Enter the bidder's name");
		}
		else if (bidderId.isEmpty()) {
			errors.rejectValue("bidderId", "required", "Select a bidder");
		}
		else {
			bidder = choosable(EditableForm.parseVersion(bidderId), bidId);
			if (bidder == null) {
				errors.rejectValue("bidderId", "invalid", "Select a bidder from the list");
			}
		}
		BidRole role = null;
		if (strip(form.getRole()).isEmpty()) {
			errors.rejectValue("role", "required", "Select a role");
		}
		else {
			role = Choices.of(BidRole.class, form.getRole());
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
			long id = EditableForm.parseVersion(sourceId);
			if (id >= 0 && this.tenders.citable(CITED, bidId, List.of(id))) {
				source = this.entityManager.find(Source.class, Long.valueOf(sourceId));
			}
			else {
				errors.rejectValue("sourceId", "invalid", "Select a source from the list");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (this.bids.existsDuplicate(key.tenderId(), bidder.getId(), role, bidId)) {
			errors.rejectValue("role", "duplicate", duplicateMessage(form));
			return null;
		}
		BidRole currentRole = (current != null) ? current.getRole() : null;
		if (role == BidRole.AWARDED && currentRole != BidRole.AWARDED) {
			Optional<String> problem = TenderLifecycle.awardedRoleProblem(this.timelines.lifecycle(key.tenderId()));
			if (problem.isPresent()) {
				errors.rejectValue("role", "lifecycle", problem.get());
				return null;
			}
		}
		return new Parsed(bidder, role, note.isEmpty() ? null : note, source);
	}

	/**
	 * The bidder a typed name picks, or null with the reason on the field: none by that
	 * name, or several.
	 */
	private Bidder named(String name, Bid current, Errors errors) {
		Long currentBidder = (current != null) ? current.getBidder().getId() : null;
		List<Long> ids = this.names.byName(NamedChoices.Party.BIDDER, name, currentBidder);
		if (ids.size() == 1) {
			return this.entityManager.find(Bidder.class, ids.get(0));
		}
		errors.rejectValue("bidderName", ids.isEmpty() ? "unknown" : "ambiguous",
				ids.isEmpty()
						? "There is no bidder called ‘" + name
								+ "’: check the spelling, pick one from the suggestions, or add the bidder first"
						: "Several bidders are called ‘" + name + "’: give the name in full as it is recorded");
		return null;
	}

	/** Someone else gave the bidder the same role between the check and the insert. */
	@Override
	public boolean duplicate(String constraint, BidForm form, Errors errors) {
		if (!"bid_uq".equals(constraint)) {
			return false;
		}
		errors.rejectValue("role", "duplicate", duplicateMessage(form));
		return true;
	}

	private String duplicateMessage(BidForm form) {
		long id = EditableForm.parseVersion(strip(form.getBidderId()));
		Bidder chosen = (id < 0) ? null : this.entityManager.find(Bidder.class, id);
		String bidder = (chosen != null) ? chosen.getName() : "This bidder";
		BidRole role = Choices.of(BidRole.class, form.getRole());
		return bidder + " already has the role " + ((role != null) ? role.label() : "chosen") + " on this tender";
	}

	@Override
	public Bid newRecord(RecordKey key, Parsed parsed) {
		return new Bid(this.tenders.lock(key.tenderId()), parsed.bidder(), parsed.role());
	}

	@Override
	public void apply(Bid bid, Parsed parsed) {
		bid.update(parsed.bidder(), parsed.role(), parsed.note(), parsed.source());
	}

	@Override
	public BidForm formOf(Bid bid) {
		BidForm form = new BidForm();
		form.setBidderId(String.valueOf(bid.getBidder().getId()));
		form.setRole(bid.getRole().name());
		form.setNote(bid.getNote());
		form.setSourceId((bid.getSource() != null) ? String.valueOf(bid.getSource().getId()) : null);
		form.setVersion(String.valueOf(bid.getVersion()));
		return form;
	}

	@Override
	public Map<String, String> snapshot(Bid bid) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Bidder", bid.getBidder().getName());
		fields.put("Role", bid.getRole().label());
		fields.put("Note", bid.getNote());
		fields.put("Source", (bid.getSource() != null) ? bid.getSource().getTitle() : null);
		return fields;
	}

	@Override
	public long idOf(Bid bid) {
		return bid.getId();
	}

	@Override
	public long versionOf(Bid bid) {
		return bid.getVersion();
	}

	@Override
	public String labelOf(Bid bid) {
		return bid.getBidder().getName() + " \u2013 " + bid.getRole().label();
	}

	@Override
	public Long tenderIdOf(Bid bid) {
		return bid.getTender().getId();
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
