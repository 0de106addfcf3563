package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.source.NoticeId;
import io.github.nhstendertracker.source.Source;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor types into the source form, exactly as typed. The published date may
 * leave out the day, or the day and month. Lengths match the {@code source} table;
 * {@link SourceEditor} checks the rest.
 */
public class SourceForm extends EditableForm {

	@NotBlank(message = "Enter the publication")
	@Size(max = 200, message = "Publication must be 200 characters or fewer")
	private String publication;

	private String publishedDay;

	private String publishedMonth;

	private String publishedYear;

	@NotBlank(message = "Enter the title")
	@Size(max = 300, message = "Title must be 300 characters or fewer")
	private String title;

	@NotBlank(message = "Enter a one-line summary in your own words")
	@Size(max = 2000, message = "Summary must be 2000 characters or fewer")
	private String summary;

	@Size(max = 300, message = "Citation must be 300 characters or fewer")
	private String citation;

	@Size(max = 500, message = "Web address must be 500 characters or fewer")
	private String url;

	private NoticeId notice;

	/** The form filled in from a saved source, for editing. */
	public static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.publication = source.getPublication();
		DatePrecision precision = source.getPublishedPrecision();
		if (precision == DatePrecision.DAY) {
			form.publishedDay = String.valueOf(source.getPublishedOn().getDayOfMonth());
		}
		if (precision != DatePrecision.YEAR) {
			form.publishedMonth = String.valueOf(source.getPublishedOn().getMonthValue());
		}
		form.publishedYear = String.valueOf(source.getPublishedOn().getYear());
		form.title = source.getTitle();
		form.summary = source.getSummary();
		form.citation = source.getCitation();
		form.url = source.getUrl();
		form.setVersion(String.valueOf(source.getVersion()));
		return form;
	}

	/** The published date as typed, day/month/year; errors about it are on this field. */
	public String getPublished() {
		return String.join("/", nullToEmpty(this.publishedDay), nullToEmpty(this.publishedMonth),
				nullToEmpty(this.publishedYear));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	public String getPublication() {
		return this.publication;
	}

	public void setPublication(String publication) {
		this.publication = publication;
	}

	public String getPublishedDay() {
		return this.publishedDay;
	}

	public void setPublishedDay(String publishedDay) {
		this.publishedDay = publishedDay;
	}

	public String getPublishedMonth() {
		return this.publishedMonth;
	}

	public void setPublishedMonth(String publishedMonth) {
		this.publishedMonth = publishedMonth;
	}

	public String getPublishedYear() {
		return this.publishedYear;
	}

	public void setPublishedYear(String publishedYear) {
		this.publishedYear = publishedYear;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCitation() {
		return this.citation;
	}

	public void setCitation(String citation) {
		this.citation = citation;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	/**
	 * Where the source is in open data, when it is a notice an import brings; null for
	 * one an admin enters. Not a form field: it is set by the importer only.
	 */
	public NoticeId getNotice() {
		return this.notice;
	}

	/** This form, for a notice an import brings. */
	public SourceForm forNotice(NoticeId notice) {
		this.notice = notice;
		return this;
	}

}
