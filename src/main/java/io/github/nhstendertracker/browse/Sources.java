package io.github.nhstendertracker.browse;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.nhstendertracker.browse.SourceViews.AdminRow;
import io.github.nhstendertracker.browse.SourceViews.PersonView;
import io.github.nhstendertracker.browse.SourceViews.SourceDetail;
import io.github.nhstendertracker.browse.SourceViews.SourceRow;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.source.SourceRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sources: a paged list, and each one's people, tenders, figures and events.
 */
@Service
@Transactional(readOnly = true)
public class Sources {

	private final SourceRepository repository;

	private final TenderRows tenderRows;

	private final TenderDetails tenders;

	private final TenderEvents events;

	private final JdbcClient jdbc;

	Sources(SourceRepository repository, TenderRows tenderRows, TenderDetails tenders, TenderEvents events,
			JdbcClient jdbc) {
		this.repository = repository;
		this.tenderRows = tenderRows;
		this.tenders = tenders;
		this.events = events;
		this.jdbc = jdbc;
	}

	PageView<SourceRow> page(ListRequest request) {
		long total = this.jdbc.sql("select count(*) from source where archived_at is null").query(Long.class).single();
		List<SourceRow> rows = this.jdbc
			.sql("""
					select s.id, s.publication, s.published_on, s.published_precision, s.title,
					       (select count(*) from (
					            select tender_id from tender_source where source_id = s.id
					            union select tender_id from reported_figure where source_id = s.id
					            union select e.tender_id from tender_event e
					                  join tender_event_source es on es.event_id = e.id where es.source_id = s.id) u
					        join tender t on t.id = u.tender_id where t.archived_at is null) as tenders,
					       (select count(*) from tender_event_source es join tender_event e on e.id = es.event_id
					        join tender t on t.id = e.tender_id
					        where es.source_id = s.id and t.archived_at is null) as events
					from source s where s.archived_at is null order by s.published_on desc, s.id desc limit :limit offset :offset""")
			.param("limit", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, rowNum) -> new SourceRow(rs.getLong("id"), rs.getString("publication"),
					rs.getDate("published_on").toLocalDate(),
					DatePrecision.valueOf(rs.getString("published_precision")), rs.getString("title"),
					rs.getLong("tenders"), rs.getLong("events")))
			.list();
		return new PageView<>(rows, request.page(), request.size(), total);
	}

	SourceDetail detail(Long id) {
		Source source = this.repository.findDetailById(id)
			.filter((found) -> !found.isArchived())
			.orElseThrow(() -> new NotFoundException("source", id));
		List<TenderRow> tenders = this.tenderRows.byIds(this.tenderRows.idsForSource(id));
		Set<Long> shown = tenders.stream().map(TenderRow::id).collect(Collectors.toSet());
		return new SourceDetail(source.getId(), source.getPublication(), source.getPublishedOn(),
				source.getPublishedPrecision(), source.getTitle(), source.getSummary(), source.getCitation(),
				source.getUrl(),
				source.getPeople()
					.stream()
					.map((person) -> new PersonView(person.getName(), person.getRole()))
					.toList(),
				tenders,
				this.tenders.figuresFrom(id).stream().filter((figure) -> shown.contains(figure.tender().id())).toList(),
				this.events.citing(id).stream().filter((event) -> shown.contains(event.tender().id())).toList());
	}

	/**
	 * Every source, archived or not, for the admin list: those whose title or publication
	 * contains {@code q}, filtered by {@code shown} ("public", "archived" or "all").
	 */
	public PageView<AdminRow> adminPage(String q, String shown, ListRequest request) {
		String where = """
				where (:q = '' or lower(s.title) like '%' || :q || '%' or lower(s.publication) like '%' || :q || '%')
				  and (:shown = 'all' or (:shown = 'archived') = (s.archived_at is not null))""";
		String text = escapeLike((q != null) ? q.strip().toLowerCase(java.util.Locale.ROOT) : "");
		long total = this.jdbc.sql("select count(*) from source s " + where)
			.param("q", text)
			.param("shown", shown)
			.query(Long.class)
			.single();
		List<AdminRow> rows = this.jdbc
			.sql("select s.id, s.publication, s.published_on, s.published_precision, s.title, s.archived_at"
					+ " from source s " + where
					+ " order by s.published_on desc, s.id desc limit :limit offset :offset")
			.param("q", text)
			.param("shown", shown)
			.param("limit", request.size())
			.param("offset", (long) (request.page() - 1) * request.size())
			.query((rs, rowNum) -> new AdminRow(rs.getLong("id"), rs.getString("publication"),
					rs.getDate("published_on").toLocalDate(),
					DatePrecision.valueOf(rs.getString("published_precision")), rs.getString("title"),
					rs.getObject("archived_at") != null))
			.list();
		return new PageView<>(rows, request.page(), request.size(), total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
