package io.github.nhstendertracker.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.EditResult.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many saves of one version of a record, sent at once from threads against PostgreSQL:
 * for every kind of record exactly one is saved, every other one is a conflict, none
 * fails, and the audit holds exactly one change. Two people adding the same bidder, or
 * the same bid, at once: one is saved and the other gets a form error. Rows are
 * committed, so each test removes what it made.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class ConcurrentSavesTests {

	private static final int RUNNERS = 8;

	/** NHS Dudley CCG and its MCP tender, from the seed. */
	private static final long DUDLEY_CCG = 8;

	@Autowired
	private EditPipeline edits;

	@Autowired
	private TenderEdits tenders;

	@Autowired
	private EventEdits events;

	@Autowired
	private BidEdits bids;

	@Autowired
	private CommissionerEditor commissioners;

	@Autowired
	private BidderEditor bidders;

	@Autowired
	private SourceEditor sources;

	@Autowired
	private NewUsers newUsers;

	@Autowired
	private UserEdits users;

	@Autowired
	private JdbcClient jdbc;

	private final List<String> cleanUp = new ArrayList<>();

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void removeWhatWasMade() {
		// Tenders first: their bids and events go with them, then what they referred to.
		this.cleanUp.stream().filter((sql) -> sql.startsWith("delete from tender ")).forEach(this::run);
		this.cleanUp.stream().filter((sql) -> !sql.startsWith("delete from tender ")).forEach(this::run);
	}

	private void run(String sql) {
		this.jdbc.sql(sql).update();
	}

	@Test
	void racingTenderSaves_oneSavedTheRestConflict() throws Exception {
		long id = newTender();
		long version = this.edits.read(this.tenders, RecordKey.of(id), (tender) -> tender.getVersion());
		assertOneSaveWins("TENDER", id, (runner) -> {
			TenderForm form = this.edits.currentForm(this.tenders, RecordKey.of(id));
			form.setVersion(String.valueOf(version));
			form.setTitle("Raced tender " + this.unique + " by runner " + runner);
			return this.edits.update(this.tenders, RecordKey.of(id), form, errors(form), Actor.signedIn());
		});
	}

	@Test
	void racingEventSaves_oneSavedTheRestConflict() throws Exception {
		long tenderId = newTender();
		long id = newEvent(tenderId);
		String version = this.edits.currentForm(this.events, RecordKey.inTender(tenderId, id)).getVersion();
		assertOneSaveWins("EVENT", id, (runner) -> {
			EventForm form = this.edits.currentForm(this.events, RecordKey.inTender(tenderId, id));
			form.setVersion(version);
			form.setDescription("Market engagement, as runner " + runner + " heard it");
			return this.edits.update(this.events, RecordKey.inTender(tenderId, id), form, errors(form),
					Actor.signedIn());
		});
	}

	@Test
	void racingBidSaves_oneSavedTheRestConflict() throws Exception {
		long tenderId = newTender();
		long id = newBid(tenderId, newBidder());
		String version = this.edits.currentForm(this.bids, RecordKey.inTender(tenderId, id)).getVersion();
		assertOneSaveWins("BID", id, (runner) -> {
			BidForm form = this.edits.currentForm(this.bids, RecordKey.inTender(tenderId, id));
			form.setVersion(version);
			form.setNote("Noted by runner " + runner);
			return this.edits.update(this.bids, RecordKey.inTender(tenderId, id), form, errors(form), Actor.signedIn());
		});
	}

	@Test
	void racingCommissionerSaves_oneSavedTheRestConflict() throws Exception {
		CommissionerForm created = new CommissionerForm();
		created.setName("Race Test CCG " + this.unique);
		created.setType("CCG");
		long id = saved(
				this.edits.create(this.commissioners, RecordKey.create(), created, errors(created), Actor.signedIn()));
		this.cleanUp.add("delete from commissioner where id = " + id);
		this.cleanUp.add("delete from audit_record where entity_type = 'COMMISSIONER' and entity_id = " + id);
		String version = this.edits.currentForm(this.commissioners, RecordKey.of(id)).getVersion();
		assertOneSaveWins("COMMISSIONER", id, (runner) -> {
			CommissionerForm form = this.edits.currentForm(this.commissioners, RecordKey.of(id));
			form.setVersion(version);
			form.setNotes("Notes by runner " + runner);
			return this.edits.update(this.commissioners, RecordKey.of(id), form, errors(form), Actor.signedIn());
		});
	}

	@Test
	void racingBidderSaves_oneSavedTheRestConflict() throws Exception {
		long id = newBidder();
		String version = this.edits.currentForm(this.bidders, RecordKey.of(id)).getVersion();
		assertOneSaveWins("BIDDER", id, (runner) -> {
			BidderForm form = this.edits.currentForm(this.bidders, RecordKey.of(id));
			form.setVersion(version);
			form.setDescription("Described by runner " + runner);
			return this.edits.update(this.bidders, RecordKey.of(id), form, errors(form), Actor.signedIn());
		});
	}

	@Test
	void racingSourceSaves_oneSavedTheRestConflict() throws Exception {
		SourceForm created = new SourceForm();
		created.setPublication("Race Test Weekly");
		created.setTitle("A raced article " + this.unique);
		created.setSummary("Says what races do.");
		created.setPublishedDay("1");
		created.setPublishedMonth("6");
		created.setPublishedYear("2017");
		long id = saved(
				this.edits.create(this.sources, RecordKey.create(), created, errors(created), Actor.signedIn()));
		this.cleanUp.add("delete from source where id = " + id);
		this.cleanUp.add("delete from audit_record where entity_type = 'SOURCE' and entity_id = " + id);
		String version = this.edits.currentForm(this.sources, RecordKey.of(id)).getVersion();
		assertOneSaveWins("SOURCE", id, (runner) -> {
			SourceForm form = this.edits.currentForm(this.sources, RecordKey.of(id));
			form.setVersion(version);
			form.setSummary("Summarised by runner " + runner);
			return this.edits.update(this.sources, RecordKey.of(id), form, errors(form), Actor.signedIn());
		});
	}

	@Test
	void racingUserSaves_oneSavedTheRestConflict() throws Exception {
		NewUserForm created = new NewUserForm();
		created.setUsername("racer-" + this.unique);
		created.setDisplayName("Race Tester");
		created.setRole("EDITOR");
		created.setPassword("a long enough password");
		created.setConfirmPassword("a long enough password");
		long id = saved(
				this.edits.create(this.newUsers, RecordKey.create(), created, errors(created), Actor.signedIn()));
		this.cleanUp.add("delete from app_user where id = " + id);
		this.cleanUp.add("delete from audit_record where entity_type = 'USER' and entity_id = " + id);
		String version = this.edits.currentForm(this.users, RecordKey.of(id)).getVersion();
		assertOneSaveWins("USER", id, (runner) -> {
			UserEditForm form = this.edits.currentForm(this.users, RecordKey.of(id));
			form.setVersion(version);
			form.setDisplayName("Race Tester " + runner);
			return this.edits.update(this.users, RecordKey.of(id), form, errors(form), Actor.signedIn());
		});
	}

	@Test
	void twoPeopleAddingTheSameBidder_oneSavedTheOtherToldItExists() throws Exception {
		String name = "Race Test Health " + this.unique;
		this.cleanUp.add("delete from audit_record where entity_type = 'BIDDER' and entity_label = '" + name + "'");
		this.cleanUp.add("delete from bidder where name = '" + name + "'");
		List<Errors> forms = new CopyOnWriteArrayList<>();
		Race.Results<EditResult<?>> results = Race.run(RUNNERS, (runner) -> {
			BidderForm form = new BidderForm();
			form.setName(name);
			form.setType("PRIVATE_COMPANY");
			Errors errors = errors(form);
			forms.add(errors);
			return this.edits.create(this.bidders, RecordKey.create(), form, errors, Actor.signedIn());
		});
		assertThat(results.failures()).isEmpty();
		assertThat(results.count(EditResult::isSaved)).isOne();
		assertThat(results.count((result) -> result.kind() == Kind.INVALID)).isEqualTo(RUNNERS - 1);
		assertThat(forms.stream().filter((errors) -> errors.hasFieldErrors("name")).count()).isEqualTo(RUNNERS - 1);
		assertThat(count("select count(*) from bidder where name = '" + name + "'")).isOne();
	}

	@Test
	void twoPeopleAddingTheSameBid_oneSavedTheOtherToldItExists() throws Exception {
		long tenderId = newTender();
		long bidderId = newBidder();
		Race.Results<EditResult<?>> results = Race.run(RUNNERS, (runner) -> {
			BidForm form = new BidForm();
			form.setBidderId(String.valueOf(bidderId));
			form.setRole("BIDDER");
			Errors errors = errors(form);
			EditResult<?> result = this.edits.create(this.bids, RecordKey.inTender(tenderId, null), form, errors,
					Actor.signedIn());
			assertThat(result.isSaved() || errors.hasFieldErrors("role")).isTrue();
			return result;
		});
		assertThat(results.failures()).isEmpty();
		assertThat(results.count(EditResult::isSaved)).isOne();
		assertThat(count("select count(*) from bid where tender_id = " + tenderId)).isOne();
	}

	private void assertOneSaveWins(String type, long id, IntFunction<EditResult<?>> save) throws Exception {
		long before = audits(type, id);
		Race.Results<EditResult<?>> results = Race.run(RUNNERS, save);
		assertThat(results.failures()).isEmpty();
		assertThat(results.count(EditResult::isSaved)).isOne();
		assertThat(results.count(EditResult::isConflict)).isEqualTo(RUNNERS - 1);
		assertThat(audits(type, id) - before).isOne();
	}

	private long newTender() {
		TenderForm form = new TenderForm();
		form.setTitle("Race test tender " + this.unique + " " + UUID.randomUUID());
		form.setDescription("A tender two people edit at once.");
		form.getCommissionerIds().add(String.valueOf(DUDLEY_CCG));
		long id = saved(this.edits.create(this.tenders, RecordKey.create(), form, errors(form), Actor.signedIn()));
		this.cleanUp.add("delete from tender where id = " + id);
		this.cleanUp.add("delete from audit_record where tender_id = " + id);
		return id;
	}

	private long newEvent(long tenderId) {
		EventForm form = new EventForm();
		form.setType("MARKET_ENGAGEMENT");
		form.setTiming("EXPECTED");
		form.setDateYear("2030");
		form.setDescription("Market engagement");
		return saved(this.edits.create(this.events, RecordKey.inTender(tenderId, null), form, errors(form),
				Actor.signedIn()));
	}

	private long newBidder() {
		BidderForm form = new BidderForm();
		form.setName("Race Test Bidder " + UUID.randomUUID());
		form.setType("PRIVATE_COMPANY");
		long id = saved(this.edits.create(this.bidders, RecordKey.create(), form, errors(form), Actor.signedIn()));
		this.cleanUp.add("delete from bidder where id = " + id);
		this.cleanUp.add("delete from audit_record where entity_type = 'BIDDER' and entity_id = " + id);
		return id;
	}

	private long newBid(long tenderId, long bidderId) {
		BidForm form = new BidForm();
		form.setBidderId(String.valueOf(bidderId));
		form.setRole("BIDDER");
		return saved(
				this.edits.create(this.bids, RecordKey.inTender(tenderId, null), form, errors(form), Actor.signedIn()));
	}

	private static long saved(EditResult<?> result) {
		assertThat(result.isSaved()).as("saved").isTrue();
		return result.id();
	}

	private static Errors errors(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private long audits(String type, long id) {
		return count("select count(*) from audit_record where action = 'UPDATE' and entity_type = '" + type
				+ "' and entity_id = " + id);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
