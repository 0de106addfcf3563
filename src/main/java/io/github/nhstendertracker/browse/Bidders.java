package io.github.nhstendertracker.browse;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.bidder.BidderRepository;
import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.browse.BidderViews.AdminRow;
import io.github.nhstendertracker.browse.BidderViews.BidderDetail;
import io.github.nhstendertracker.browse.BidderViews.BidderRow;
import io.github.nhstendertracker.browse.BidderViews.MemberView;
import io.github.nhstendertracker.browse.TenderViews.BidView;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.TenderEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads bidders: a paged list, and each one's members, bids and the events of those
 * tenders.
 */
@Service
@Transactional(readOnly = true)
public class Bidders {

	private final BidderRepository repository;

	private final TenderDetails tenders;

	private final TenderEvents events;

	private final JdbcClient jdbc;

	Bidders(BidderRepository repository, TenderDetails tenders, TenderEvents events, JdbcClient jdbc) {
		this.repository = repository;
		this.tenders = tenders;
		this.events = events;
		this.jdbc = jdbc;
	}

	PageView<BidderRow> page(ListRequest request) {
		long total = this.jdbc.sql("select count(*) from bidder where archived_at is null").query(Long.class).single();
		List<BidderRow> rows = this.jdbc.sql("""
				select b.id, b.name, b.type, b.former_names,
				       (select count(distinct bid.tender_id) from bid join tender t on t.id = bid.tender_id
				        where bid.bidder_id = b.id and t.archived_at is null) as tenders
				from bidder b where b.archived_at is null order by lower(b.name), b.id limit :limit offset :offset""")
			.param("limit", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, rowNum) -> new BidderRow(rs.getLong("id"), rs.getString("name"),
					BidderType.valueOf(rs.getString("type")), strings(rs.getArray("former_names")),
					rs.getLong("tenders")))
			.list();
		return new PageView<>(rows, request.page(), request.size(), total);
	}

	BidderDetail detail(Long id) {
		Bidder bidder = this.repository.findById(id)
			.filter((found) -> !found.isArchived())
			.orElseThrow(() -> new NotFoundException("bidder", id));
		List<BidView> bids = this.tenders.bidsOf(id);
		List<Long> tenderIds = bids.stream().map((bid) -> bid.tender().id()).distinct().toList();
		return new BidderDetail(bidder.getId(), bidder.getName(), bidder.getType(),
				List.copyOf(bidder.getFormerNames()), bidder.getDescription(),
				this.repository.findMembers(id)
					.stream()
					.map((m) -> new MemberView(new Ref(m.getMember().getId(), m.getMember().getName()),
							m.getMember().getType(), m.isLead()))
					.toList(),
				this.repository.findMemberships(id)
					.stream()
					.map((m) -> new Ref(m.getConsortium().getId(), m.getConsortium().getName()))
					.toList(),
				bids, this.events.forTenders(tenderIds), IdentifierView.of(bidder.getIdentifiers()));
	}

	/**
	 * Every bidder, archived or not, for the admin list: those whose name contains
	 * {@code q}, filtered by {@code shown} ("public", "archived" or "all").
	 */
	public PageView<AdminRow> adminPage(String q, String shown, ListRequest request) {
		String where = """
				where (:q = '' or lower(b.name) like '%' || :q || '%')
				  and (:shown = 'all' or (:shown = 'archived') = (b.archived_at is not null))""";
		String text = escapeLike((q != null) ? q.strip().toLowerCase(java.util.Locale.ROOT) : "");
		long total = this.jdbc.sql("select count(*) from bidder b " + where)
			.param("q", text)
			.param("shown", shown)
			.query(Long.class)
			.single();
		List<AdminRow> rows = this.jdbc
			.sql("select b.id, b.name, b.type, b.former_names, b.archived_at from bidder b " + where
					+ " order by lower(b.name), b.id limit :limit offset :offset")
			.param("q", text)
			.param("shown", shown)
			.param("limit", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, rowNum) -> new AdminRow(rs.getLong("id"), rs.getString("name"),
					BidderType.valueOf(rs.getString("type")), strings(rs.getArray("former_names")),
					rs.getObject("archived_at") != null))
			.list();
		return new PageView<>(rows, request.page(), request.size(), total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
