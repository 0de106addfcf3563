package io.github.nhstendertracker.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import io.github.nhstendertracker.search.TenderCsvColumns.Column;
import io.github.nhstendertracker.search.TenderCsvColumns.Row;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every tender matching a search, as CSV, driven by the same parameters as
 * {@code /tenders}. Rows stream from a server-side cursor straight to the response, so
 * memory stays flat however many match. Written on the request thread rather than as an
 * async {@code StreamingResponseBody}, so the container's async timeout cannot cut a long
 * export short. Bad parameters get a plain-text 400 before any CSV is written. The file
 * starts with a byte order mark, so spreadsheets read it as UTF-8; its columns are
 * {@link TenderCsvColumns}, and its links are absolute, built from the address the
 * request came to.
 */
@Controller
class TenderCsvController {

	/**
	 * Rows per round trip; the PostgreSQL driver only uses a cursor inside a transaction.
	 */
	static final int FETCH_SIZE = 2_000;

	/** Paging parameters: meaningless for the whole set, so not even checked. */
	private static final List<String> PAGING = List.of("after", "before", "size");

	private final PartyNames names;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	TenderCsvController(PartyNames names, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		this.names = names;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(cursor);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	@GetMapping("/tenders.csv")
	void export(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		PAGING.forEach(filters::remove);
		Map<String, String> errors = new LinkedHashMap<>();
		Parsed parsed = TenderQuery.parse(SearchForm.resolveNames(filters, this.names, errors));
		errors.putAll(parsed.errors());
		TenderQuery query = parsed.query();
		if (errors.isEmpty()) {
			SearchPage check = SearchPage.checked(query, errors, Map.of(), this.names);
			errors.putAll(check.errors());
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("text/plain; charset=UTF-8");
			Writer out = response.getWriter();
			for (Map.Entry<String, String> error : errors.entrySet()) {
				out.write(error.getKey() + ": " + error.getValue() + "\n");
			}
			out.flush();
			return;
		}
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("tenders-" + LocalDate.now(this.clock) + ".csv")
					.build()
					.toString());
		CsvWriter csv = new CsvWriter(
				new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16_384));
		String tenderUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/tenders/").toUriString();
		List<Column> columns = TenderCsvColumns.of(query.valueBasis());
		SearchStatement select = SearchStatements.export(query, TenderCsvColumns.select(columns));
		RowCallbackHandler eachRow = (rs) -> TenderCsvColumns.write(columns, new Row(rs, tenderUrl), csv);
		try {
			csv.byteOrderMark().row(TenderCsvColumns.headers(columns));
			this.readOnly
				.executeWithoutResult((status) -> this.jdbc.sql(select.sql()).params(select.params()).query(eachRow));
			csv.flush();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause(); // usually the client went away: nothing more can be sent
		}
	}

}
