package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.search.SearchResult.Bucket;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.TextPart;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each search filter, sort and sum means, checked against real PostgreSQL. Each test
 * inserts its own tenders (rolled back afterwards), all commissioned by one new
 * commissioner that every query filters on, so the seeded tenders never take part. The
 * expected results are worked out here in plain Java from what was inserted, never by the
 * query code.
 */
@SpringBootTest
@Transactional
@Import(TestDatabaseConfiguration.class)
class TenderSearchTests {

	private static final LocalDate NEVER = LocalDate.of(1, 1, 1);

	/** Sorting by status follows the enum's declaration order. */
	private static final List<TenderStatus> STATUS_ORDER = List.of(TenderStatus.values());

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TenderSearch search;

	/** Every tender inserted, by the short name the tests use for it. */
	private final Map<String, Spec> tenders = new LinkedHashMap<>();

	private final Map<String, Long> bidders = new LinkedHashMap<>();

	private long commissionerId;

	private long otherCommissionerId;

	@BeforeEach
	void insertTenders() {
		this.commissionerId = commissioner("Zennor Test Purchasing Group", "OTHER");
		this.otherCommissionerId = commissioner("Wombleton Borough Council", "LOCAL_AUTHORITY");
		this.bidders.put("quill", bidder("Quillfeather Health", "PRIVATE_COMPANY"));
		this.bidders.put("rook", bidder("Rookwood Partnership NHS Trust", "NHS_TRUST"));

		// Values at the edges of the filters.
		add(new Spec("edge", "Aardvark edge value tender").total(m(10), m(20))
			.months(60, 60)
			.region(NhsRegion.MIDLANDS, ItlRegion.TLG)
			.status(TenderStatus.OPEN)
			.areas(ServiceArea.COMMUNITY)
			.event(EventType.NOTICE_PUBLISHED, "2016-01-10"));
		add(new Spec("open", "Badger open ended contract").total(m(500), m(600))
			.highOpen()
			.months(120, 120)
			.region(NhsRegion.LONDON, ItlRegion.TLI)
			.status(TenderStatus.PAUSED)
			.areas(ServiceArea.CANCER, ServiceArea.END_OF_LIFE)
			.event(EventType.NOTICE_PUBLISHED, "2015-05-01")
			.event(EventType.PAUSE, "2016-02-01"));
		add(new Spec("atLeast", "Bison at least value").total(m(30), null)
			.region(NhsRegion.NORTH_WEST, ItlRegion.TLD)
			.status(TenderStatus.OPEN)
			.event(EventType.NOTICE_PUBLISHED, "2016-06-01"));
		add(new Spec("overAny", "Camel any amount over").total(null, m(40))
			.highOpen()
			.region(NhsRegion.SOUTH_WEST, ItlRegion.TLK)
			.status(TenderStatus.PLANNED));
		add(new Spec("upTo", "Coyote up to five million").total(null, m(5))
			.region(NhsRegion.EAST_OF_ENGLAND, ItlRegion.TLH)
			.status(TenderStatus.PLANNED));
		add(new Spec("annualOnly", "Dingo per year no duration").annual(m(2), m(3))
			.region(NhsRegion.SOUTH_EAST, ItlRegion.TLJ)
			.status(TenderStatus.OPEN)
			.event(EventType.NOTICE_PUBLISHED, "2016-06-01"));
		add(new Spec("annualDuration", "Eagle per year with duration").annual(m(4), m(6))
			.months(24, 36)
			.region(NhsRegion.MIDLANDS, ItlRegion.TLF)
			.status(TenderStatus.AWARDED)
			.event(EventType.AWARD, "2017-03-03"));
		add(new Spec("totalDuration", "Ferret total with duration").total(m(12), m(24))
			.months(12, 24)
			.region(NhsRegion.LONDON, ItlRegion.TLI)
			.status(TenderStatus.DELAYED)
			.event(EventType.DELAY, "2016-06-01"));
		add(new Spec("totalNoDuration", "Gecko total no duration").total(m(15), m(15))
			.region(NhsRegion.NORTH_EAST_AND_YORKSHIRE, ItlRegion.TLE)
			.status(TenderStatus.COLLAPSED)
			.event(EventType.COLLAPSE, "2014-11-30"));
		add(new Spec("noValue1", "Heron no value one").status(TenderStatus.PLANNED));
		add(new Spec("noValue2", "Heron no value two").region(NhsRegion.LONDON, ItlRegion.TLI)
			.status(TenderStatus.CANCELLED)
			.event(EventType.CANCELLATION, "2015-12-24"));
		// A programme split into two lots.
		add(new Spec("programme", "Ibis programme of lots").total(m(100), m(100))
			.months(60, 60)
			.region(NhsRegion.MIDLANDS, ItlRegion.TLG)
			.status(TenderStatus.OPEN)
			.areas(ServiceArea.INTEGRATED_CARE));
		add(new Spec("lotA", "Jackal lot A").parent("programme")
			.total(m(60), m(60))
			.months(60, 60)
			.region(NhsRegion.MIDLANDS, ItlRegion.TLG)
			.status(TenderStatus.OPEN)
			.areas(ServiceArea.INTEGRATED_CARE));
		add(new Spec("lotB", "Jackal lot B").parent("programme")
			.total(m(40), m(40))
			.months(60, 60)
			.region(NhsRegion.MIDLANDS, ItlRegion.TLG)
			.status(TenderStatus.AWARDED)
			.areas(ServiceArea.PRIMARY_CARE)
			.event(EventType.AWARD, "2017-03-03"));
		// Words to search for.
		add(new Spec("transport", "Kestrel patient transport services")
			.description("Non-emergency journeys across the county.")
			.total(m(3), m(3))
			.region(NhsRegion.SOUTH_WEST, ItlRegion.TLK)
			.status(TenderStatus.OPEN)
			.bidders("quill")
			.event(EventType.NOTICE_PUBLISHED, "2016-06-01"));
		add(new Spec("apart", "Lemur transport for patient groups").description("Minibus journeys booked ahead.")
			.region(NhsRegion.SOUTH_WEST, ItlRegion.TLK)
			.status(TenderStatus.PREFERRED_BIDDER)
			.bidders("quill", "rook")
			.event(EventType.PREFERRED_BIDDER, "2016-06-01"));
		add(new Spec("service", "Marmot community service").description("A rehabilitation offer commissioned in 2016.")
			.region(NhsRegion.NORTH_WEST, ItlRegion.TLD)
			.status(TenderStatus.OPEN)
			.areas(ServiceArea.COMMUNITY));
		add(new Spec("dermatology", "Newt dermatology clinics").description("Skin clinics in town centres.")
			.region(NhsRegion.SOUTH_EAST, ItlRegion.TLJ)
			.status(TenderStatus.OPEN)
			.alsoCommissionedByOther());
		add(new Spec("ophthalmology", "Ocelot ophthalmology clinics").description("Eye clinics in town centres.")
			.region(NhsRegion.SOUTH_EAST, ItlRegion.TLJ)
			.status(TenderStatus.PLANNED)
			.alsoCommissionedByOther());
		add(new Spec("commissioning", "Otter commissioning support unit").description("Help with buying care.")
			.status(TenderStatus.PLANNED));
		add(new Spec("markup", "Puffin <b>bold</b> dermatology & eye offer").description("Cheap.")
			.status(TenderStatus.PLANNED));
		// Events.
		add(new Spec("pausedResumed", "Quail paused then awarded").total(m(7), m(7))
			.region(NhsRegion.LONDON, ItlRegion.TLI)
			.status(TenderStatus.AWARDED)
			.event(EventType.NOTICE_PUBLISHED, "2015-01-15")
			.event(EventType.PAUSE, "2016-03-01")
			.event(EventType.AWARD, "2016-09-01"));
		add(new Spec("expectedPause", "Raven with an expected pause").region(NhsRegion.LONDON, ItlRegion.TLI)
			.status(TenderStatus.OPEN)
			.event(EventType.NOTICE_PUBLISHED, "2017-02-01")
			.expectedEvent(EventType.PAUSE, "2018-01-01"));
		// Fillers: many ties in title, value and date, and many without a value or
		// events.
		for (int i = 0; i < 36; i++) {
			String title = switch (i % 3) {
				case 0 -> (i % 2 == 0) ? "Tie title tender" : "TIE TITLE TENDER";
				default -> "Urchin filler %02d".formatted(i);
			};
			Spec filler = new Spec("filler" + i, title).description("Filler contract number " + i + ".")
				.status(TenderStatus.values()[i % TenderStatus.values().length])
				.areas(ServiceArea.values()[i % ServiceArea.values().length]);
			switch (i % 4) {
				case 1 -> filler.total(m(7), m(7)).months(60, 60);
				case 2 -> filler.total(m(7), m(9));
				case 3 -> filler.total(m(i), m(i + 1)).months(36, 48);
				default -> {
				}
			}
			if (i % 7 != 0) {
				NhsRegion region = NhsRegion.values()[i % NhsRegion.values().length];
				filler.region(region, ItlRegion.values()[i % ItlRegion.values().length]);
			}
			if (i % 3 == 1) {
				filler.event(EventType.NOTICE_PUBLISHED, "2016-06-01");
			}
			else if (i % 3 == 2) {
				filler.event(EventType.NOTICE_PUBLISHED, "2014-01-01")
					.event(EventType.DELAY, LocalDate.of(2015, i % 12 + 1, 1).toString());
			}
			add(filler);
		}
	}

	// Value
	// ------------------------------------------------------------------------------

	@Test
	void valueFilter_overlapsAtTheEdges() {
		assertThat(ids("minValue", "20m")).contains(id("edge")).isEqualTo(expected(overlaps(m(20), null)));
		assertThat(ids("maxValue", "10,000,000")).contains(id("edge")).isEqualTo(expected(overlaps(null, m(10))));
		assertThat(ids("minValue", "20,000,001")).doesNotContain(id("edge"))
			.isEqualTo(expected(overlaps(new BigDecimal("20000001"), null)));
		assertThat(ids("maxValue", "9999999")).doesNotContain(id("edge"))
			.isEqualTo(expected(overlaps(null, new BigDecimal("9999999"))));
		assertThat(ids("minValue", "10m", "maxValue", "10m")).contains(id("edge"))
			.isEqualTo(expected(overlaps(m(10), m(10))));
		assertThat(ids("minValue", "20m", "maxValue", "20m")).contains(id("edge"))
			.isEqualTo(expected(overlaps(m(20), m(20))));
	}

	@Test
	void valueFilter_openUpperBoundsAreUnbounded() {
		// Over £600m, at least £30m and any amount over £40m all reach any minimum.
		assertThat(ids("minValue", "999bn")).containsExactlyInAnyOrder(id("open"), id("atLeast"), id("overAny"))
			.isEqualTo(expected(overlaps(new BigDecimal("999000000000"), null)));
		assertThat(ids("minValue", "600,000,001")).contains(id("open"))
			.isEqualTo(expected(overlaps(new BigDecimal("600000001"), null)));
		// ... but their lower end still has to be within a maximum.
		assertThat(ids("maxValue", "499,999,999")).doesNotContain(id("open")).contains(id("overAny"), id("atLeast"));
	}

	@Test
	void valueFilter_upToValuesCountFromZero() {
		assertThat(ids("maxValue", "1")).contains(id("upTo"), id("overAny"))
			.doesNotContain(id("edge"))
			.isEqualTo(expected(overlaps(null, BigDecimal.ONE)));
		assertThat(ids("minValue", "5m")).contains(id("upTo")).isEqualTo(expected(overlaps(m(5), null)));
		assertThat(ids("minValue", "5,000,001")).doesNotContain(id("upTo"))
			.isEqualTo(expected(overlaps(new BigDecimal("5000001"), null)));
	}

	@Test
	void valueFilter_annualBasis_comparesPerYearFigures() {
		// £4m-£6m a year for 2-3 years is £8m-£18m in total.
		assertThat(ids("valueBasis", "annual", "minValue", "6m", "maxValue", "6m")).contains(id("annualDuration"))
			.isEqualTo(expected(overlapsOn(ValueBasis.ANNUAL, m(6), m(6))));
		assertThat(ids("minValue", "18m", "maxValue", "18m")).contains(id("annualDuration"))
			.isEqualTo(expected(overlapsOn(ValueBasis.TOTAL, m(18), m(18))));
		assertThat(ids("minValue", "18,000,001")).doesNotContain(id("annualDuration"));
		// £12m-£24m over 1-2 years is £6m-£24m a year.
		assertThat(ids("valueBasis", "annual", "maxValue", "6m")).contains(id("totalDuration"), id("annualOnly"))
			.isEqualTo(expected(overlapsOn(ValueBasis.ANNUAL, null, m(6))));
		assertThat(ids("valueBasis", "annual", "minValue", "24m")).contains(id("totalDuration"))
			.isEqualTo(expected(overlapsOn(ValueBasis.ANNUAL, m(24), null)));
	}

	@Test
	void valueFilter_annualFigureWithoutDuration_hasNoTotal_andIsCountedAsNoValue() {
		assertThat(ids("minValue", "0")).doesNotContain(id("annualOnly"))
			.isEqualTo(expected(overlapsOn(ValueBasis.TOTAL, BigDecimal.ZERO, null)));
		assertThat(ids("valueBasis", "annual", "minValue", "0")).contains(id("annualOnly"))
			.doesNotContain(id("totalNoDuration"))
			.isEqualTo(expected(overlapsOn(ValueBasis.ANNUAL, BigDecimal.ZERO, null)));

		Summary total = summary("minValue", "0");
		assertThat(total.noValue()).isEqualTo(count((spec) -> lowOn(spec, ValueBasis.TOTAL) == null));
		assertThat(total.noValueExact()).isTrue();
		Summary annual = summary("valueBasis", "annual", "minValue", "0");
		assertThat(annual.noValue()).isEqualTo(count((spec) -> lowOn(spec, ValueBasis.ANNUAL) == null));
	}

	@Test
	void valueFilter_leavesOutTendersWithoutAValue_andCountsThemInNoValue() {
		Set<Long> valued = ids("minValue", "0");
		assertThat(valued).doesNotContain(id("noValue1"), id("noValue2"), id("service"));
		assertThat(valued).hasSize((int) count((spec) -> lowOn(spec, ValueBasis.TOTAL) != null));
		// With a value filter, noValue counts what the other filters match but the value
		// left out.
		Summary london = summary("minValue", "1", "region", "london");
		assertThat(london.noValue())
			.isEqualTo(count((spec) -> spec.region == NhsRegion.LONDON && lowOn(spec, ValueBasis.TOTAL) == null));
		assertThat(london.noValue()).isPositive();
	}

	// Other filters
	// ------------------------------------------------------------------------

	@Test
	void multiValuedFilters_orWithinAFilter_andAcrossFilters() {
		assertThat(ids("status", "open", "status", "paused"))
			.isEqualTo(expected((spec) -> spec.status == TenderStatus.OPEN || spec.status == TenderStatus.PAUSED));
		assertThat(ids("region", "london", "region", "south-west"))
			.isEqualTo(expected((spec) -> spec.region == NhsRegion.LONDON || spec.region == NhsRegion.SOUTH_WEST));
		assertThat(ids("region", "london", "region", "south-west", "status", "open", "status", "paused")).isNotEmpty()
			.isEqualTo(expected((spec) -> (spec.region == NhsRegion.LONDON || spec.region == NhsRegion.SOUTH_WEST)
					&& (spec.status == TenderStatus.OPEN || spec.status == TenderStatus.PAUSED)));
		assertThat(ids("itl", "TLG", "itl", "TLF")).isNotEmpty()
			.isEqualTo(expected((spec) -> spec.itl == ItlRegion.TLG || spec.itl == ItlRegion.TLF));
		assertThat(ids("serviceArea", "community", "serviceArea", "cancer", "region", "midlands")).isNotEmpty()
			.isEqualTo(expected(
					(spec) -> (spec.areas.contains(ServiceArea.COMMUNITY) || spec.areas.contains(ServiceArea.CANCER))
							&& spec.region == NhsRegion.MIDLANDS));
		assertThat(ids("bidder", String.valueOf(this.bidders.get("rook")))).containsExactly(id("apart"));
		assertThat(ids("bidder", String.valueOf(this.bidders.get("quill")), "bidder",
				String.valueOf(this.bidders.get("rook"))))
			.containsExactlyInAnyOrder(id("transport"), id("apart"));
		// Every query also names this test's commissioner, so a second one widens the
		// result.
		assertThat(ids("commissioner", String.valueOf(this.otherCommissionerId))).hasSize(this.tenders.size());
		assertThat(ids("commissioner", String.valueOf(this.otherCommissionerId), "q", "clinics"))
			.containsExactlyInAnyOrder(id("dermatology"), id("ophthalmology"));
		assertThat(ids("status", "open", "maxValue", "20m", "region", "midlands")).isNotEmpty()
			.isEqualTo(expected((spec) -> spec.status == TenderStatus.OPEN && spec.region == NhsRegion.MIDLANDS
					&& overlaps(null, m(20)).test(spec)));
	}

	@Test
	void cpvFilter_matchesTheCodeAndEveryCodeUnderIt_andAnyOfSeveral() {
		cpv("edge", "85100000", "85121200");
		cpv("open", "85121200");
		cpv("atLeast", "85312000");
		cpv("overAny", "33100000");
		assertThat(ids("cpv", "85100000")).containsExactlyInAnyOrder(id("edge"), id("open"));
		assertThat(ids("cpv", "85121200")).containsExactlyInAnyOrder(id("edge"), id("open"));
		assertThat(ids("cpv", "85000000")).containsExactlyInAnyOrder(id("edge"), id("open"), id("atLeast"));
		assertThat(ids("cpv", "85312000", "cpv", "33100000")).containsExactlyInAnyOrder(id("atLeast"), id("overAny"));
		assertThat(ids("cpv", "85000000", "status", "paused")).containsExactly(id("open"));
		assertThat(ids("cpv", "85310000")).containsExactly(id("atLeast"));
		assertThat(ids("cpv", "45000000")).isEmpty();
	}

	@Test
	void ocidFilter_findsTheProcessAndItsLots_only() {
		String ocid = "ocds-b5fd17-test-process";
		this.jdbc.sql("update tender set ocid = :ocid, lot_id = null where id = :id")
			.param("ocid", ocid)
			.param("id", id("programme"))
			.update();
		this.jdbc.sql("update tender set ocid = :ocid, lot_id = '1' where id = :id")
			.param("ocid", ocid)
			.param("id", id("lotA"))
			.update();
		this.jdbc.sql("update tender set ocid = 'ocds-b5fd17-other', lot_id = null where id = :id")
			.param("id", id("edge"))
			.update();
		assertThat(ids("ocid", ocid)).containsExactlyInAnyOrder(id("programme"), id("lotA"));
		assertThat(ids("ocid", "ocds-b5fd17-other")).containsExactly(id("edge"));
		assertThat(ids("ocid", "ocds-b5fd17-nothing")).isEmpty();
	}

	@Test
	void keywords_matchOtherFormsOfTheSameWord() {
		// "services" finds "service"; "commissioning" finds "commissioned" and back
		// again.
		assertThat(ids("q", "services")).containsExactlyInAnyOrder(id("transport"), id("service"));
		assertThat(ids("q", "service")).containsExactlyInAnyOrder(id("transport"), id("service"));
		assertThat(ids("q", "commissioning")).containsExactlyInAnyOrder(id("service"), id("commissioning"));
		assertThat(ids("q", "commissioned")).containsExactlyInAnyOrder(id("service"), id("commissioning"));
		assertThat(ids("q", "CLINIC")).containsExactlyInAnyOrder(id("dermatology"), id("ophthalmology"));
	}

	@Test
	void keywords_quotedPhrase_needsTheWordsTogether() {
		assertThat(ids("q", "\"patient transport\"")).containsExactly(id("transport"));
		assertThat(ids("q", "patient transport")).containsExactlyInAnyOrder(id("transport"), id("apart"));
		assertThat(ids("q", "\"transport patient\"")).isEmpty();
	}

	@Test
	void keywords_minusLeavesOut_andOrWidens() {
		assertThat(ids("q", "clinics -eye")).containsExactly(id("dermatology"));
		assertThat(ids("q", "transport -\"patient transport\"")).containsExactly(id("apart"));
		assertThat(ids("q", "dermatology or ophthalmology")).containsExactlyInAnyOrder(id("dermatology"),
				id("ophthalmology"), id("markup"));
		assertThat(ids("q", "dermatology ophthalmology")).isEmpty();
	}

	@Test
	void keywords_findCommissionerAndBidderNames() {
		assertThat(ids("q", "wombleton")).containsExactlyInAnyOrder(id("dermatology"), id("ophthalmology"));
		assertThat(ids("q", "quillfeather")).containsExactlyInAnyOrder(id("transport"), id("apart"));
		assertThat(ids("q", "rookwood partnership")).containsExactly(id("apart"));
		assertThat(ids("q", "zennor")).hasSize(this.tenders.size());
	}

	@Test
	void keywords_findANewBidAndARenamedBidder() {
		long newBidder = bidder("Yarrowby Care", "PRIVATE_COMPANY");
		assertThat(ids("q", "yarrowby")).isEmpty();
		this.jdbc.sql("insert into bid (tender_id, bidder_id, role) values (:tender, :bidder, 'BIDDER')")
			.param("tender", id("edge"))
			.param("bidder", newBidder)
			.update();
		assertThat(ids("q", "yarrowby")).containsExactly(id("edge"));
		this.jdbc.sql("update bidder set name = 'Xanthe Care' where id = :id").param("id", newBidder).update();
		assertThat(ids("q", "yarrowby")).isEmpty();
		assertThat(ids("q", "xanthe")).containsExactly(id("edge"));
	}

	@Test
	void eventFilter_findsTendersThatEverHadTheEvent() {
		// Paused then awarded still had a pause; a pause that is only expected has not
		// happened.
		assertThat(ids("event", "pause")).containsExactlyInAnyOrder(id("open"), id("pausedResumed"))
			.isEqualTo(expected((spec) -> spec.happened(EventType.PAUSE)));
		assertThat(ids("event", "pause", "event", "collapse"))
			.isEqualTo(expected((spec) -> spec.happened(EventType.PAUSE) || spec.happened(EventType.COLLAPSE)));
		assertThat(ids("event", "delay", "status", "awarded"))
			.isEqualTo(expected((spec) -> spec.happened(EventType.DELAY) && spec.status == TenderStatus.AWARDED));
	}

	@Test
	void dateRange_findsTendersWithAnEventBetweenTheDates_inclusive() {
		assertThat(ids("from", "2016-03-01", "to", "2016-03-01")).containsExactly(id("pausedResumed"));
		assertThat(ids("from", "2016-01-10", "to", "2016-06-01"))
			.contains(id("edge"), id("open"), id("pausedResumed"), id("transport"))
			.isEqualTo(expected(eventBetween(day("2016-01-10"), day("2016-06-01"))));
		assertThat(ids("from", "2017-01-01")).isEqualTo(expected(eventBetween(day("2017-01-01"), null)));
		assertThat(ids("to", "2014-12-31")).isEqualTo(expected(eventBetween(null, day("2014-12-31"))));
		// An expected event is an event in the range too.
		assertThat(ids("from", "2018-01-01")).containsExactly(id("expectedPause"));
		// The two filters are independent: ever paused, and any event in September 2016.
		assertThat(ids("event", "pause", "from", "2016-09-01", "to", "2016-09-30"))
			.containsExactly(id("pausedResumed"));
	}

	// Sorting and paging
	// ---------------------------------------------------------------------

	static Stream<Arguments> sorts() {
		return Stream.of(Arguments.of("latest", "desc", "total"), Arguments.of("latest", "asc", "total"),
				Arguments.of("value", "desc", "total"), Arguments.of("value", "asc", "total"),
				Arguments.of("value", "desc", "annual"), Arguments.of("value", "asc", "annual"),
				Arguments.of("title", "asc", "total"), Arguments.of("title", "desc", "total"),
				Arguments.of("status", "asc", "total"), Arguments.of("status", "desc", "total"));
	}

	@ParameterizedTest(name = "sort={0}&dir={1}, {2} values")
	@MethodSource("sorts")
	void paging_throughEveryResult_inEverySort_hasNoDuplicatesOrGaps_andBackwardsGivesThePreviousPage(String sort,
			String dir, String basis) {
		ValueBasis valueBasis = basis.equals("annual") ? ValueBasis.ANNUAL : ValueBasis.TOTAL;
		Comparator<Spec> byKey = switch (sort) {
			case "latest" -> Comparator.comparing(Spec::latest);
			case "value" -> Comparator.comparing((Spec spec) -> {
				BigDecimal low = lowOn(spec, valueBasis);
				return (low != null) ? low : BigDecimal.ONE.negate();
			});
			case "title" -> Comparator.comparing((Spec spec) -> spec.title.toLowerCase(Locale.ROOT));
			default -> Comparator.comparing((Spec spec) -> STATUS_ORDER.indexOf(spec.status));
		};
		Comparator<Spec> order = byKey.thenComparing((spec) -> spec.id);
		if (dir.equals("desc")) {
			order = order.reversed();
		}
		List<Long> expectedOrder = this.tenders.values().stream().sorted(order).map((spec) -> spec.id).toList();

		List<String> params = new ArrayList<>(List.of("sort", sort, "dir", dir));
		if (valueBasis == ValueBasis.ANNUAL) {
			// The basis only travels with a value filter; every tender overlaps [0,
			// 1000bn] or has none.
			params.addAll(List.of("valueBasis", "annual"));
		}
		List<List<Long>> pages = walkForwardsAndBack(params.toArray(String[]::new));
		assertThat(pages).hasSize(3);
		assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expectedOrder);
	}

	@Test
	void paging_byRelevance_hasNoDuplicatesOrGaps() {
		// Fillers whose title is "Urchin filler" rank above the others, which all tie.
		List<List<Long>> pages = walkForwardsAndBack("q", "filler or urchin");
		List<Long> all = pages.stream().flatMap(List::stream).toList();
		assertThat(all).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(expected((spec) -> spec.key.startsWith("filler")));
		assertThat(pages).hasSize(2);
	}

	@Test
	void paging_keepsEveryFilter() {
		List<List<Long>> pages = walkForwardsAndBack("status", "planned", "status", "open", "status", "awarded",
				"status", "paused", "sort", "value", "size", "25");
		assertThat(pages.stream().flatMap(List::stream).collect(Collectors.toSet())).isEqualTo(expected(
				(spec) -> EnumSet.of(TenderStatus.PLANNED, TenderStatus.OPEN, TenderStatus.AWARDED, TenderStatus.PAUSED)
					.contains(spec.status)));
	}

	// Counts and sums
	// ---------------------------------------------------------------------------

	@Test
	void count_isExactUnderTheLimit() {
		SearchResult all = this.search.search(query());
		assertThat(all.count().exact()).isTrue();
		assertThat(all.count().value()).isEqualTo(this.tenders.size());
		SearchResult some = this.search.search(query("region", "london"));
		assertThat(some.count().value()).isEqualTo(count((spec) -> spec.region == NhsRegion.LONDON));
		assertThat(some.count().exact()).isTrue();
		SearchResult none = this.search.search(query("q", "nothingmatchesthis"));
		assertThat(none.count().none()).isTrue();
		assertThat(none.hits()).isEmpty();
		assertThat(none.next()).isNull();
	}

	@Test
	void summary_sumsLowerAndUpperBounds_andSaysWhenTheTopIsOpen() {
		Summary midlands = summary("region", "midlands");
		// Edge £10m-£20m, Eagle £8m-£18m, lots £60m and £40m (not the programme),
		// fillers.
		assertSummary(midlands, (spec) -> spec.region == NhsRegion.MIDLANDS, ValueBasis.TOTAL);
		assertThat(midlands.value().highOpen()).isFalse();

		Summary london = summary("region", "london");
		assertSummary(london, (spec) -> spec.region == NhsRegion.LONDON, ValueBasis.TOTAL);
		assertThat(london.value().highOpen()).isTrue();
		// "£500m to over £600m" adds £600m to the top, not £500m.
		assertThat(london.value().high()).isGreaterThanOrEqualTo(m(600));

		Summary everything = summary();
		assertSummary(everything, (spec) -> true, ValueBasis.TOTAL);
		Summary annual = summary("valueBasis", "annual", "minValue", "0");
		assertSummary(annual, (spec) -> lowOn(spec, ValueBasis.ANNUAL) != null, ValueBasis.ANNUAL,
				count((spec) -> lowOn(spec, ValueBasis.ANNUAL) == null));
		// Per year without a value filter: every tender, summed on its per-year figures.
		assertSummary(summary("valueBasis", "annual"), (spec) -> true, ValueBasis.ANNUAL);
	}

	@Test
	void summary_ofOneTender_isThatTendersValue() {
		Summary open = summary("q", "badger");
		assertThat(open.valued()).isEqualTo(1);
		assertThat(open.value().low()).isEqualByComparingTo(m(500));
		assertThat(open.value().high()).isEqualByComparingTo(m(600));
		assertThat(open.value().highOpen()).isTrue();
		Summary atLeast = summary("q", "bison");
		assertThat(atLeast.value().low()).isEqualByComparingTo(m(30));
		assertThat(atLeast.value().high()).isEqualByComparingTo(m(30));
		assertThat(atLeast.value().highOpen()).isTrue();
		Summary upTo = summary("q", "coyote");
		assertThat(upTo.value().low()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(upTo.value().high()).isEqualByComparingTo(m(5));
		assertThat(upTo.value().highOpen()).isFalse();
	}

	@Test
	void summary_countsAProgrammeThroughItsLots() {
		// Programme £100m with lots of £60m and £40m: £100m, not £200m.
		Summary all = summary("q", "ibis or jackal");
		assertThat(this.search.search(query("q", "ibis or jackal")).count().value()).isEqualTo(3);
		assertThat(all.value().low()).isEqualByComparingTo(m(100));
		assertThat(all.value().high()).isEqualByComparingTo(m(100));
		assertThat(all.valued()).isEqualTo(3);
		assertThat(all.noValue()).isZero();
		// The programme and one lot: only the lot's value is summed.
		Summary open = summary("q", "ibis or jackal", "status", "open");
		assertThat(open.value().low()).isEqualByComparingTo(m(60));
		assertThat(open.value().high()).isEqualByComparingTo(m(60));
		// The programme's own value is never summed, even when none of its lots matched.
		Summary programme = summary("q", "ibis");
		assertThat(programme.value()).isNull();
		assertThat(programme.noValue()).isZero();
		// By region too.
		Bucket midlands = summary("q", "ibis or jackal").byRegion().get("MIDLANDS");
		assertThat(midlands.tenders()).isEqualTo(3);
		assertThat(midlands.valueLow()).isEqualByComparingTo(m(100));
		assertThat(midlands.valueHigh()).isEqualByComparingTo(m(100));
	}

	@Test
	void summary_countsFacetsOverTheWholeResult() {
		Summary everything = summary();
		for (TenderStatus status : TenderStatus.values()) {
			Bucket bucket = everything.byStatus().get(status.name());
			long expected = count((spec) -> spec.status == status);
			assertThat((bucket != null) ? bucket.tenders() : 0).as(status.name()).isEqualTo(expected);
		}
		for (ServiceArea area : ServiceArea.values()) {
			Bucket bucket = everything.byServiceArea().get(area.name());
			long expected = count((spec) -> spec.areas.contains(area));
			assertThat((bucket != null) ? bucket.tenders() : 0).as(area.name()).isEqualTo(expected);
		}
		assertThat(everything.byRegion().get("").tenders()).isEqualTo(count((spec) -> spec.region == null));
	}

	// Highlighting
	// -------------------------------------------------------------------------------

	@Test
	void highlighting_marksTheKeywordInTheTitle_andKeepsTheTextAsWritten() {
		List<Hit> hits = this.search.search(query("q", "dermatology", "sort", "title", "dir", "asc")).hits();
		assertThat(hits).extracting((hit) -> hit.tender().id()).containsExactly(id("dermatology"), id("markup"));
		assertThat(hits.get(0).title()).containsExactly(plain("Newt "), marked("dermatology"), plain(" clinics"));
		assertThat(hits.get(1).title()).containsExactly(plain("Puffin <b>bold</b> "), marked("dermatology"),
				plain(" & eye offer"));
		assertThat(hits.get(1).tender().title()).isEqualTo("Puffin <b>bold</b> dermatology & eye offer");
	}

	@Test
	void highlighting_withoutKeywords_givesTheTitleInOnePart_andNoSnippet() {
		Hit markup = this.search.search(query("sort", "title", "dir", "asc", "size", "100"))
			.hits()
			.stream()
			.filter((hit) -> hit.tender().id() == id("markup"))
			.findFirst()
			.orElseThrow();
		assertThat(markup.title()).containsExactly(plain("Puffin <b>bold</b> dermatology & eye offer"));
		assertThat(markup.snippet()).isEmpty();
	}

	@Test
	void highlighting_marksKeywordsInTheDescriptionSnippet() {
		Hit hit = this.search.search(query("q", "skin")).hits().get(0);
		assertThat(hit.tender().id()).isEqualTo(id("dermatology"));
		assertThat(hit.title()).containsExactly(plain("Newt dermatology clinics"));
		assertThat(hit.snippet()).containsExactly(marked("Skin"), plain(" clinics in town centres."));
	}

	private static TextPart plain(String text) {
		return new TextPart(text, false);
	}

	private static TextPart marked(String text) {
		return new TextPart(text, true);
	}

	// Walking pages
	// ---------------------------------------------------------------------------

	/**
	 * Every page of a search, following the Next links the page would show from the first
	 * page, and checking on the way that each page's Previous link leads back to exactly
	 * the page before it.
	 */
	private List<List<Long>> walkForwardsAndBack(String... params) {
		List<List<Long>> pages = new ArrayList<>();
		List<String> previousLinks = new ArrayList<>();
		TenderQuery query = query(params);
		while (query != null) {
			TenderSearch.Page page = this.search.page(query);
			assertThat(page.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(25);
			pages.add(page.hits().stream().map((hit) -> hit.tender().id()).toList());
			assertThat(page.previous() == null).as("previous cursor only after the first page")
				.isEqualTo(pages.size() == 1);
			SearchLinks links = new SearchLinks(query);
			previousLinks.add((page.previous() != null) ? links.previous(page.previous()) : null);
			query = (page.next() != null) ? fromLink(links.next(page.next())) : null;
			assertThat(pages.size()).as("pages").isLessThan(10);
		}
		for (int i = 1; i < pages.size(); i++) {
			TenderSearch.Page back = this.search.page(fromLink(previousLinks.get(i)));
			assertThat(back.hits().stream().map((hit) -> hit.tender().id()).toList())
				.as("page " + i + " reached back from page " + (i + 1))
				.isEqualTo(pages.get(i - 1));
			assertThat(back.next()).as("next from a page reached backwards").isNotNull();
			assertThat(back.previous() == null).as("previous from page " + i).isEqualTo(i == 1);
		}
		assertThat(pages.stream().flatMap(List::stream).toList()).doesNotHaveDuplicates();
		return pages;
	}

	/** The query a page link stands for, read back as the controller would read it. */
	private static TenderQuery fromLink(String link) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		UriComponentsBuilder.fromUriString(link)
			.build(true)
			.getQueryParams()
			.forEach((name, values) -> values
				.forEach((value) -> params.add(name, UriUtils.decode(value, StandardCharsets.UTF_8))));
		Parsed parsed = TenderQuery.parse(params);
		assertThat(parsed.errors()).as("errors parsing " + link).isEmpty();
		return parsed.query();
	}

	// Expected results, worked out in Java
	// ---------------------------------------------------------

	/** The tenders a [min, max] value filter on total values should find. */
	private Predicate<Spec> overlaps(BigDecimal min, BigDecimal max) {
		return overlapsOn(ValueBasis.TOTAL, min, max);
	}

	private Predicate<Spec> overlapsOn(ValueBasis basis, BigDecimal min, BigDecimal max) {
		return (spec) -> {
			BigDecimal low = lowOn(spec, basis);
			if (low == null) {
				return false;
			}
			BigDecimal high = highOn(spec, basis);
			boolean reachesMin = min == null || high == null || high.compareTo(min) >= 0;
			boolean withinMax = max == null || low.compareTo(max) <= 0;
			return reachesMin && withinMax;
		};
	}

	private Predicate<Spec> eventBetween(LocalDate from, LocalDate to) {
		return (spec) -> spec.events.stream()
			.anyMatch(
					(event) -> (from == null || !event.date.isBefore(from)) && (to == null || !event.date.isAfter(to)));
	}

	/**
	 * The lower end on a basis, converted with the duration that gives the smallest
	 * figure; "up to" counts from zero; null when it cannot be worked out.
	 */
	private static BigDecimal lowOn(Spec spec, ValueBasis basis) {
		if (spec.basis == null) {
			return null;
		}
		BigDecimal low = (spec.low != null) ? spec.low : BigDecimal.ZERO;
		if (spec.basis == basis) {
			return low;
		}
		Integer shortest = (spec.minMonths != null) ? spec.minMonths : spec.maxMonths;
		Integer longest = (spec.maxMonths != null) ? spec.maxMonths : spec.minMonths;
		if (shortest == null) {
			return null;
		}
		return (basis == ValueBasis.TOTAL) ? perYearToTotal(low, shortest) : totalToPerYear(low, longest);
	}

	/** The upper end on a basis, or null when it has none (open or "at least"). */
	private static BigDecimal highOn(Spec spec, ValueBasis basis) {
		return spec.highOpen ? null : statedHighOn(spec, basis);
	}

	/** The stated upper figure on a basis, open or not; null if none was stated. */
	private static BigDecimal statedHighOn(Spec spec, ValueBasis basis) {
		if (spec.high == null || lowOn(spec, basis) == null) {
			return null;
		}
		if (spec.basis == basis) {
			return spec.high;
		}
		Integer shortest = (spec.minMonths != null) ? spec.minMonths : spec.maxMonths;
		Integer longest = (spec.maxMonths != null) ? spec.maxMonths : spec.minMonths;
		return (basis == ValueBasis.TOTAL) ? perYearToTotal(spec.high, longest) : totalToPerYear(spec.high, shortest);
	}

	private static BigDecimal perYearToTotal(BigDecimal perYear, int months) {
		return perYear.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal totalToPerYear(BigDecimal total, int months) {
		return total.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Checks a summary against sums worked out here: lower ends, and stated upper ends
	 * (or the lower end where none is stated), of the matching tenders with a value,
	 * leaving out every programme split into lots (its lots are summed instead).
	 */
	private void assertSummary(Summary summary, Predicate<Spec> matches, ValueBasis basis) {
		assertSummary(summary, matches, basis, null);
	}

	/**
	 * As above, with the number of tenders left out for having no value when a value
	 * filter was applied (else those in the result without one).
	 */
	private void assertSummary(Summary summary, Predicate<Spec> matches, ValueBasis basis, Long noValue) {
		Set<Long> programmes = this.tenders.values()
			.stream()
			.map((spec) -> spec.parentId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		List<Spec> result = this.tenders.values().stream().filter(matches).toList();
		List<Spec> valued = result.stream().filter((spec) -> lowOn(spec, basis) != null).toList();
		List<Spec> summed = valued.stream().filter((spec) -> !programmes.contains(spec.id)).toList();
		BigDecimal low = summed.stream().map((spec) -> lowOn(spec, basis)).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal high = summed.stream().map((spec) -> {
			BigDecimal stated = statedHighOn(spec, basis);
			return (stated != null) ? stated : lowOn(spec, basis);
		}).reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean open = summed.stream().anyMatch((spec) -> highOn(spec, basis) == null);
		assertThat(summary.valued()).as("valued").isEqualTo(valued.size());
		assertThat(summary.value().low()).as("low").isEqualByComparingTo(low);
		assertThat(summary.value().high()).as("high").isEqualByComparingTo(high);
		assertThat(summary.value().highOpen()).as("open").isEqualTo(open);
		assertThat(summary.noValue()).as("no value")
			.isEqualTo((noValue != null) ? noValue : result.size() - valued.size());
	}

	private Set<Long> expected(Predicate<Spec> matches) {
		return this.tenders.values().stream().filter(matches).map((spec) -> spec.id).collect(Collectors.toSet());
	}

	private long count(Predicate<Spec> matches) {
		return this.tenders.values().stream().filter(matches).count();
	}

	// Running searches
	// ---------------------------------------------------------------------------

	/** The ids a search finds, over every page. */
	private Set<Long> ids(String... params) {
		List<String> all = new ArrayList<>(List.of(params));
		all.addAll(List.of("size", "100"));
		SearchResult result = this.search.search(query(all.toArray(String[]::new)));
		assertThat(result.next()).as("one page holds every result").isNull();
		assertThat(result.count().value()).isEqualTo(result.hits().size());
		Set<Long> ids = new HashSet<>();
		result.hits().forEach((hit) -> ids.add(hit.tender().id()));
		return ids;
	}

	private Summary summary(String... params) {
		Summary summary = this.search.search(query(params)).summary();
		assertThat(summary).isNotNull();
		return summary;
	}

	/**
	 * A query parsed from parameters (name, value, ...), always for this test's
	 * commissioner.
	 */
	private TenderQuery query(String... params) {
		MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
		for (int i = 0; i < params.length; i += 2) {
			map.add(params[i], params[i + 1]);
		}
		map.add("commissioner", String.valueOf(this.commissionerId));
		Parsed parsed = TenderQuery.parse(map);
		assertThat(parsed.errors()).as("errors parsing " + map).isEmpty();
		return parsed.query();
	}

	// Inserting
	// ---------------------------------------------------------------------------------

	private void cpv(String key, String... codes) {
		for (String code : codes) {
			this.jdbc.sql("insert into tender_cpv (tender_id, code) values (:id, :code)")
				.param("id", id(key))
				.param("code", code)
				.update();
		}
	}

	private long id(String key) {
		return this.tenders.get(key).id;
	}

	private static BigDecimal m(long millions) {
		return BigDecimal.valueOf(millions * 1_000_000L);
	}

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	private long commissioner(String name, String type) {
		return this.jdbc.sql("insert into commissioner (name, type) values (:name, :type) returning id")
			.param("name", name)
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private long bidder(String name, String type) {
		return this.jdbc.sql("insert into bidder (name, type) values (:name, :type) returning id")
			.param("name", name)
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private void add(Spec spec) {
		Long parentId = (spec.parent != null) ? this.tenders.get(spec.parent).id : null;
		spec.parentId = parentId;
		spec.id = this.jdbc.sql("""
				insert into tender (title, description, status, value_low, value_high, value_high_open, value_basis,
				                    duration_min_months, duration_max_months, nhs_region, itl_region, parent_id)
				values (:title, :description, :status, :low, :high, :open, :basis, :minMonths, :maxMonths,
				        :region, :itl, :parent) returning id""")
			.param("title", spec.title)
			.param("description", spec.description)
			.param("status", spec.status.name())
			.param("low", spec.low, Types.NUMERIC)
			.param("high", spec.high, Types.NUMERIC)
			.param("open", spec.highOpen)
			.param("basis", name(spec.basis), Types.VARCHAR)
			.param("minMonths", spec.minMonths, Types.INTEGER)
			.param("maxMonths", spec.maxMonths, Types.INTEGER)
			.param("region", name(spec.region), Types.VARCHAR)
			.param("itl", name(spec.itl), Types.VARCHAR)
			.param("parent", parentId, Types.BIGINT)
			.query(Long.class)
			.single();
		link(spec.id, this.commissionerId);
		if (spec.otherCommissioner) {
			link(spec.id, this.otherCommissionerId);
		}
		for (ServiceArea area : spec.areas) {
			this.jdbc.sql("insert into tender_service_area (tender_id, service_area) values (:tender, :area)")
				.param("tender", spec.id)
				.param("area", area.name())
				.update();
		}
		for (Event event : spec.events) {
			this.jdbc.sql("""
					insert into tender_event (tender_id, type, event_date, date_precision, date_qualifier, expected,
					                          description)
					values (:tender, :type, :date, 'DAY', 'ON', :expected, :description)""")
				.param("tender", spec.id)
				.param("type", event.type.name())
				.param("date", event.date)
				.param("expected", event.expected)
				.param("description", event.type.label() + " for a search test.")
				.update();
		}
		for (String bidder : spec.bidders) {
			this.jdbc.sql("insert into bid (tender_id, bidder_id, role) values (:tender, :bidder, 'BIDDER')")
				.param("tender", spec.id)
				.param("bidder", this.bidders.get(bidder))
				.update();
		}
		this.tenders.put(spec.key, spec);
	}

	private void link(long tenderId, long commissionerId) {
		this.jdbc.sql("insert into tender_commissioner (tender_id, commissioner_id) values (:tender, :commissioner)")
			.param("tender", tenderId)
			.param("commissioner", commissionerId)
			.update();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/** Something that happened (or is expected to happen) to a tender. */
	private record Event(EventType type, LocalDate date, boolean expected) {
	}

	/** A tender as this test inserts it, and so what every search should make of it. */
	private static final class Spec {

		final String key;

		final String title;

		String description = "A tender inserted for a search test.";

		TenderStatus status = TenderStatus.PLANNED;

		BigDecimal low;

		BigDecimal high;

		boolean highOpen;

		ValueBasis basis;

		Integer minMonths;

		Integer maxMonths;

		NhsRegion region;

		ItlRegion itl;

		String parent;

		Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);

		final List<Event> events = new ArrayList<>();

		List<String> bidders = List.of();

		boolean otherCommissioner;

		long id;

		Long parentId;

		Spec(String key, String title) {
			this.key = key;
			this.title = title;
		}

		Spec description(String description) {
			this.description = description;
			return this;
		}

		Spec status(TenderStatus status) {
			this.status = status;
			return this;
		}

		Spec total(BigDecimal low, BigDecimal high) {
			return value(low, high, ValueBasis.TOTAL);
		}

		Spec annual(BigDecimal low, BigDecimal high) {
			return value(low, high, ValueBasis.ANNUAL);
		}

		private Spec value(BigDecimal low, BigDecimal high, ValueBasis basis) {
			this.low = low;
			this.high = high;
			this.basis = basis;
			return this;
		}

		Spec highOpen() {
			this.highOpen = true;
			return this;
		}

		Spec months(Integer min, Integer max) {
			this.minMonths = min;
			this.maxMonths = max;
			return this;
		}

		Spec region(NhsRegion region, ItlRegion itl) {
			this.region = region;
			this.itl = itl;
			return this;
		}

		Spec parent(String parent) {
			this.parent = parent;
			return this;
		}

		Spec areas(ServiceArea... areas) {
			this.areas = EnumSet.copyOf(List.of(areas));
			return this;
		}

		Spec event(EventType type, String date) {
			this.events.add(new Event(type, LocalDate.parse(date), false));
			return this;
		}

		Spec expectedEvent(EventType type, String date) {
			this.events.add(new Event(type, LocalDate.parse(date), true));
			return this;
		}

		Spec bidders(String... bidders) {
			this.bidders = List.of(bidders);
			return this;
		}

		Spec alsoCommissionedByOther() {
			this.otherCommissioner = true;
			return this;
		}

		boolean happened(EventType type) {
			return this.events.stream().anyMatch((event) -> event.type == type && !event.expected);
		}

		/**
		 * The date of the latest event that has happened, or a date before all others.
		 */
		LocalDate latest() {
			return this.events.stream()
				.filter((event) -> !event.expected)
				.map(Event::date)
				.max(Comparator.naturalOrder())
				.orElse(NEVER);
		}

	}

}
