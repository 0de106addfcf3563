package io.github.nhstendertracker.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.source.NoticeId;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.source.SourceRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Creates, changes, archives and restores sources, each in one transaction with its audit
 * record. Checks what Bean Validation cannot: the published date exists (at the precision
 * given) and is not in the future, the web address is http or https, and no other source
 * has the same address or the same publication and title.
 */
@Service
public class SourceEditor extends RepositoryRecord<Source, SourceForm, SourceEditor.Values> {

	/** A URL scheme such as "https" or "javascript", before its colon. */
	private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern
		.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PartialDates dates;

	SourceEditor(SourceRepository repository, JdbcClient jdbc, Clock clock, PartialDates dates) {
		super(AuditEntity.SOURCE, repository);
		this.jdbc = jdbc;
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	public SourceForm formOf(Source record) {
		return SourceForm.of(record);
	}

	@Override
	public long idOf(Source record) {
		return record.getId();
	}

	@Override
	public long versionOf(Source record) {
		return record.getVersion();
	}

	@Override
	public String labelOf(Source record) {
		return record.getTitle();
	}

	@Override
	protected Source newRecord(Values values) {
		return new Source(values.publication(), values.publishedOn(), values.precision(), values.title(),
				values.summary());
	}

	@Override
	public Map<String, String> snapshot(Source source) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Publication", source.getPublication());
		fields.put("Published", this.dates.format(source.getPublishedOn(), source.getPublishedPrecision()));
		fields.put("Title", source.getTitle());
		fields.put("Summary", source.getSummary());
		fields.put("Citation", source.getCitation());
		fields.put("Web address", source.getUrl());
		return fields;
	}

	@Override
	public void apply(Source source, Values values) {
		source.update(values.publication(), values.publishedOn(), values.precision(), values.title(), values.summary(),
				values.citation(), values.url());
		// A notice's place in open data is set when it is imported and never changed.
		if (values.notice() != null && source.getNotice() == null) {
			source.setNotice(values.notice());
		}
	}

	/** Checks the form; returns its parsed values, or null after adding errors. */
	@Override
	protected Values check(SourceForm form, Long id, Errors errors) {
		Published published = published(form, errors);
		String url = trimmed(form.getUrl());
		if (url != null && !errors.hasFieldErrors("url")) {
			String problem = urlProblem(url);
			if (problem != null) {
				errors.rejectValue("url", "invalid", problem);
			}
			else {
				// The scheme in lower case, as links (and the table's check) expect.
				int colon = url.indexOf(':');
				url = url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon);
			}
		}
		String publication = trimmed(form.getPublication());
		String title = trimmed(form.getTitle());
		if (!errors.hasErrors() && form.getNotice() != null) {
			// Releases of one notice share its address and title: a notice is its
			// release.
			sameRelease(form.getNotice(), id).ifPresent((existing) -> errors.rejectValue("title", DUPLICATE,
					new Object[] { existing }, "This release of the notice is already recorded"));
		}
		else if (!errors.hasErrors()) {
			duplicate(url, publication, title, id)
				.ifPresent((existing) -> errors.rejectValue(existing.sameUrl() ? "url" : "title", DUPLICATE,
						new Object[] { existing },
						existing.sameUrl() ? "A source with this web address is already recorded"
								: "A source with this publication and title is already recorded"));
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Values(publication, published.date(), published.precision(), title, trimmed(form.getSummary()),
				trimmed(form.getCitation()), url, form.getNotice());
	}

	/**
	 * The published date at the precision given: day, month and year; month and year; or
	 * the year alone.
	 */
	private Published published(SourceForm form, Errors errors) {
		String day = trimmed(form.getPublishedDay());
		String month = trimmed(form.getPublishedMonth());
		String year = trimmed(form.getPublishedYear());
		if (day == null && month == null && year == null) {
			errors.rejectValue("published", "required", "Enter the date it was published, or at least the year");
			return null;
		}
		if (year == null || (day != null && month == null)) {
			errors.rejectValue("published", "incomplete",
					"Date published must include a year, and a month if it has a day");
			return null;
		}
		LocalDate date;
		try {
			if (!year.matches("\\d{4}") || (month != null && !month.matches("\\d{1,2}"))
					|| (day != null && !day.matches("\\d{1,2}"))) {
				throw new DateTimeException("not numbers");
			}
			date = LocalDate.of(Integer.parseInt(year), (month != null) ? Integer.parseInt(month) : 1,
					(day != null) ? Integer.parseInt(day) : 1);
		}
		catch (DateTimeException ex) {
			errors.rejectValue("published", "invalid", "Date published must be a real date");
			return null;
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("published", "future", "Date published must be today or in the past");
			return null;
		}
		DatePrecision precision = (day != null) ? DatePrecision.DAY
				: (month != null) ? DatePrecision.MONTH : DatePrecision.YEAR;
		return new Published(date, precision);
	}

	/** Why a web address cannot be linked to, or null if it can. */
	static String urlProblem(String url) {
		java.util.regex.Matcher scheme = SCHEME.matcher(url);
		if (!scheme.find()) {
			return "Enter a web address that starts with http:// or https://";
		}
		String lower = scheme.group(1).toLowerCase(Locale.ROOT);
		if (!lower.equals("http") && !lower.equals("https")) {
			return "Web address must start with http:// or https://, not " + scheme.group(1) + ":";
		}
		try {
			URI uri = new URI(url);
			if (!url.regionMatches(true, 0, lower + "://", 0, lower.length() + 3) || uri.getHost() == null) {
				return "Enter a web address in the correct format, like https://www.hsj.co.uk/news";
			}
		}
		catch (URISyntaxException ex) {
			return "Enter a web address in the correct format, like https://www.hsj.co.uk/news";
		}
		return null;
	}

	private Optional<Existing> sameRelease(NoticeId notice, Long id) {
		return this.jdbc.sql("""
				select id, title, false as same_url, archived_at is not null as archived from source
				where ocid = :ocid and release_id = :release and id <> coalesce(:id, -1) limit 1""")
			.param("ocid", notice.ocid())
			.param("release", notice.releaseId())
			.param("id", id)
			.query((rs, rowNum) -> new Existing(rs.getLong("id"), rs.getString("title"), false,
					rs.getBoolean("archived")))
			.optional();
	}

	/** Another source with the same address, or the same publication and title. */
	private Optional<Existing> duplicate(String url, String publication, String title, Long id) {
		return this.jdbc.sql("""
				select id, title, (url is not null and lower(url) = lower(cast(:url as text))) as same_url,
				       archived_at is not null as archived
				from source
				where ((url is not null and lower(url) = lower(cast(:url as text)))
				       or (lower(publication) = lower(:publication) and lower(title) = lower(:title)))
				  and id <> coalesce(:id, -1)
				order by 3 desc, id limit 1""")
			.param("url", url)
			.param("publication", publication)
			.param("title", title)
			.param("id", id)
			.query((rs, rowNum) -> new Existing(rs.getLong("id"), rs.getString("title"), rs.getBoolean("same_url"),
					rs.getBoolean("archived")))
			.optional();
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A source that is already recorded. */
	record Existing(long id, String name, boolean sameUrl, boolean archived) {
	}

	private record Published(LocalDate date, DatePrecision precision) {
	}

	record Values(String publication, LocalDate publishedOn, DatePrecision precision, String title, String summary,
			String citation, String url, NoticeId notice) {
	}

}
