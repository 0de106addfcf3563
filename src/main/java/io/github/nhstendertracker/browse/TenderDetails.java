package io.github.nhstendertracker.browse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.github.nhstendertracker.browse.TenderViews.BidView;
import io.github.nhstendertracker.browse.TenderViews.FigureView;
import io.github.nhstendertracker.browse.TenderViews.Reported;
import io.github.nhstendertracker.browse.TenderViews.TenderDetail;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.EventView;
import io.github.nhstendertracker.event.TenderDates;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.Bid;
import io.github.nhstendertracker.tender.BidRepository;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ReportedFigureRepository;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderRepository;
import io.github.nhstendertracker.tender.TenderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads everything a tender page shows in a fixed number of queries, however long its
 * timeline or list of bidders. Archived records never appear: the tender's archived
 * commissioners, sources and parent are left out (bids of archived bidders and figures
 * from archived sources are left out by their queries).
 */
@Service
@Transactional(readOnly = true)
public class TenderDetails {

	private final TenderRepository tenders;

	private final BidRepository bids;

	private final ReportedFigureRepository figures;

	private final TenderEvents events;

	private final TenderRows rows;

	private final JdbcClient jdbc;

	private final TenderOpenDataViews openData;

	TenderDetails(TenderRepository tenders, BidRepository bids, ReportedFigureRepository figures, TenderEvents events,
			TenderRows rows, JdbcClient jdbc, TenderOpenDataViews openData) {
		this.openData = openData;
		this.tenders = tenders;
		this.bids = bids;
		this.figures = figures;
		this.events = events;
		this.rows = rows;
		this.jdbc = jdbc;
	}

	public TenderDetail detail(Long id) {
		Tender tender = this.tenders.findDetailById(id).orElseThrow(() -> new NotFoundException("tender", id));
		ContractValue headline = tender.getValue();
		List<FigureView> reported = this.figures.findByTenderId(id)
			.stream()
			.map((figure) -> new FigureView(ref(id, tender.getTitle()),
					ref(figure.getSource().getId(), figure.getSource().getTitle()), ValueView.of(figure.getValue()),
					figure.getNote(), figure.inPounds() && sameFigure(figure.getValue(), headline),
					figure.getCurrency()))
			.toList();
		boolean disagree = reported.stream()
			.filter(FigureView::inPounds)
			.map((figure) -> key(figure.value().asContractValue()))
			.distinct()
			.count() > 1;
		List<Long> lotIds = this.jdbc.sql("select id from tender where parent_id = :id and archived_at is null")
			.param("id", id)
			.query(Long.class)
			.list();
		Tender parent = tender.getParent();
		if (parent != null && parent.isArchived()) {
			parent = null;
		}
		List<EventView> timeline = this.events.timeline(id);
		List<Source> sources = tender.getSources()
			.stream()
			.filter((source) -> !source.isArchived())
			.sorted(Comparator.comparing(Source::getPublishedOn))
			.toList();
		TenderDates dates = TenderDates.of(timeline, headline);
		return new TenderDetail(tender.getId(), tender.getTitle(), tender.getDescription(), tender.getStatus(),
				tender.getContractModel(), tender.getNhsRegion(), tender.getItlRegion(), tender.getServiceAreas(),
				ValueView.of(headline), reported, disagree,
				tender.getCommissioners()
					.stream()
					.filter((commissioner) -> !commissioner.isArchived())
					.sorted(Comparator.comparing((commissioner) -> commissioner.getName()))
					.map((commissioner) -> ref(commissioner.getId(), commissioner.getName()))
					.toList(),
				(parent != null) ? ref(parent.getId(), parent.getTitle()) : null, this.rows.byIds(lotIds),
				this.bids.findByTenderId(id).stream().map(TenderDetails::bidView).toList(), timeline,
				sources.stream().map((source) -> ref(source.getId(), source.getTitle())).toList(),
				TenderDetail.latest(timeline, EventType.BID_DEADLINE),
				TenderDetail.latest(timeline, EventType.CONTRACT_START), this.openData.of(tender), dates,
				(tender.getStatus() == TenderStatus.OPEN) ? dates.daysToDeadline(this.events.today()) : null,
				sources.isEmpty() ? null : Reported.of(sources.get(sources.size() - 1)));
	}

	/** The bids a bidder has made, with the tenders they were on. */
	public List<BidView> bidsOf(Long bidderId) {
		return this.bids.findByBidderId(bidderId).stream().map(TenderDetails::bidView).toList();
	}

	/** The figures a source reported, for its page. */
	public List<FigureView> figuresFrom(Long sourceId) {
		return this.figures.findBySourceId(sourceId)
			.stream()
			.map((figure) -> new FigureView(ref(figure.getTender().getId(), figure.getTender().getTitle()),
					ref(sourceId, figure.getSource().getTitle()), ValueView.of(figure.getValue()), figure.getNote(),
					figure.inPounds() && sameFigure(figure.getValue(), figure.getTender().getValue()),
					figure.getCurrency()))
			.toList();
	}

	/**
	 * A bid as pages show it; a source that has been archived is left out, as if none
	 * were cited.
	 */
	static BidView bidView(Bid bid) {
		Source source = bid.getSource();
		return new BidView(bid.getId(), ref(bid.getTender().getId(), bid.getTender().getTitle()),
				ref(bid.getBidder().getId(), bid.getBidder().getName()), bid.getBidder().getType(), bid.getRole(),
				bid.getNote(),
				(source != null && !source.isArchived()) ? ref(source.getId(), source.getTitle()) : null);
	}

	static boolean sameFigure(ContractValue a, ContractValue b) {
		return a != null && b != null && key(a).equals(key(b));
	}

	private static String key(ContractValue value) {
		return Objects.toString(plain(value.low())) + "|" + plain(value.high()) + "|" + value.highOpen() + "|"
				+ value.basis();
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : null;
	}

	private static Ref ref(Long id, String name) {
		return new Ref(id, name);
	}

}
