package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.audit.AuditLog;
import io.github.nhstendertracker.common.DatePrecision;
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
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.event.TenderLifecycle;
import io.github.nhstendertracker.event.TenderLifecycle.Step;
import io.github.nhstendertracker.opendata.TrackerOcids;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.CpvLabels;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link Notice} through the {@link EditPipeline}, as an admin's forms would, in
 * one transaction: the notice as a source, its buyers and suppliers (matched to those
 * already kept), the tender (new, or updated when the release is its newest), its lots,
 * figures, events and bids, each checked by the same rules and audited with the import
 * run as the "who" (a release's audit records written together when it is done). A
 * release already recorded changes nothing. An event the tender's life does not allow
 * (say, a contract start dated before its award) is left out and noted; any other refusal
 * refuses the whole release, leaving nothing of it written.
 */
@Service
public class NoticeWriter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final EditPipeline pipeline;

	private final NoticeParts parts;

	private final TenderEdits tenders;

	private final EventEdits events;

	private final BidEdits bids;

	private final FigureEdits figures;

	private final TenderEvents timelines;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ImportSaves saves;

	private final CpvLabels cpvLabels;

	private final EntityManager entityManager;

	private final TrackerOcids ocids;

	private final AuditLog audit;

	NoticeWriter(EditPipeline pipeline, NoticeParts parts, TenderEdits tenders, EventEdits events, BidEdits bids,
			FigureEdits figures, TenderEvents timelines, JdbcClient jdbc, PlatformTransactionManager transactions,
			ImportSaves saves, CpvLabels cpvLabels, EntityManager entityManager, TrackerOcids ocids, AuditLog audit) {
		this.pipeline = pipeline;
		this.audit = audit;
		this.ocids = ocids;
		this.entityManager = entityManager;
		this.cpvLabels = cpvLabels;
		this.saves = saves;
		this.parts = parts;
		this.tenders = tenders;
		this.events = events;
		this.bids = bids;
		this.figures = figures;
		this.timelines = timelines;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Whether this release of the process is already recorded: a notice's release by its
	 * ocid and id, and a release the tracker published itself (see {@link TrackerOcids})
	 * when its tender already cites the source it was made from.
	 */
	public boolean seen(String ocid, String releaseId) {
		boolean notice = this.jdbc
			.sql("select exists (select 1 from source where ocid = :ocid and release_id = :release)")
			.param("ocid", ocid)
			.param("release", releaseId)
			.query(Boolean.class)
			.single();
		if (notice) {
			return true;
		}
		Long sourceId = this.ocids.sourceOf(releaseId).orElse(null);
		if (sourceId == null) {
			return false;
		}
		Long tenderId = findTender(ocid, null);
		if (tenderId == null) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from tender_source where tender_id = :tender and source_id = :source
				  union all select 1 from reported_figure where tender_id = :tender and source_id = :source
				  union all select 1 from bid where tender_id = :tender and source_id = :source
				  union all select 1 from tender_event e join tender_event_source es on es.event_id = e.id
				            where e.tender_id = :tender and es.source_id = :source)""")
			.param("tender", tenderId)
			.param("source", sourceId)
			.query(Boolean.class)
			.single();
	}

	/** A release of a process: its ocid and release id. */
	record ReleaseKey(String ocid, String releaseId) {

		String text() {
			return this.ocid + '\u0000' + this.releaseId;
		}

	}

	/**
	 * Which of these releases are already recorded (see {@link #seen}), as
	 * {@link ReleaseKey#text()}: notices' releases with one query, and the few the
	 * tracker published itself one by one.
	 */
	public Set<String> seenAmong(List<ReleaseKey> releases) {
		Set<String> seen = new HashSet<>();
		if (releases.isEmpty()) {
			return seen;
		}
		String[] ocids = releases.stream().map(ReleaseKey::ocid).distinct().toArray(String[]::new);
		this.jdbc.sql("select ocid, release_id from source where ocid = any(:ocids)")
			.param("ocids", ocids)
			.query((rs) -> {
				seen.add(new ReleaseKey(rs.getString("ocid"), rs.getString("release_id")).text());
			});
		for (ReleaseKey release : releases) {
			if (!seen.contains(release.text()) && this.ocids.sourceOf(release.releaseId()).isPresent()
					&& seen(release.ocid(), release.releaseId())) {
				seen.add(release.text());
			}
		}
		return seen;
	}

	/**
	 * Records a notice.
	 * @throws NoticeMapper.RefusedRelease if the tracker's rules refuse it
	 */
	public ImportOutcome write(Notice notice, Actor actor) {
		return this.transaction.execute((status) -> this.audit.together(() -> record(notice, actor)));
	}

	private ImportOutcome record(Notice notice, Actor actor) {
		if (seen(notice.ocid(), notice.releaseId())) {
			return ImportOutcome.unchanged();
		}
		List<String> notes = new ArrayList<>(notice.notes());
		LocalDate newest = newestRelease(notice.ocid());
		boolean latest = newest == null || !notice.date().isBefore(newest);
		long sourceId = this.parts.source(notice, actor);
		this.cpvLabels.remember(notice.cpv());
		List<String> buyers = this.parts.commissioners(notice, actor);
		Long parentId = findTender(notice.ocid(), null);
		boolean created = parentId == null;
		Notice.Figure headline = headline(notice, null);
		TenderForm form = created ? new TenderForm() : this.pipeline.currentForm(this.tenders, RecordKey.of(parentId));
		fill(form, notice, null, buyers, sourceId, headline, created || latest);
		long tenderId = created ? this.saves.create(this.tenders, form, actor)
				: this.saves.update(this.tenders, RecordKey.of(parentId), form, form.versionNumber(), actor);
		Map<String, Long> lots = lots(notice, tenderId, buyers, sourceId, actor, latest);
		int added = 0;
		for (Map.Entry<String, Long> target : targets(tenderId, lots).entrySet()) {
			String lotId = target.getKey();
			long id = target.getValue();
			figures(notice, lotId, lots, id, sourceId, lotId.isEmpty() ? headline : headline(notice, lotId), actor);
			added += events(notice, lotId, lots, id, sourceId, actor, notes);
			bids(notice, lotId, lots, id, sourceId, actor);
		}
		// A chunk holds many releases: keep each one's entities from slowing the
		// next one's flushes.
		this.entityManager.flush();
		this.entityManager.clear();
		return new ImportOutcome(created ? ImportOutcome.Kind.CREATED : ImportOutcome.Kind.UPDATED, tenderId, added,
				notes);
	}

	private Map<String, Long> lots(Notice notice, long parentId, List<String> buyers, long sourceId, Actor actor,
			boolean latest) {
		Map<String, Long> lots = new LinkedHashMap<>();
		for (Notice.Lot lot : notice.lots()) {
			Long id = findTender(notice.ocid(), lot.id());
			boolean created = id == null;
			TenderForm form = created ? new TenderForm() : this.pipeline.currentForm(this.tenders, RecordKey.of(id));
			fill(form, notice, lot, buyers, sourceId, headline(notice, lot.id()), created || latest);
			form.setParentId(String.valueOf(parentId));
			lots.put(lot.id(), created ? this.saves.create(this.tenders, form, actor)
					: this.saves.update(this.tenders, RecordKey.of(id), form, form.versionNumber(), actor));
		}
		return lots;
	}

	/** The tenders that facts go to: "" for the process, then each lot by its id. */
	private static Map<String, Long> targets(long tenderId, Map<String, Long> lots) {
		Map<String, Long> targets = new LinkedHashMap<>();
		targets.put("", tenderId);
		targets.putAll(lots);
		return targets;
	}

	/**
	 * Whether a fact of a lot goes to this target: lot facts to their lot, others to the
	 * process.
	 */
	private static boolean belongs(String factLot, String target, Map<String, Long> lots) {
		String lot = (factLot != null && lots.containsKey(factLot)) ? factLot : "";
		return lot.equals(target);
	}

	private void fill(TenderForm form, Notice notice, Notice.Lot lot, List<String> buyers, long sourceId,
			Notice.Figure headline, boolean overwrite) {
		if (overwrite || form.getTitle() == null) {
			String title = notice.title();
			if (lot != null) {
				title = (lot.title() != null) ? lot.title() : notice.title() + " – lot " + lot.id();
				title = (title.length() > 300) ? title.substring(0, 300).strip() : title;
			}
			form.setTitle(title);
			form.setDescription((lot != null && lot.description() != null) ? lot.description() : notice.description());
			form.setProcurementMethod((notice.method() != null) ? notice.method().name() : form.getProcurementMethod());
			form.setProcurementMethodDetails(
					(notice.methodDetails() != null) ? notice.methodDetails() : form.getProcurementMethodDetails());
			form.setSuitableSme(flag(notice.sme(), form.getSuitableSme()));
			form.setSuitableVcse(flag(notice.vcse(), form.getSuitableVcse()));
			form.setFramework(flag(notice.framework(), form.getFramework()));
			if (notice.place().itlRegion() != null) {
				form.setItlRegion(notice.place().itlRegion().name());
				form.setNhsRegion((notice.place().nhsRegion() != null) ? notice.place().nhsRegion().name() : null);
			}
		}
		if (lot != null || form.getOcid() == null) {
			// A tender a process was merged into may have an ocid of its own, and keeps
			// it.
			form.setOcid(notice.ocid());
		}
		form.setLotId((lot != null) ? lot.id() : null);
		Set<String> commissioners = new LinkedHashSet<>(form.getCommissionerIds());
		commissioners.addAll(buyers);
		form.setCommissionerIds(new ArrayList<>(commissioners));
		Set<String> codes = new LinkedHashSet<>();
		if (form.getCpvCodes() != null && !form.getCpvCodes().isBlank()) {
			codes.addAll(List.of(form.getCpvCodes().split("[,\\s]+")));
		}
		codes.addAll(notice.cpv().keySet());
		form.setCpvCodes(String.join(", ", codes));
		Set<String> areas = new LinkedHashSet<>(form.getServiceAreas());
		notice.areas().forEach((area) -> areas.add(area.name()));
		form.setServiceAreas(new ArrayList<>(areas));
		if (headline != null && (overwrite || form.getValue() == null || form.getValue().isBlank())) {
			form.setValue(valueText(headline));
			form.setSourceId(String.valueOf(sourceId));
		}
		else {
			form.setSourceId(null);
		}
	}

	/**
	 * The figure that is the tender's (or lot's) headline: a contract's value, else a
	 * single award's, else the tender's. Only pounds.
	 */
	private static Notice.Figure headline(Notice notice, String lotId) {
		List<Notice.Figure> candidates = notice.figures()
			.stream()
			.filter((figure) -> figure.inPounds() && Objects.equals(figure.lotId(), lotId)
					&& (figure.headline() || lotId != null))
			.toList();
		for (String kind : List.of("Contract value", "Award value", "Tender value", "Lot")) {
			List<Notice.Figure> of = candidates.stream().filter((figure) -> figure.note().startsWith(kind)).toList();
			if (of.size() == 1) {
				return of.get(0);
			}
		}
		return null;
	}

	private void figures(Notice notice, String target, Map<String, Long> lots, long tenderId, long sourceId,
			Notice.Figure headline, Actor actor) {
		for (Notice.Figure figure : notice.figures()) {
			if (figure == headline || !belongs(figure.lotId(), target, lots)) {
				continue;
			}
			FigureForm form = new FigureForm();
			form.setSourceId(String.valueOf(sourceId));
			form.setValue(valueText(figure));
			form.setCurrency(figure.currency());
			form.setNote(figure.note());
			this.saves.create(this.figures, RecordKey.inTender(tenderId, null), form, actor);
		}
	}

	private int events(Notice notice, String target, Map<String, Long> lots, long tenderId, long sourceId, Actor actor,
			List<String> notes) {
		List<Step> timeline = new ArrayList<>(this.timelines.lifecycle(tenderId));
		int added = 0;
		List<Notice.Event> ordered = notice.events()
			.stream()
			.filter((event) -> belongs(event.lotId(), target, lots))
			.sorted(java.util.Comparator.comparing(Notice.Event::date))
			.toList();
		for (Notice.Event event : ordered) {
			boolean known = timeline.stream()
				.anyMatch((step) -> step.type() == event.type() && step.date().equals(event.date())
						&& step.expected() == event.expected());
			if (known) {
				continue;
			}
			Step step = new Step(null, event.type(), event.date(), DatePrecision.DAY, event.expected());
			List<Step> after = new ArrayList<>(timeline);
			after.add(step);
			var problem = TenderLifecycle.newProblem(timeline, after, null);
			if (problem.isPresent()) {
				notes.add("Left out the event ‘" + event.type().label() + "’ of " + DAY.format(event.date()) + ": "
						+ problem.get().reason());
				continue;
			}
			EventForm form = new EventForm();
			form.setType(event.type().name());
			form.setDateDay(String.valueOf(event.date().getDayOfMonth()));
			form.setDateMonth(String.valueOf(event.date().getMonthValue()));
			form.setDateYear(String.valueOf(event.date().getYear()));
			form.setTiming(event.expected() ? EventForm.EXPECTED : EventForm.HAPPENED);
			form.setDescription(event.description() + " (" + notice.publisher() + ")");
			form.setSourceIds(new ArrayList<>(List.of(String.valueOf(sourceId))));
			long id = this.saves.create(this.events, RecordKey.inTender(tenderId, null), form, actor);
			timeline.add(new Step(id, event.type(), event.date(), DatePrecision.DAY, event.expected()));
			added++;
		}
		return added;
	}

	private void bids(Notice notice, String target, Map<String, Long> lots, long tenderId, long sourceId, Actor actor) {
		Set<String> held = new LinkedHashSet<>(
				this.jdbc.sql("select bidder_id || ':' || role from bid where tender_id = :id")
					.param("id", tenderId)
					.query(String.class)
					.list());
		for (Notice.Bid bid : notice.bids()) {
			if (!belongs(bid.lotId(), target, lots)) {
				continue;
			}
			long bidderId = this.parts.bidder(bid.party(), actor);
			if (!held.add(bidderId + ":" + bid.role().name())
					|| (bid.role() == BidRole.BIDDER && held.contains(bidderId + ":" + BidRole.AWARDED.name()))) {
				continue;
			}
			BidForm form = new BidForm();
			form.setBidderId(String.valueOf(bidderId));
			form.setRole(bid.role().name());
			form.setSourceId(String.valueOf(sourceId));
			this.saves.create(this.bids, RecordKey.inTender(tenderId, null), form, actor);
		}
	}

	/**
	 * The tender of a process (or of one of its lots): the one holding the ocid (or the
	 * tender an admin merged that one into), else, for an ocid the tracker gave in an
	 * export, the tender it names.
	 */
	private Long findTender(String ocid, String lotId) {
		Held held = this.jdbc.sql("""
				select id, archived_at is not null as archived from tender
				where ocid = :ocid and coalesce(lot_id, '') = coalesce(:lot, '')""")
			.param("ocid", ocid)
			.param("lot", lotId)
			.query((rs, row) -> new Held(rs.getLong("id"), rs.getBoolean("archived")))
			.optional()
			.orElse(null);
		if (held != null) {
			return held.archived() ? mergedInto(held.id()) : held.id();
		}
		if (lotId != null) {
			return null;
		}
		return this.ocids.tenderOf(ocid)
			.flatMap((id) -> this.jdbc.sql("select id from tender where id = :id and ocid is null")
				.param("id", id)
				.query(Long.class)
				.optional())
			.orElse(null);
	}

	/**
	 * The tender an archived tender was merged into (following merges of merges), or the
	 * tender itself.
	 */
	private long mergedInto(long tenderId) {
		long id = tenderId;
		for (int step = 0; step < 10; step++) {
			Long into = this.jdbc.sql("""
					select m.existing_tender_id from possible_match m join tender t on t.id = m.imported_tender_id
					where m.imported_tender_id = :id and m.status = 'MERGED' and t.archived_at is not null""")
				.param("id", id)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (into == null) {
				return id;
			}
			id = into;
		}
		return id;
	}

	private record Held(long id, boolean archived) {
	}

	private LocalDate newestRelease(String ocid) {
		return this.jdbc.sql("select max(published_on) from source where ocid = :ocid")
			.param("ocid", ocid)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	static String valueText(Notice.Figure figure) {
		String pound = figure.inPounds() ? "£" : "";
		String high = pound + figure.high().setScale(2, RoundingMode.HALF_UP).toPlainString();
		BigDecimal low = figure.low();
		if (low == null || low.compareTo(figure.high()) == 0) {
			return high;
		}
		return pound + low.setScale(2, RoundingMode.HALF_UP).toPlainString() + " to " + high;
	}

	private static String flag(Boolean value, String current) {
		return (value != null) ? (value ? "yes" : "no") : current;
	}

}
