package io.github.nhstendertracker.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.CommissionerViews.AdminRow;
import io.github.nhstendertracker.browse.CommissionerViews.CommissionerDetail;
import io.github.nhstendertracker.browse.CommissionerViews.CommissionerRow;
import io.github.nhstendertracker.browse.CommissionerViews.LineageView;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.commissioner.CommissionerRepository;
import io.github.nhstendertracker.commissioner.CommissionerType;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.commissioner.Predecessors;
import io.github.nhstendertracker.common.BadRequestException;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads commissioners: a paged list with tender counts, and each one's tenders and
 * events.
 */
@Service
@Transactional(readOnly = true)
public class Commissioners {

	private final CommissionerRepository repository;

	private final TenderRows tenderRows;

	private final TenderEvents events;

	private final JdbcClient jdbc;

	private final CommissionerLineage lineage;

	Commissioners(CommissionerRepository repository, TenderRows tenderRows, TenderEvents events, JdbcClient jdbc,
			CommissionerLineage lineage) {
		this.repository = repository;
		this.lineage = lineage;
		this.tenderRows = tenderRows;
		this.events = events;
		this.jdbc = jdbc;
	}

	PageView<CommissionerRow> page(ListRequest request) {
		long total = this.jdbc.sql("select count(*) from commissioner where archived_at is null")
			.query(Long.class)
			.single();
		List<CommissionerRow> rows = this.jdbc
			.sql("""
					select c.id, c.name, c.type, c.nhs_region, c.itl_region, c.ods_code, c.abolished,
					       (select count(*) from tender_commissioner tc join tender t on t.id = tc.tender_id
					        where tc.commissioner_id = c.id and t.archived_at is null) as tenders
					from commissioner c where c.archived_at is null order by c.abolished, lower(c.name), c.id limit :limit offset :offset""")
			.param("limit", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, rowNum) -> new CommissionerRow(rs.getLong("id"), rs.getString("name"),
					CommissionerType.valueOf(rs.getString("type")),
					enumOrNull(NhsRegion.class, rs.getString("nhs_region")),
					enumOrNull(ItlRegion.class, rs.getString("itl_region")), rs.getString("ods_code"),
					rs.getBoolean("abolished"), rs.getLong("tenders")))
			.list();
		return new PageView<>(rows, request.page(), request.size(), total);
	}

	/**
	 * The scope a page's {@code lineage} parameter asks for: all by default.
	 * @throws BadRequestException when it names no scope
	 */
	static LineageScope shown(String lineage) {
		if (lineage == null || lineage.isBlank()) {
			return LineageScope.ALL;
		}
		return LineageScope.fromParam(lineage.strip())
			.orElseThrow(() -> new BadRequestException(LineageScope.CHOICES_MESSAGE + "."));
	}

	/**
	 * A commissioner in full, with its own tenders and, unless {@code shown} is
	 * {@link LineageScope#OWN}, those of every body it took over from.
	 */
	CommissionerDetail detail(Long id, LineageScope shown) {
		Commissioner commissioner = this.repository.findDetailById(id)
			.filter((found) -> !found.isArchived())
			.orElseThrow(() -> new NotFoundException("commissioner", id));
		Predecessors predecessors = this.lineage.of(List.of(id));
		List<TenderRow> all = this.tenderRows.byIds(this.tenderRows.idsForCommissioners(predecessors.ids()));
		Map<Long, List<Ref>> via = new LinkedHashMap<>();
		all.forEach((row) -> {
			List<Ref> through = predecessors.via(row.commissioners());
			if (!through.isEmpty()) {
				via.put(row.id(), through);
			}
		});
		List<TenderRow> tenders = (shown == LineageScope.OWN)
				? all.stream().filter((row) -> !via.containsKey(row.id())).toList() : all;
		LineageView lineage = new LineageView(shown, predecessors.earlier(), all.size() - via.size(), via.size(),
				(shown == LineageScope.OWN) ? Map.of() : via);
		List<Long> tenderIds = tenders.stream().map(TenderRow::id).toList();
		Commissioner successor = commissioner.getSuccessor();
		if (successor != null && successor.isArchived()) {
			successor = null;
		}
		return new CommissionerDetail(commissioner.getId(), commissioner.getName(), commissioner.getType(),
				commissioner.getNhsRegion(), commissioner.getItlRegion(), commissioner.getOdsCode(),
				commissioner.isAbolished(), commissioner.getAbolishedOn(),
				(successor != null) ? new Ref(successor.getId(), successor.getName()) : null,
				this.repository.findPredecessors(id).stream().map((c) -> new Ref(c.getId(), c.getName())).toList(),
				commissioner.getNotes(), lineage, tenders, this.events.forTenders(tenderIds),
				IdentifierView.of(commissioner.getIdentifiers()));
	}

	/**
	 * Every commissioner, archived or not, for the admin list: those whose name contains
	 * {@code q}, filtered by {@code shown} ("public", "archived" or "all").
	 */
	public PageView<AdminRow> adminPage(String q, String shown, ListRequest request) {
		String where = """
				where (:q = '' or lower(c.name) like '%' || :q || '%')
				  and (:shown = 'all' or (:shown = 'archived') = (c.archived_at is not null))""";
		String text = escapeLike((q != null) ? q.strip().toLowerCase(java.util.Locale.ROOT) : "");
		long total = this.jdbc.sql("select count(*) from commissioner c " + where)
			.param("q", text)
			.param("shown", shown)
			.query(Long.class)
			.single();
		List<AdminRow> rows = this.jdbc
			.sql("select c.id, c.name, c.type, c.abolished, c.archived_at from commissioner c " + where
					+ " order by lower(c.name), c.id limit :limit offset :offset")
			.param("q", text)
			.param("shown", shown)
			.param("limit", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, rowNum) -> new AdminRow(rs.getLong("id"), rs.getString("name"),
					CommissionerType.valueOf(rs.getString("type")), rs.getBoolean("abolished"),
					rs.getObject("archived_at") != null))
			.list();
		return new PageView<>(rows, request.page(), request.size(), total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
