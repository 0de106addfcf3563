package io.github.nhstendertracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.browse.TenderViews.BidView;
import io.github.nhstendertracker.browse.TenderViews.FigureView;
import io.github.nhstendertracker.browse.TenderViews.LatestEvent;
import io.github.nhstendertracker.browse.TenderViews.OpenData;
import io.github.nhstendertracker.browse.TenderViews.TenderDetail;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.browse.ValueView;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.EventView;
import io.github.nhstendertracker.event.TenderDates;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Read models for controller slice tests, built from the facts the tracker was seeded
 * with (Dudley MCP, Staffordshire cancer, Bedfordshire and Cambridgeshire MSK,
 * Oxfordshire lead providers), so pages are rendered from realistic data. Packages whose
 * view records are package-private build on these in their own fixtures class.
 */
public final class ViewFixtures {

	// Sources ------------------------------------------------------------------------

	public static final Ref HSJ_CAMBRIDGESHIRE_MSK = new Ref(2L,
			"Cambridgeshire and Peterborough CCG weighs a musculoskeletal contract worth over £50m a year");

	public static final Ref BMJ_STAFFORDSHIRE_ON_HOLD = new Ref(3L,
			"Staffordshire's £1.2bn cancer and end of life procurement put on hold after the Cambridgeshire collapse");

	public static final Ref HSJ_DUDLEY_MCP = new Ref(4L,
			"Dudley CCG issues the first vanguard tender for a multispecialty community provider, worth £3.4bn to £5.4bn");

	public static final Ref HSJ_STAFFORDSHIRE_CANCER = new Ref(5L,
			"Staffordshire's £687m cancer contract steered towards a consortium led by private providers");

	// Commissioners ------------------------------------------------------------------

	public static final Ref BEDFORDSHIRE_CCG = new Ref(2L, "NHS Bedfordshire CCG");

	public static final Ref NORTH_STAFFORDSHIRE_CCG = new Ref(4L, "NHS North Staffordshire CCG");

	public static final Ref STAFFORD_CCG = new Ref(5L, "NHS Stafford and Surrounds CCG");

	public static final Ref CANNOCK_CHASE_CCG = new Ref(6L, "NHS Cannock Chase CCG");

	public static final Ref STOKE_CCG = new Ref(7L, "NHS Stoke on Trent CCG");

	public static final Ref DUDLEY_CCG = new Ref(8L, "NHS Dudley CCG");

	public static final Ref BLACK_COUNTRY_ICB = new Ref(13L, "NHS Black Country ICB");

	// Tenders ------------------------------------------------------------------------

	public static final Ref CAMBRIDGESHIRE_MSK = new Ref(2L,
			"Integrated musculoskeletal service (Cambridgeshire and Peterborough)");

	public static final Ref BEDFORDSHIRE_MSK = new Ref(3L, "Integrated musculoskeletal service (Bedfordshire)");

	public static final Ref OXFORDSHIRE_LEAD_PROVIDERS = new Ref(4L,
			"Lead providers for maternity, mental health and older people's services (Oxfordshire)");

	public static final Ref STAFFORDSHIRE_PROGRAMME = new Ref(5L,
			"Transforming Cancer and End of Life Care Programme (Staffordshire)");

	public static final Ref STAFFORDSHIRE_CANCER = new Ref(6L, "Cancer care contract (Staffordshire)");

	public static final Ref DUDLEY_MCP = new Ref(8L, "Multispecialty community provider (Dudley)");

	// Bidders ------------------------------------------------------------------------

	public static final Ref CIRCLE = new Ref(2L, "Circle Health");

	public static final Ref UHNM = new Ref(3L, "University Hospitals of North Midlands NHS Trust");

	public static final Ref INTERSERVE = new Ref(5L, "Interserve Investments");

	public static final Ref OPTUM = new Ref(6L, "Optum");

	public static final Ref STAFFORDSHIRE_CONSORTIUM = new Ref(10L, "Staffordshire cancer consortium");

	private ViewFixtures() {
	}

	/** Pounds as the numeric(17, 2) columns return them: 3400000000.00. */
	public static BigDecimal pounds(long amount) {
		return BigDecimal.valueOf(amount).setScale(2);
	}

	// Values -------------------------------------------------------------------------

	/** £3.4bn–£5.4bn in total, for up to 15 years. */
	public static ContractValue dudleyValue() {
		return new ContractValue(pounds(3_400_000_000L), pounds(5_400_000_000L), false, ValueBasis.TOTAL, null, 180);
	}

	/** "As much as £5bn", for up to 15 years. */
	public static ContractValue dudleyHeadlineFigure() {
		return new ContractValue(null, pounds(5_000_000_000L), false, ValueBasis.TOTAL, null, 180);
	}

	/** £687m over ten years. */
	public static ContractValue staffordshireCancerValue() {
		return new ContractValue(pounds(687_000_000L), pounds(687_000_000L), false, ValueBasis.TOTAL, 120, 120);
	}

	/** £700m, no duration given. */
	public static ContractValue staffordshireCancerBmjFigure() {
		return new ContractValue(pounds(700_000_000L), pounds(700_000_000L), false, ValueBasis.TOTAL, null, null);
	}

	/** £120m over five years. */
	public static ContractValue bedfordshireMskValue() {
		return new ContractValue(pounds(120_000_000L), pounds(120_000_000L), false, ValueBasis.TOTAL, 60, 60);
	}

	/** Over £50m a year, no duration. */
	public static ContractValue cambridgeshireMskValue() {
		return new ContractValue(pounds(50_000_000L), pounds(50_000_000L), true, ValueBasis.ANNUAL, null, null);
	}

	// Events -------------------------------------------------------------------------

	public static EventView event(long id, Ref tender, EventType type, LocalDate date, DatePrecision precision,
			DateQualifier qualifier, boolean expected, String description, Ref... sources) {
		return new EventView(id, tender, type, date, precision, qualifier, expected, false, description,
				List.of(sources));
	}

	/** Happened on 9 June 2017. */
	public static EventView dudleyNoticePublished() {
		return event(23, DUDLEY_MCP, EventType.NOTICE_PUBLISHED, LocalDate.of(2017, 6, 9), DatePrecision.DAY,
				DateQualifier.ON, false, "Procurement notice published, the day after the 2017 general election.",
				HSJ_DUDLEY_MCP);
	}

	/** Expected on 13 July 2017. */
	public static EventView dudleyBidDeadline() {
		return event(24, DUDLEY_MCP, EventType.BID_DEADLINE, LocalDate.of(2017, 7, 13), DatePrecision.DAY,
				DateQualifier.ON, true, "Bids close.", HSJ_DUDLEY_MCP);
	}

	/** Expected on 1 April 2018. */
	public static EventView dudleyContractStart() {
		return event(25, DUDLEY_MCP, EventType.CONTRACT_START, LocalDate.of(2018, 4, 1), DatePrecision.DAY,
				DateQualifier.ON, true, "Commissioners' target start date.", HSJ_DUDLEY_MCP);
	}

	/** Happened by February 2016 (month precision, BY qualifier). */
	public static EventView staffordshireCancerPause() {
		return event(18, STAFFORDSHIRE_CANCER, EventType.PAUSE, LocalDate.of(2016, 2, 1), DatePrecision.MONTH,
				DateQualifier.BY, false, "Signing put on hold until the Cambridgeshire review reports.",
				BMJ_STAFFORDSHIRE_ON_HOLD);
	}

	/** Happened in 2015 (year precision), reported by one source. */
	public static EventView staffordshireCancerConsortiumForming() {
		return event(14, STAFFORDSHIRE_CANCER, EventType.CONSORTIUM_FORMING, LocalDate.of(2015, 1, 1),
				DatePrecision.YEAR, DateQualifier.ON, false,
				"Commissioners ask the NHS trusts and private bidders to form one consortium.",
				HSJ_STAFFORDSHIRE_CANCER);
	}

	/** Happened in August 2013. */
	public static EventView bedfordshirePreferredBidder() {
		return event(10, BEDFORDSHIRE_MSK, EventType.PREFERRED_BIDDER, LocalDate.of(2013, 8, 1), DatePrecision.MONTH,
				DateQualifier.ON, false, "Bedfordshire CCG names Circle preferred bidder.", HSJ_CAMBRIDGESHIRE_MSK);
	}

	// Tender rows --------------------------------------------------------------------

	public static TenderRow dudleyRow() {
		return new TenderRow(DUDLEY_MCP.id(), DUDLEY_MCP.name(), TenderStatus.OPEN, ValueView.of(dudleyValue()),
				List.of(DUDLEY_CCG), NhsRegion.MIDLANDS, ItlRegion.TLG,
				new LatestEvent(EventType.NOTICE_PUBLISHED, LocalDate.of(2017, 6, 9), DatePrecision.DAY,
						DateQualifier.ON),
				new TenderDates(LocalDate.of(2017, 7, 13), DatePrecision.DAY, null, null, false), null);
	}

	public static TenderRow staffordshireCancerRow() {
		return new TenderRow(STAFFORDSHIRE_CANCER.id(), STAFFORDSHIRE_CANCER.name(), TenderStatus.PAUSED,
				ValueView.of(staffordshireCancerValue()),
				List.of(NORTH_STAFFORDSHIRE_CCG, STAFFORD_CCG, CANNOCK_CHASE_CCG, STOKE_CCG), NhsRegion.MIDLANDS,
				ItlRegion.TLG,
				new LatestEvent(EventType.PAUSE, LocalDate.of(2016, 2, 1), DatePrecision.MONTH, DateQualifier.BY),
				TenderDates.none(), null);
	}

	public static TenderRow bedfordshireMskRow() {
		return new TenderRow(BEDFORDSHIRE_MSK.id(), BEDFORDSHIRE_MSK.name(), TenderStatus.PREFERRED_BIDDER,
				ValueView.of(bedfordshireMskValue()), List.of(BEDFORDSHIRE_CCG), NhsRegion.EAST_OF_ENGLAND,
				ItlRegion.TLH, new LatestEvent(EventType.PREFERRED_BIDDER, LocalDate.of(2013, 8, 1),
						DatePrecision.MONTH, DateQualifier.ON),
				TenderDates.none(), null);
	}

	/** No value, no region known, nothing has happened yet. */
	public static TenderRow oxfordshireRow() {
		return new TenderRow(OXFORDSHIRE_LEAD_PROVIDERS.id(), OXFORDSHIRE_LEAD_PROVIDERS.name(), TenderStatus.PLANNED,
				null, List.of(), null, null, null, TenderDates.none(), null);
	}

	// Figures and bids ---------------------------------------------------------------

	public static FigureView figure(Ref tender, Ref source, ContractValue value, String note, boolean matches) {
		return new FigureView(tender, source, ValueView.of(value), note, matches, FigureView.POUNDS);
	}

	public static BidView bid(Ref tender, Ref bidder, BidderType type, BidRole role, String note, Ref source) {
		return new BidView(null, tender, bidder, type, role, note, source);
	}

	// Tender details -----------------------------------------------------------------

	/**
	 * Dudley MCP: £3.4bn–£5.4bn for up to 15 years, notice published, bid deadline and
	 * contract start expected, one figure that matches the headline.
	 */
	public static TenderDetailBuilder dudleyDetail() {
		return new TenderDetailBuilder(DUDLEY_MCP).description(
				"The first MCP procurement from a national vanguard site: an accountable care contract including GP services.")
			.status(TenderStatus.OPEN)
			.contractModel(ContractModel.MCP_ACCOUNTABLE_CARE)
			.regions(NhsRegion.MIDLANDS, ItlRegion.TLG)
			.serviceAreas(EnumSet.of(ServiceArea.INTEGRATED_CARE, ServiceArea.PRIMARY_CARE, ServiceArea.COMMUNITY))
			.value(dudleyValue())
			.figures(false,
					figure(DUDLEY_MCP, HSJ_DUDLEY_MCP, dudleyValue(),
							"Between £3.4bn and £5.4bn, on 2016-17 spend including GP services.", true))
			.commissioners(DUDLEY_CCG)
			.timeline(dudleyNoticePublished(), dudleyBidDeadline(), dudleyContractStart())
			.sources(HSJ_DUDLEY_MCP);
	}

	/**
	 * Staffordshire cancer: £687m over ten years, a lot of the Staffordshire programme,
	 * paused by February 2016, with a bidder and a figure that differs from the headline.
	 */
	public static TenderDetailBuilder staffordshireCancerDetail() {
		return new TenderDetailBuilder(STAFFORDSHIRE_CANCER)
			.description("Ten-year prime-provider contract to integrate cancer pathways across acute and community "
					+ "services.")
			.status(TenderStatus.PAUSED)
			.contractModel(ContractModel.PRIME_CONTRACTOR)
			.regions(NhsRegion.MIDLANDS, ItlRegion.TLG)
			.serviceAreas(EnumSet.of(ServiceArea.CANCER))
			.value(staffordshireCancerValue())
			.figures(true,
					figure(STAFFORDSHIRE_CANCER, HSJ_STAFFORDSHIRE_CANCER, staffordshireCancerValue(),
							"£687m over ten years.", true),
					figure(STAFFORDSHIRE_CANCER, BMJ_STAFFORDSHIRE_ON_HOLD, staffordshireCancerBmjFigure(),
							"£700m for cancer care.", false))
			.commissioners(NORTH_STAFFORDSHIRE_CCG, STAFFORD_CCG, CANNOCK_CHASE_CCG, STOKE_CCG)
			.parent(STAFFORDSHIRE_PROGRAMME)
			.bids(bid(STAFFORDSHIRE_CANCER, STAFFORDSHIRE_CONSORTIUM, BidderType.CONSORTIUM, BidRole.BIDDER,
					"The only bidder left by February 2016.", BMJ_STAFFORDSHIRE_ON_HOLD))
			.timeline(staffordshireCancerConsortiumForming(), staffordshireCancerPause())
			.sources(HSJ_STAFFORDSHIRE_CANCER, BMJ_STAFFORDSHIRE_ON_HOLD);
	}

	/**
	 * Oxfordshire lead providers: proposed, with no value, bidders, events or figures.
	 */
	public static TenderDetailBuilder oxfordshireDetail() {
		return new TenderDetailBuilder(OXFORDSHIRE_LEAD_PROVIDERS)
			.description("Oxfordshire proposed lead-provider contracts joining up three areas of care.")
			.status(TenderStatus.PLANNED)
			.contractModel(ContractModel.LEAD_PROVIDER)
			.regions(NhsRegion.SOUTH_EAST, ItlRegion.TLJ)
			.serviceAreas(EnumSet.of(ServiceArea.MATERNITY, ServiceArea.MENTAL_HEALTH, ServiceArea.OLDER_PEOPLE));
	}

	// Pages --------------------------------------------------------------------------

	public static <T> PageView<T> page(List<T> items, int page, int size, long totalItems) {
		return new PageView<>(items, page, size, totalItems);
	}

	public static <T> PageView<T> emptyPage(int size) {
		return new PageView<>(List.of(), 1, size, 0);
	}

	// Bad list parameters --------------------------------------------------------------

	/**
	 * Paging parameters every list page and list API refuses, with the message that says
	 * what to change: parameter name, value, message.
	 */
	public static Stream<Arguments> badPagingParameters() {
		return Stream.of(Arguments.of("page", "0", "Page must be 1 or more."),
				Arguments.of("page", "-1", "Page must be a whole number."),
				Arguments.of("page", "abc", "Page must be a whole number."),
				Arguments.of("page", "1.5", "Page must be a whole number."),
				Arguments.of("page", "99999999999", "Page must be a whole number."),
				Arguments.of("size", "7", "Page size must be 25, 50 or 100."),
				Arguments.of("size", "lots", "Page size must be a whole number."));
	}

	/** A 5,000-character garbage value, with characters that must never be echoed raw. */
	public static String garbage() {
		return "<script>alert('x')</script>' OR 1=1; --".repeat(200).substring(0, 5_000);
	}

	/**
	 * Builds a {@link TenderDetail}, starting empty apart from its id and title; the
	 * fixture methods above fill it in and tests change what they are about.
	 */
	public static final class TenderDetailBuilder {

		private final Ref tender;

		private String description;

		private TenderStatus status = TenderStatus.PLANNED;

		private ContractModel contractModel;

		private NhsRegion nhsRegion;

		private ItlRegion itlRegion;

		private Set<ServiceArea> serviceAreas = EnumSet.noneOf(ServiceArea.class);

		private ValueView value;

		private List<FigureView> figures = List.of();

		private boolean figuresDisagree;

		private List<Ref> commissioners = List.of();

		private Ref parent;

		private List<TenderRow> lots = List.of();

		private List<BidView> bids = List.of();

		private List<EventView> timeline = List.of();

		private List<Ref> sources = List.of();

		private OpenData openData = new OpenData(null, null, null, null, null, null, null, List.of(), List.of());

		TenderDetailBuilder(Ref tender) {
			this.tender = tender;
		}

		public TenderDetailBuilder description(String description) {
			this.description = description;
			return this;
		}

		public TenderDetailBuilder status(TenderStatus status) {
			this.status = status;
			return this;
		}

		public TenderDetailBuilder contractModel(ContractModel contractModel) {
			this.contractModel = contractModel;
			return this;
		}

		public TenderDetailBuilder regions(NhsRegion nhsRegion, ItlRegion itlRegion) {
			this.nhsRegion = nhsRegion;
			this.itlRegion = itlRegion;
			return this;
		}

		public TenderDetailBuilder serviceAreas(Set<ServiceArea> serviceAreas) {
			this.serviceAreas = serviceAreas;
			return this;
		}

		public TenderDetailBuilder value(ContractValue value) {
			this.value = ValueView.of(value);
			return this;
		}

		public TenderDetailBuilder figures(boolean disagree, FigureView... figures) {
			this.figuresDisagree = disagree;
			this.figures = List.of(figures);
			return this;
		}

		public TenderDetailBuilder figuresDisagree(boolean disagree) {
			this.figuresDisagree = disagree;
			return this;
		}

		public TenderDetailBuilder addFigure(FigureView figure) {
			List<FigureView> more = new ArrayList<>(this.figures);
			more.add(figure);
			this.figures = List.copyOf(more);
			return this;
		}

		public TenderDetailBuilder commissioners(Ref... commissioners) {
			this.commissioners = List.of(commissioners);
			return this;
		}

		public TenderDetailBuilder parent(Ref parent) {
			this.parent = parent;
			return this;
		}

		public TenderDetailBuilder lots(TenderRow... lots) {
			this.lots = List.of(lots);
			return this;
		}

		public TenderDetailBuilder bids(BidView... bids) {
			this.bids = List.of(bids);
			return this;
		}

		public TenderDetailBuilder timeline(EventView... timeline) {
			this.timeline = List.of(timeline);
			return this;
		}

		public TenderDetailBuilder openData(OpenData openData) {
			this.openData = openData;
			return this;
		}

		public TenderDetailBuilder sources(Ref... sources) {
			this.sources = List.of(sources);
			return this;
		}

		public TenderDetail build() {
			return new TenderDetail(this.tender.id(), this.tender.name(), this.description, this.status,
					this.contractModel, this.nhsRegion, this.itlRegion, this.serviceAreas, this.value, this.figures,
					this.figuresDisagree, this.commissioners, this.parent, this.lots, this.bids, this.timeline,
					this.sources, TenderDetail.latest(this.timeline, EventType.BID_DEADLINE),
					TenderDetail.latest(this.timeline, EventType.CONTRACT_START), this.openData,
					TenderDates.of(this.timeline, (this.value != null) ? this.value.asContractValue() : null), null,
					null);
		}

	}

}
