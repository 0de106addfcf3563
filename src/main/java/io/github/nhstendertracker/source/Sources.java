package io.github.nhstendertracker.source;

import java.util.List;

import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.source.SourceViews.PersonView;
import io.github.nhstendertracker.source.SourceViews.SourceDetail;
import io.github.nhstendertracker.source.SourceViews.SourceRow;
import io.github.nhstendertracker.system.DatePrecision;
import io.github.nhstendertracker.system.ListRequest;
import io.github.nhstendertracker.system.NotFoundException;
import io.github.nhstendertracker.system.PageView;
import io.github.nhstendertracker.tender.TenderDetails;
import io.github.nhstendertracker.tender.TenderRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sources: a paged list, and each one's people, tenders, figures and events.
 */
@Service
@Transactional(readOnly = true)
class Sources {

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
		long total = this.jdbc.sql("select count(*) from source").query(Long.class).single();
		List<SourceRow> rows = this.jdbc
			.sql("""
					select s.id, s.publication, s.published_on, s.published_precision, s.title,
					       (select count(*) from (
					            select tender_id from tender_source where source_id = s.id
					            union select tender_id from reported_figure where source_id = s.id
					            union select e.tender_id from tender_event e
					                  join tender_event_source es on es.event_id = e.id where es.source_id = s.id) t) as tenders,
					       (select count(*) from tender_event_source es where es.source_id = s.id) as events
					from source s order by s.published_on desc, s.id desc limit :limit offset :offset""")
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
		Source source = this.repository.findDetailById(id).orElseThrow(() -> new NotFoundException("source", id));
		return new SourceDetail(source.getId(), source.getPublication(), source.getPublishedOn(),
				source.getPublishedPrecision(), source.getTitle(), source.getSummary(), source.getCitation(),
				source.getUrl(),
				source.getPeople()
					.stream()
					.map((person) -> new PersonView(person.getName(), person.getRole()))
					.toList(),
				this.tenderRows.byIds(this.tenderRows.idsForSource(id)), this.tenders.figuresFrom(id),
				this.events.citing(id));
	}

}
