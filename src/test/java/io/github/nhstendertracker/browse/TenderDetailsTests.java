package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.StatementCounter;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.browse.TenderViews.TenderDetail;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.event.TenderEvent;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.Bid;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.Tender;
import io.github.nhstendertracker.tender.TenderStatus;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tender page's read model against real PostgreSQL: what it loads from the seed, and
 * that it loads it in a fixed number of statements however long the timeline.
 */
@SpringBootTest
@Transactional
@Import({ TestDatabaseConfiguration.class, StatementCounter.class })
class TenderDetailsTests {

	@Autowired
	private TenderDetails details;

	@Autowired
	private TenderEvents events;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private StatementCounter statements;

	@Test
	void dudley_detailHasRangeTimelineAndDisagreeingFigures() {
		TenderDetail dudley = this.details.detail(8L);
		assertThat(dudley.title()).isEqualTo("Multispecialty community provider (Dudley)");
		assertThat(dudley.value().low()).isEqualByComparingTo("3400000000");
		assertThat(dudley.value().high()).isEqualByComparingTo("5400000000");
		assertThat(dudley.value().perYear().derived()).isTrue();
		assertThat(dudley.timeline()).extracting((event) -> event.type())
			.containsExactly(EventType.NOTICE_PUBLISHED, EventType.BID_DEADLINE, EventType.CONTRACT_START);
		assertThat(dudley.figuresDisagree()).isTrue();
		assertThat(dudley.reportedFigures()).filteredOn((figure) -> figure.matchesHeadline()).hasSize(1);
		assertThat(dudley.commissioners()).extracting((ref) -> ref.name()).containsExactly("NHS Dudley CCG");
		assertThat(dudley.bidDeadline().date()).isEqualTo(LocalDate.of(2017, 7, 13));
		assertThat(dudley.bidDeadline().expected()).isTrue();
		assertThat(dudley.contractStart().date()).isEqualTo(LocalDate.of(2018, 4, 1));
	}

	@Test
	void cambridgeshire_contractStartIsKnownOnlyAsBy_andHasNoBidDeadline() {
		TenderDetail olderPeople = this.details.detail(1L);
		assertThat(olderPeople.contractStart().dateQualifier()).isEqualTo(DateQualifier.BY);
		assertThat(olderPeople.contractStart().expected()).isFalse();
		assertThat(olderPeople.bidDeadline()).isNull();
	}

	@Test
	void programme_listsItsLots_andALotNamesItsParent() {
		TenderDetail programme = this.details.detail(5L);
		assertThat(programme.lots()).extracting((row) -> row.title())
			.containsExactly("Cancer care contract (Staffordshire)", "End of life care contract (Staffordshire)");
		assertThat(programme.figuresDisagree()).isFalse();
		TenderDetail cancer = this.details.detail(6L);
		assertThat(cancer.parent().id()).isEqualTo(5L);
		assertThat(cancer.bids()).extracting((bid) -> bid.role()).contains(BidRole.WITHDREW, BidRole.CONSORTIUM_LEAD);
	}

	@Test
	void unknownTender_isNotFound() {
		assertThatThrownBy(() -> this.details.detail(987654L)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void detail_issuesTheSameNumberOfStatements_whateverTheTimelineLength() {
		Source source = this.entityManager.find(Source.class, 1L);
		Commissioner commissioner = this.entityManager.find(Commissioner.class, 1L);
		Tender tender = new Tender("Statement count test tender", "Grows a long timeline");
		tender.getCommissioners().add(commissioner);
		tender.getSources().add(source);
		this.entityManager.persist(tender);
		addEvents(tender, source, 1);
		this.entityManager.flush();
		this.entityManager.clear();

		this.statements.reset();
		TenderDetail small = this.details.detail(tender.getId());
		long smallCount = this.statements.count();

		Tender managed = this.entityManager.find(Tender.class, tender.getId());
		addEvents(managed, this.entityManager.find(Source.class, 1L), 60);
		for (int i = 0; i < 20; i++) {
			Bidder bidder = new Bidder("Statement count bidder " + i, BidderType.PRIVATE_COMPANY);
			this.entityManager.persist(bidder);
			this.entityManager.persist(new Bid(managed, bidder, BidRole.BIDDER));
		}
		this.entityManager.flush();
		this.entityManager.clear();

		this.statements.reset();
		TenderDetail large = this.details.detail(tender.getId());
		long largeCount = this.statements.count();

		assertThat(small.timeline()).hasSize(1);
		assertThat(large.timeline()).hasSize(61);
		assertThat(large.bids()).hasSize(20);
		assertThat(smallCount).as("statements for a one-event tender").isBetween(3L, 8L);
		assertThat(largeCount).as("statements for a 61-event, 20-bid tender").isEqualTo(smallCount);
	}

	@Test
	void refreshStatus_followsNewEvents() {
		Tender tender = new Tender("Status refresh test tender", "Moves through its life");
		this.entityManager.persist(tender);
		assertThat(this.events.refreshStatus(tender)).isEqualTo(TenderStatus.PLANNED);
		persistEvent(tender, EventType.NOTICE_PUBLISHED, "2020-01-10", false);
		this.entityManager.flush();
		assertThat(this.events.refreshStatus(tender)).isEqualTo(TenderStatus.OPEN);
		persistEvent(tender, EventType.AWARD, "2020-09-01", true);
		this.entityManager.flush();
		assertThat(this.events.refreshStatus(tender)).as("an expected award changes nothing")
			.isEqualTo(TenderStatus.OPEN);
		persistEvent(tender, EventType.PAUSE, "2020-06-01", false);
		this.entityManager.flush();
		assertThat(this.events.refreshStatus(tender)).isEqualTo(TenderStatus.PAUSED);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.entityManager.find(Tender.class, tender.getId()).getStatus()).isEqualTo(TenderStatus.PAUSED);
	}

	@Test
	void seededStatuses_matchWhatTheirEventsDerive() {
		List<Tender> tenders = this.entityManager.createQuery("select t from Tender t order by t.id", Tender.class)
			.getResultList();
		assertThat(tenders).hasSize(8);
		for (Tender tender : tenders) {
			TenderStatus stored = tender.getStatus();
			assertThat(this.events.refreshStatus(tender)).as(tender.getTitle()).isEqualTo(stored);
		}
	}

	private void addEvents(Tender tender, Source source, int count) {
		for (int i = 0; i < count; i++) {
			TenderEvent event = persistEvent(tender, EventType.REVIEW, LocalDate.of(2020, 1, 1).plusDays(i).toString(),
					false);
			event.getSources().add(source);
		}
	}

	private TenderEvent persistEvent(Tender tender, EventType type, String date, boolean expected) {
		TenderEvent event = new TenderEvent(tender, type, LocalDate.parse(date), DatePrecision.DAY, expected,
				type.label());
		this.entityManager.persist(event);
		return event;
	}

}
