package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imported processes that look like tenders already kept, and what admins decided about
 * them.
 * <p>
 * When an import creates a tender for a process (not a lot), {@link #look} reads, in one
 * query, the tenders that share a buyer with it: not archived, not lots, and not of the
 * same process (a tender with no ocid, or another one). For each buyer it takes, from
 * indexes alone and so in about the same time however many tenders the buyer has, the
 * {@value #CANDIDATES} newest of its tenders and the {@value #CANDIDATES} newest that no
 * notice has given yet (news reports and admin entries, which notices most often match,
 * however old). Each is scored in Java by {@link MatchScore}. Every one alike is recorded
 * as an open possible match, once per pair: a pair kept apart is never proposed again.
 * Nothing is merged here; see {@link MatchMerges}.
 */
@Service
public class PossibleMatches {

	static final int CANDIDATES = 100;

	private static final String COLUMNS = "select m.id, m.score, m.reasons, m.found_by_run, m.found_at, m.status,"
			+ " m.decided_by, m.decided_at, " + sideColumns("i") + ", " + sideColumns("e") + """
					, (select string_agg(c.name, '; ' order by c.name) from tender_commissioner a
					     join tender_commissioner b on b.commissioner_id = a.commissioner_id and b.tender_id = e.id
					     join commissioner c on c.id = a.commissioner_id
					   where a.tender_id = i.id) as buyers
					from possible_match m
					join tender i on i.id = m.imported_tender_id
					join tender e on e.id = m.existing_tender_id
					""";

	private final JdbcClient jdbc;

	private final MoneyFormat money;

	PossibleMatches(JdbcClient jdbc, MoneyFormat money) {
		this.jdbc = jdbc;
		this.money = money;
	}

	/** How a possible match stands. */
	public enum Status {

		OPEN("To decide"), MERGED("Merged"), KEPT_APART("Kept apart");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One side of a possible match.
	 *
	 * @param id the tender
	 * @param title its title
	 * @param ocid its process, or null
	 * @param value its headline value
	 * @param archived whether it has been archived (or merged away) since
	 */
	public record Side(long id, String title, String ocid, ContractValue value, boolean archived) {
	}

	/**
	 * A possible match as admins see it.
	 *
	 * @param id its number
	 * @param imported the tender the import created
	 * @param existing the tender already kept
	 * @param buyers the buyers both share, as one line
	 * @param score how alike, from 0 to 1
	 * @param reasons why they look alike, in words
	 * @param run the import run that found it, or null if that run was removed
	 * @param foundAt when
	 * @param status open, merged or kept apart
	 * @param decidedBy who decided, or null while open
	 * @param decidedAt when, or null while open
	 */
	public record Match(long id, Side imported, Side existing, String buyers, BigDecimal score, String reasons,
			Long run, Instant foundAt, Status status, String decidedBy, Instant decidedAt) {

		/** Whether it can still be decided: open, with neither tender archived since. */
		public boolean decidable() {
			return this.status == Status.OPEN && !this.imported.archived() && !this.existing.archived();
		}

	}

	/**
	 * Records the tenders a newly imported process looks like. Runs in the caller's
	 * transaction.
	 * @param tenderId the tender the import created
	 * @param run the import run
	 * @return how many possible matches it recorded
	 */
	@Transactional
	public int look(long tenderId, Long run) {
		Side imported = this.jdbc
			.sql("select " + sideColumns("i") + " from tender i where i.id = :id and i.parent_id is null"
					+ " and i.lot_id is null")
			.param("id", tenderId)
			.query((rs, row) -> side(rs, "i"))
			.optional()
			.orElse(null);
		if (imported == null) {
			return 0;
		}
		Long[] buyers = this.jdbc.sql("select commissioner_id from tender_commissioner where tender_id = :id")
			.param("id", tenderId)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		if (buyers.length == 0) {
			return 0;
		}
		List<Candidate> candidates = this.jdbc
			.sql("select " + sideColumns("e")
					+ """
							, (select string_agg(c.name, '; ' order by c.name) from tender_commissioner tc
							     join commissioner c on c.id = tc.commissioner_id
							   where tc.tender_id = e.id and tc.commissioner_id = any(:buyers)) as shared
							from tender e
							where e.id in (
							    select newest.tender_id from unnest(cast(:buyers as bigint[])) as buyer(id)
							    cross join lateral (select tc.tender_id from tender_commissioner tc
							                        where tc.commissioner_id = buyer.id and tc.tender_id <> :self
							                        order by tc.tender_id desc limit :limit) as newest
							    union
							    select unnoticed.id from unnest(cast(:buyers as bigint[])) as buyer(id)
							    cross join lateral (select t.id from tender t
							                        join tender_commissioner tc on tc.tender_id = t.id and tc.commissioner_id = buyer.id
							                        where t.ocid is null and t.archived_at is null
							                        order by t.id desc limit :limit) as unnoticed)
							  and e.id <> :self and e.archived_at is null and e.lot_id is null
							  and (e.ocid is null or e.ocid <> :ocid)""")
			.param("buyers", buyers)
			.param("self", tenderId)
			.param("ocid", imported.ocid())
			.param("limit", CANDIDATES)
			.query((rs, row) -> new Candidate(side(rs, "e"), rs.getString("shared")))
			.list();
		int recorded = 0;
		for (Candidate candidate : candidates) {
			Optional<MatchScore.Likeness> likeness = MatchScore.of(imported.title(), imported.value(),
					candidate.side().title(), candidate.side().value());
			if (likeness.isEmpty()) {
				continue;
			}
			recorded += this.jdbc.sql("""
					insert into possible_match (imported_tender_id, existing_tender_id, score, reasons, found_by_run)
					values (:imported, :existing, :score, :reasons, :run)
					on conflict (imported_tender_id, existing_tender_id) do nothing""")
				.param("imported", tenderId)
				.param("existing", candidate.side().id())
				.param("score", BigDecimal.valueOf(likeness.get().score()))
				.param("reasons", reasons(candidate.buyers(), likeness.get(), imported, candidate.side()))
				.param("run", run)
				.update();
		}
		return recorded;
	}

	/** The open possible matches, newest first, one page of them. */
	@Transactional(readOnly = true)
	public PageView<Match> open(ListRequest request) {
		long total = this.jdbc.sql("select count(*) from possible_match where status = 'OPEN'")
			.query(Long.class)
			.single();
		List<Match> items = this.jdbc.sql(COLUMNS + """
				where m.status = 'OPEN' order by m.found_at desc, m.id desc limit :size offset :offset""")
			.param("size", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, row) -> match(rs))
			.list();
		return new PageView<>(items, request.page(), request.size(), total);
	}

	/** The first page of open possible matches, as the imports page shows it. */
	public PageView<Match> firstOpen() {
		return open(new ListRequest(1, 25));
	}

	/**
	 * A possible match, however it stands.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public Match find(long id) {
		return this.jdbc.sql(COLUMNS + "where m.id = :id")
			.param("id", id)
			.query((rs, row) -> match(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("possible match", id));
	}

	/**
	 * Records that an admin keeps the two tenders apart. The pair is never proposed
	 * again.
	 * @throws NotFoundException if there is no such possible match
	 * @throws MatchMerges.AlreadyDecided if someone decided it first
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Match keepApart(long id, String admin) {
		Match match = lockOpen(id);
		this.jdbc.sql("""
				update possible_match set status = 'KEPT_APART', decided_by = :admin, decided_at = now()
				where id = :id""").param("admin", admin).param("id", id).update();
		return match;
	}

	/**
	 * Locks the possible match until the transaction ends, so that two admins deciding at
	 * once decide one after the other; the second finds it decided.
	 * @throws NotFoundException if there is no such possible match
	 * @throws MatchMerges.AlreadyDecided if it is no longer open
	 */
	Match lockOpen(long id) {
		this.jdbc.sql("select id from possible_match where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("possible match", id));
		Match match = find(id);
		if (match.status() != Status.OPEN) {
			throw new MatchMerges.AlreadyDecided(match);
		}
		return match;
	}

	/** Records that an admin merged the two. */
	void merged(long id, String admin) {
		this.jdbc.sql("""
				update possible_match set status = 'MERGED', decided_by = :admin, decided_at = now()
				where id = :id""").param("admin", admin).param("id", id).update();
	}

	private String reasons(String buyers, MatchScore.Likeness likeness, Side imported, Side existing) {
		StringBuilder text = new StringBuilder("Same buyer: ").append(buyers).append(". ");
		text.append("Titles share ")
			.append(likeness.shared().size())
			.append((likeness.shared().size() == 1) ? " word: " : " words: ")
			.append(String.join(", ", likeness.shared()))
			.append(". ");
		text.append(switch (likeness.values()) {
			case OVERLAP -> "Values overlap: " + this.money.headline(imported.value()) + " and "
					+ this.money.headline(existing.value()) + ".";
			case UNKNOWN -> (imported.value().known() && existing.value().known())
					? "Values cannot be compared (one is a yearly figure with no duration)."
					: "Value not known for " + (imported.value().known() ? "the tender already kept"
							: existing.value().known() ? "the imported tender" : "either") + ".";
			case APART -> "";
		});
		return (text.length() > 1000) ? text.substring(0, 999) + "…" : text.toString();
	}

	/** The columns {@link #side} reads, of the tender aliased {@code t}. */
	private static String sideColumns(String t) {
		return String.join(", ", t + ".id as " + t + "_id", t + ".title as " + t + "_title",
				t + ".ocid as " + t + "_ocid", t + ".archived_at is not null as " + t + "_archived",
				t + ".value_low as " + t + "_low", t + ".value_high as " + t + "_high",
				t + ".value_high_open as " + t + "_open", t + ".value_basis as " + t + "_basis",
				t + ".duration_min_months as " + t + "_min", t + ".duration_max_months as " + t + "_max");
	}

	private static Side side(ResultSet rs, String t) throws SQLException {
		String basis = rs.getString(t + "_basis");
		ContractValue value = new ContractValue(rs.getBigDecimal(t + "_low"), rs.getBigDecimal(t + "_high"),
				rs.getBoolean(t + "_open"), (basis != null) ? ValueBasis.valueOf(basis) : null,
				rs.getObject(t + "_min", Integer.class), rs.getObject(t + "_max", Integer.class));
		return new Side(rs.getLong(t + "_id"), rs.getString(t + "_title"), rs.getString(t + "_ocid"), value,
				rs.getBoolean(t + "_archived"));
	}

	private static Match match(ResultSet rs) throws SQLException {
		Long run = rs.getObject("found_by_run", Long.class);
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new Match(rs.getLong("id"), side(rs, "i"), side(rs, "e"), rs.getString("buyers"),
				rs.getBigDecimal("score"), rs.getString("reasons"), run,
				rs.getObject("found_at", OffsetDateTime.class).toInstant(), Status.valueOf(rs.getString("status")),
				rs.getString("decided_by"), (decided != null) ? decided.toInstant() : null);
	}

	private record Candidate(Side side, String buyers) {
	}

}
