package io.github.nhstendertracker.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.editing.BidEdits;
import io.github.nhstendertracker.editing.BidForm;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EventEdits;
import io.github.nhstendertracker.editing.EventForm;
import io.github.nhstendertracker.editing.FigureEdits;
import io.github.nhstendertracker.editing.FigureForm;
import io.github.nhstendertracker.editing.RecordKey;
import io.github.nhstendertracker.editing.TenderEdits;
import io.github.nhstendertracker.editing.TenderForm;
import io.github.nhstendertracker.event.TenderEvent;
import io.github.nhstendertracker.event.TenderEventRepository;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.event.TenderLifecycle;
import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.money.ValueText;
import io.github.nhstendertracker.tender.Bid;
import io.github.nhstendertracker.tender.BidRepository;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ReportedFigure;
import io.github.nhstendertracker.tender.ReportedFigureRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges an imported tender into the tender it looked like, when an admin says so: the
 * notice becomes another source of the tender already kept. Everything is written through
 * the {@link EditPipeline}, audited as the admin, in one transaction that holds the
 * possible match and both tenders locked, so two admins deciding at once decide one after
 * the other and nothing is ever half merged:
 * <ol>
 * <li>the imported tender's reported figures (and its headline, as a figure citing its
 * newest notice, if no figure gave it) are added to the tender kept, which links their
 * sources to it; a figure that differs from the kept tender's headline shows as a
 * disagreement on its page;</li>
 * <li>its events, oldest first, except those the kept timeline already has; an event the
 * kept tender's life does not allow is left out and said, as the importer does;</li>
 * <li>its bids, except roles the kept tender already has (and an awarded role its
 * timeline does not allow, said);</li>
 * <li>its lots become lots of the kept tender;</li>
 * <li>its buyers, CPV codes and service areas join the kept tender's; how it is bought
 * and its value fill what the kept tender does not say; and its ocid moves to the kept
 * tender when that has none, so later releases of the process update it. When the kept
 * tender has an ocid of its own, the imported tender keeps its ocid and the importer
 * follows the merge to the kept tender;</li>
 * <li>the imported tender is archived.</li>
 * </ol>
 */
@Service
public class MatchMerges {

	private final PossibleMatches matches;

	private final EditPipeline pipeline;

	private final ImportSaves saves;

	private final TenderEdits tenders;

	private final FigureEdits figures;

	private final EventEdits events;

	private final BidEdits bids;

	private final ReportedFigureRepository figureRecords;

	private final TenderEventRepository eventRecords;

	private final BidRepository bidRecords;

	private final TenderEvents timelines;

	private final JdbcClient jdbc;

	private final MoneyFormat money;

	private final PartialDates dates;

	private final TransactionTemplate transaction;

	MatchMerges(PossibleMatches matches, EditPipeline pipeline, ImportSaves saves, TenderEdits tenders,
			FigureEdits figures, EventEdits events, BidEdits bids, ReportedFigureRepository figureRecords,
			TenderEventRepository eventRecords, BidRepository bidRecords, TenderEvents timelines, JdbcClient jdbc,
			MoneyFormat money, PartialDates dates, PlatformTransactionManager transactions) {
		this.matches = matches;
		this.pipeline = pipeline;
		this.saves = saves;
		this.tenders = tenders;
		this.figures = figures;
		this.events = events;
		this.bids = bids;
		this.figureRecords = figureRecords;
		this.eventRecords = eventRecords;
		this.bidRecords = bidRecords;
		this.timelines = timelines;
		this.jdbc = jdbc;
		this.money = money;
		this.dates = dates;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A possible match decided before this decision could be made. */
	public static class AlreadyDecided extends RuntimeException {

		private final transient PossibleMatches.Match match;

		AlreadyDecided(PossibleMatches.Match match) {
			super("This possible match was already decided: " + match.status().label().toLowerCase(Locale.UK) + " by "
					+ match.decidedBy());
			this.match = match;
		}

		public PossibleMatches.Match match() {
			return this.match;
		}

	}

	/** A merge the tracker's rules refuse; nothing of it was written. */
	public static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	/**
	 * What a merge did.
	 *
	 * @param tenderId the tender kept, now holding the notice
	 * @param notes what was left out, and why
	 */
	public record Merged(long tenderId, List<String> notes) {
	}

	/**
	 * Merges the imported tender of a possible match into the tender it looks like.
	 * @throws io.github.nhstendertracker.common.NotFoundException if there is no such
	 * possible match
	 * @throws AlreadyDecided if someone decided it first
	 * @throws Refused if a tender was archived since, or the rules refuse a part of it
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Merged merge(long matchId, Actor admin) {
		return this.transaction.execute((status) -> {
			PossibleMatches.Match match = this.matches.lockOpen(matchId);
			long imported = match.imported().id();
			long kept = match.existing().id();
			lockBoth(imported, kept);
			List<String> notes = new ArrayList<>();
			try {
				addFigures(imported, kept, admin);
				addEvents(imported, kept, admin, notes);
				addBids(imported, kept, admin, notes);
				moveLots(imported, kept, admin);
				joinTender(imported, kept, admin);
			}
			catch (NoticeMapper.RefusedRelease ex) {
				throw new Refused("The merge was refused, and nothing was changed: " + ex.getMessage());
			}
			this.pipeline.archive(this.tenders, RecordKey.of(imported), admin);
			this.matches.merged(matchId, admin.name());
			return new Merged(kept, notes);
		});
	}

	/** Locks both tenders, in id order, and checks neither was archived since. */
	private void lockBoth(long imported, long kept) {
		List<Boolean> archived = new ArrayList<>();
		this.jdbc
			.sql("select id, archived_at is not null as archived from tender where id in (:a, :b) order by id "
					+ "for update")
			.param("a", imported)
			.param("b", kept)
			.query((rs) -> {
				if (rs.getBoolean("archived")) {
					archived.add(rs.getLong("id") == imported);
				}
			});
		if (!archived.isEmpty()) {
			throw new Refused("The " + (archived.get(0) ? "imported tender" : "tender already kept")
					+ " has been archived or merged since this possible match was found, so they cannot be merged");
		}
	}

	private void addFigures(long imported, long kept, Actor admin) {
		List<ReportedFigure> theirs = this.figureRecords.findByTenderId(kept);
		List<ReportedFigure> ours = this.figureRecords.findByTenderId(imported);
		for (ReportedFigure figure : ours) {
			boolean known = theirs.stream()
				.anyMatch((other) -> other.getSource().getId().equals(figure.getSource().getId())
						&& other.getCurrency().equals(figure.getCurrency())
						&& other.getValue().equals(figure.getValue()));
			if (!known) {
				this.saves.create(this.figures, RecordKey.inTender(kept, null), this.figures.formOf(figure), admin);
			}
		}
		ContractValue headline = this.pipeline.read(this.tenders, RecordKey.of(imported), (t) -> t.getValue());
		boolean given = ours.stream().anyMatch((figure) -> figure.inPounds() && figure.getValue().equals(headline));
		Long notice = newestNotice(imported);
		if (headline.known() && !given && notice != null) {
			FigureForm form = new FigureForm();
			form.setSourceId(String.valueOf(notice));
			form.setValue(ValueText.write(headline, this.money));
			form.setDuration(this.money.duration(headline.durationMinMonths(), headline.durationMaxMonths()));
			form.setCurrency("GBP");
			form.setNote("Headline value of the notice");
			this.saves.create(this.figures, RecordKey.inTender(kept, null), form, admin);
		}
	}

	private void addEvents(long imported, long kept, Actor admin, List<String> notes) {
		List<Step> timeline = new ArrayList<>(this.timelines.lifecycle(kept));
		List<TenderEvent> ours = this.eventRecords.findByTenderIdInOrder(imported);
		for (TenderEvent event : ours) {
			Step step = new Step(null, event.getType(), event.getEventDate(), event.getDatePrecision(),
					event.isExpected());
			boolean known = timeline.stream()
				.anyMatch((other) -> other.type() == step.type() && other.date().equals(step.date())
						&& other.expected() == step.expected());
			if (known) {
				continue;
			}
			EventForm form = this.events.formOf(event);
			form.setSourceIds(new ArrayList<>(event.getSources()
				.stream()
				.filter((source) -> !source.isArchived())
				.map((source) -> String.valueOf(source.getId()))
				.toList()));
			String what = "the event ‘" + event.getType().label() + "’ of "
					+ this.dates.format(event.getEventDate(), event.getDatePrecision(), event.getDateQualifier());
			if (!event.isExpected() && form.getSourceIds().isEmpty()) {
				notes.add("Left out " + what + ": every source it cites is archived");
				continue;
			}
			List<Step> after = new ArrayList<>(timeline);
			after.add(step);
			var problem = TenderLifecycle.newProblem(timeline, after, null);
			if (problem.isPresent()) {
				notes.add("Left out " + what + ": " + problem.get().reason());
				continue;
			}
			long id = this.saves.create(this.events, RecordKey.inTender(kept, null), form, admin);
			timeline.add(new Step(id, step.type(), step.date(), step.precision(), step.expected()));
		}
	}

	private void addBids(long imported, long kept, Actor admin, List<String> notes) {
		Set<String> held = new LinkedHashSet<>(
				this.jdbc.sql("select bidder_id || ':' || role from bid where tender_id = :id")
					.param("id", kept)
					.query(String.class)
					.list());
		List<Bid> ours = new ArrayList<>(this.bidRecords.findByTenderId(imported));
		// Awarded first, so that a bidder who won is not added again as a mere bidder.
		ours.sort(Comparator.comparing((Bid bid) -> bid.getRole() != BidRole.AWARDED));
		for (Bid bid : ours) {
			long bidder = bid.getBidder().getId();
			if (!held.add(bidder + ":" + bid.getRole().name())
					|| (bid.getRole() == BidRole.BIDDER && held.contains(bidder + ":" + BidRole.AWARDED.name()))) {
				continue;
			}
			if (bid.getRole() == BidRole.AWARDED) {
				var problem = TenderLifecycle.awardedRoleProblem(this.timelines.lifecycle(kept));
				if (problem.isPresent()) {
					notes.add("Left out the role Awarded of " + bid.getBidder().getName() + ": " + problem.get());
					continue;
				}
			}
			BidForm form = this.bids.formOf(bid);
			if (bid.getSource() != null && bid.getSource().isArchived()) {
				form.setSourceId(null);
			}
			this.saves.create(this.bids, RecordKey.inTender(kept, null), form, admin);
		}
	}

	private void moveLots(long imported, long kept, Actor admin) {
		List<Long> lots = this.jdbc
			.sql("select id from tender where parent_id = :id and archived_at is null order by id")
			.param("id", imported)
			.query(Long.class)
			.list();
		for (long lot : lots) {
			TenderForm form = this.pipeline.currentForm(this.tenders, RecordKey.of(lot));
			form.setParentId(String.valueOf(kept));
			this.saves.update(this.tenders, RecordKey.of(lot), form, form.versionNumber(), admin);
		}
	}

	/**
	 * Joins the imported tender's buyers, codes and open data to the kept tender's, and
	 * moves the ocid when the kept tender has none (taken off the imported tender first,
	 * as one process has one tender).
	 */
	private void joinTender(long imported, long kept, Actor admin) {
		TenderForm ours = this.pipeline.currentForm(this.tenders, RecordKey.of(imported));
		TenderForm theirs = this.pipeline.currentForm(this.tenders, RecordKey.of(kept));
		if (theirs.getOcid() == null) {
			TenderForm released = this.pipeline.currentForm(this.tenders, RecordKey.of(imported));
			released.setOcid(null);
			released.setLotId(null);
			this.saves.update(this.tenders, RecordKey.of(imported), released, released.versionNumber(), admin);
			theirs.setOcid(ours.getOcid());
		}
		theirs.setCommissionerIds(union(theirs.getCommissionerIds(), activeBuyers(imported)));
		theirs.setServiceAreas(union(theirs.getServiceAreas(), ours.getServiceAreas()));
		theirs.setCpvCodes(String.join(", ", union(codes(theirs.getCpvCodes()), codes(ours.getCpvCodes()))));
		theirs.setProcurementMethod(either(theirs.getProcurementMethod(), ours.getProcurementMethod()));
		theirs.setProcurementMethodDetails(
				either(theirs.getProcurementMethodDetails(), ours.getProcurementMethodDetails()));
		theirs.setSuitableSme(either(theirs.getSuitableSme(), ours.getSuitableSme()));
		theirs.setSuitableVcse(either(theirs.getSuitableVcse(), ours.getSuitableVcse()));
		theirs.setFramework(either(theirs.getFramework(), ours.getFramework()));
		if (theirs.getItlRegion() == null && ours.getItlRegion() != null) {
			theirs.setItlRegion(ours.getItlRegion());
			theirs.setNhsRegion(ours.getNhsRegion());
		}
		if (isBlank(theirs.getValue()) && !isBlank(ours.getValue())) {
			theirs.setValue(ours.getValue());
			theirs.setDuration(ours.getDuration());
			Long source = headlineSource(imported);
			theirs.setSourceId((source != null) ? String.valueOf(source) : null);
		}
		this.saves.update(this.tenders, RecordKey.of(kept), theirs, theirs.versionNumber(), admin);
	}

	/** The buyers of a tender that are not archived, which a tender form may choose. */
	private List<String> activeBuyers(long tenderId) {
		return this.jdbc.sql("""
				select c.id from tender_commissioner tc join commissioner c on c.id = tc.commissioner_id
				where tc.tender_id = :id and c.archived_at is null order by c.id""")
			.param("id", tenderId)
			.query(String.class)
			.list();
	}

	/** The newest notice that reported on a tender, for its headline figure to cite. */
	private Long newestNotice(long tenderId) {
		return this.jdbc.sql("""
				select s.id from tender_source ts join source s on s.id = ts.source_id
				where ts.tender_id = :id and s.archived_at is null
				order by (s.ocid is not null) desc, s.published_on desc, s.id desc limit 1""")
			.param("id", tenderId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** The source whose figure is the tender's headline, if one is. */
	private Long headlineSource(long tenderId) {
		return this.jdbc.sql("""
				select f.source_id from reported_figure f join tender t on t.id = f.tender_id
				join source s on s.id = f.source_id
				where t.id = :id and s.archived_at is null and f.currency = 'GBP' and f.value_basis = t.value_basis
				  and f.value_low is not distinct from t.value_low and f.value_high is not distinct from t.value_high
				order by s.published_on desc, f.id desc limit 1""")
			.param("id", tenderId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private static List<String> codes(String text) {
		List<String> codes = new ArrayList<>();
		if (text != null) {
			for (String code : text.split("[,;\\s]+")) {
				if (!code.isBlank()) {
					codes.add(code.strip());
				}
			}
		}
		return codes;
	}

	private static List<String> union(List<String> first, List<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return new ArrayList<>(all);
	}

	private static String either(String first, String second) {
		return isBlank(first) ? second : first;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
