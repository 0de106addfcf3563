package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.browse.TenderViews.FigureView;
import io.github.nhstendertracker.browse.TenderViews.TenderRow;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.event.EventView;

/**
 * Read models of sources for pages and the API.
 */
final class SourceViews {

	private SourceViews() {
	}

	public record SourceRow(Long id, String publication, LocalDate publishedOn, DatePrecision publishedPrecision,
			String title, long tenderCount, long eventCount) {
	}

	public record PersonView(String name, String role) {
	}

	public record SourceDetail(Long id, String publication, LocalDate publishedOn, DatePrecision publishedPrecision,
			String title, String summary, String citation, String url, List<PersonView> people, List<TenderRow> tenders,
			List<FigureView> figures, List<EventView> events) {
	}

	record AdminRow(Long id, String publication, LocalDate publishedOn, DatePrecision publishedPrecision, String title,
			boolean archived) {

		/** The title, which names the source in the admin list. */
		public String name() {
			return this.title;
		}

	}

}
