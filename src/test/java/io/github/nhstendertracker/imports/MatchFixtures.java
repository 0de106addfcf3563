package io.github.nhstendertracker.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import io.github.nhstendertracker.common.NameKeys;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tender as news reported it, and notices of a process that looks like it, for the
 * possible match tests. Everything it adds is newer than an {@link ImportedData} mark
 * taken before, so it is removed with the rest.
 */
public final class MatchFixtures {

	private final JdbcClient jdbc;

	private final Path folder;

	/** A word that makes this fixture's names its own. */
	public final String tag = UUID.randomUUID().toString().substring(0, 8);

	public final String ocid = "ocds-b5fd17-match-" + this.tag;

	public final String buyer = "Matchshire " + this.tag + " Integrated Care Board";

	long buyerId;

	long articleId;

	public long newsTenderId;

	public MatchFixtures(JdbcClient jdbc, Path folder) {
		this.jdbc = jdbc;
		this.folder = folder;
	}

	/** A commissioner, and a tender a news article reported: £120m, with an event. */
	public MatchFixtures newsTender() {
		this.buyerId = insert("insert into commissioner (name, type, name_key) values (?, 'ICB', ?) returning id",
				this.buyer, NameKeys.of(this.buyer));
		this.articleId = insert("""
				insert into source (publication, published_on, published_precision, title, summary)
				values ('Health Service Journal', date '2017-03-01', 'DAY', ?, 'Plans for one MSK service.')
				returning id""", "Matchshire " + this.tag + " plans an integrated MSK service");
		this.newsTenderId = insert("""
				insert into tender (title, description, status, value_low, value_high, value_basis)
				values (?, 'One provider for the whole musculoskeletal pathway.', 'PLANNED', 120000000, 120000000,
				        'TOTAL') returning id""", "Integrated musculoskeletal service (Matchshire " + this.tag + ")");
		this.jdbc.sql("insert into tender_commissioner (tender_id, commissioner_id) values (?, ?)")
			.params(this.newsTenderId, this.buyerId)
			.update();
		this.jdbc.sql("insert into tender_source (tender_id, source_id) values (?, ?)")
			.params(this.newsTenderId, this.articleId)
			.update();
		this.jdbc.sql("""
				insert into reported_figure (tender_id, source_id, value_low, value_high, value_basis)
				values (?, ?, 120000000, 120000000, 'TOTAL')""").params(this.newsTenderId, this.articleId).update();
		long event = insert("""
				insert into tender_event (tender_id, type, event_date, date_precision, description)
				values (?, 'MARKET_ENGAGEMENT', date '2017-02-01', 'MONTH', 'Providers were asked for views.')
				returning id""", this.newsTenderId);
		this.jdbc.sql("insert into tender_event_source (event_id, source_id) values (?, ?)")
			.params(event, this.articleId)
			.update();
		return this;
	}

	/**
	 * The process's tender notice: the same buyer, a similar title, £118m, with a CPV
	 * code and a bid deadline.
	 */
	public Path tenderNotice() throws IOException {
		return write("1-tender", release(this.ocid, "1", "2026-10-01T09:00:00Z", "tender", this.buyer,
				"Matchshire " + this.tag + " integrated MSK services", 118000000, ""));
	}

	/** The award of the process: its value and supplier. */
	Path awardNotice() throws IOException {
		String award = """
				, "awards": [{"id": "a1", "status": "active", "date": "2026-11-20T00:00:00Z",
				  "value": {"amount": 117500000, "currency": "GBP"},
				  "suppliers": [{"id": "GB-COH-%1$s", "name": "Acme Health %1$s Ltd"}]}]""".formatted(this.tag);
		return write("2-award", release(this.ocid, "2", "2026-11-21T09:00:00Z", "award", this.buyer,
				"Matchshire " + this.tag + " integrated MSK services", 118000000, award));
	}

	/** A later notice of the process: the contract signed. */
	Path contractNotice() throws IOException {
		String contract = """
				, "contracts": [{"id": "c1", "awardID": "a1", "status": "active", "dateSigned": "2026-11-25T00:00:00Z",
				  "period": {"startDate": "2027-01-01T00:00:00Z", "endDate": "2031-12-31T00:00:00Z"},
				  "value": {"amount": 117500000, "currency": "GBP"}}]""";
		return write("3-contract", release(this.ocid, "3", "2026-11-26T09:00:00Z", "contract", this.buyer,
				"Matchshire " + this.tag + " integrated MSK services", 118000000, contract));
	}

	/** The process's tender notice, in two lots. */
	Path tenderNoticeInLots() throws IOException {
		String lots = """
				, "lots": [{"id": "1", "title": "North Matchshire MSK", "value": {"amount": 60000000, "currency": "GBP"}},
				  {"id": "2", "title": "South Matchshire MSK", "value": {"amount": 58000000, "currency": "GBP"}}]""";
		return write("1-lots", release(this.ocid, "1", "2026-10-01T09:00:00Z", "tender", this.buyer,
				"Matchshire " + this.tag + " integrated MSK services", 118000000, lots, ""));
	}

	/** A cancellation of the news tender, before any notice. */
	void cancelNewsTender() {
		long event = insert("""
				insert into tender_event (tender_id, type, event_date, date_precision, description)
				values (?, 'CANCELLATION', date '2017-06-01', 'DAY', 'The plans were dropped.') returning id""",
				this.newsTenderId);
		this.jdbc.sql("insert into tender_event_source (event_id, source_id) values (?, ?)")
			.params(event, this.articleId)
			.update();
		this.jdbc.sql("update tender set status = 'CANCELLED' where id = ?").params(this.newsTenderId).update();
	}

	/** Another process of the same buyer with a title unlike the news tender's. */
	Path unlikeNotice() throws IOException {
		return write("unlike", release(this.ocid + "-parking", "1", "2026-10-02T09:00:00Z", "tender", this.buyer,
				"Car parking management at Matchshire " + this.tag + " hospitals", 118000000, ""));
	}

	/** A process with a title like the news tender's, bought by someone else. */
	Path otherBuyerNotice() throws IOException {
		return write("other",
				release(this.ocid + "-other", "1", "2026-10-03T09:00:00Z", "tender",
						"Elsewhere " + this.tag + " NHS Foundation Trust",
						"Matchshire " + this.tag + " integrated MSK services", 118000000, ""));
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	List<Long> matchesOf(long existing) {
		return this.jdbc.sql("select id from possible_match where existing_tender_id = ? order by id")
			.params(existing)
			.query(Long.class)
			.list();
	}

	private long insert(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private Path write(String name, String json) throws IOException {
		Path file = this.folder.resolve(this.tag + "-" + name + ".json");
		Files.writeString(file, json, StandardCharsets.UTF_8);
		return file;
	}

	private static String release(String ocid, String id, String date, String tag, String buyer, String title,
			long value, String more) {
		return release(ocid, id, date, tag, buyer, title, value, "", more);
	}

	private static String release(String ocid, String id, String date, String tag, String buyer, String title,
			long value, String lots, String more) {
		return """
				{"uri": "https://example.org/%1$s", "version": "1.1", "publishedDate": "%3$s",
				 "publisher": {"name": "Find a Tender"},
				 "releases": [{"ocid": "%1$s", "id": "%1$s-%2$s", "date": "%3$s", "tag": ["%4$s"],
				   "initiationType": "tender",
				   "parties": [{"id": "GB-MATCH-%7$s", "name": "%5$s", "roles": ["buyer"]}],
				   "buyer": {"id": "GB-MATCH-%7$s", "name": "%5$s"},
				   "tender": {"id": "%1$s", "title": "%6$s", "description": "One provider for the MSK pathway.",
				     "status": "active", "value": {"amount": %8$d, "currency": "GBP"},
				     "classification": {"scheme": "CPV", "id": "85100000", "description": "Health services"},
				     "tenderPeriod": {"endDate": "2026-11-01T12:00:00Z"}%10$s}%9$s}]}
				""".formatted(ocid, id, date, tag, buyer, title, NameKeys.of(buyer), value, more, lots);
	}

}
