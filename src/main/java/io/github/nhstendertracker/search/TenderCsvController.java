package io.github.nhstendertracker.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

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

/**
 * Every tender matching a search, as CSV, driven by the same parameters as
 * {@code /tenders}. Rows stream from a server-side cursor straight to the response, so
 * memory stays flat however many match. Written on the request thread rather than as an
 * async {@code StreamingResponseBody}, so the container's async timeout cannot cut a long
 * export short. Bad parameters get a plain-text 400 before any CSV is written.
 */
@Controller
class TenderCsvController {

	/**
	 * Rows per round trip; the PostgreSQL driver only uses a cursor inside a transaction.
	 */
	static final int FETCH_SIZE = 2_000;

	/** Paging parameters: meaningless for the whole set, so not even checked. */
	private static final List<String> PAGING = List.of("after", "before", "size");

	private static final String[] HEADER = { "id", "title", "status", "value_low", "value_high", "value_high_open",
			"value_basis", "duration_min_months", "duration_max_months", "total_low", "total_high", "total_derived",
			"annual_low", "annual_high", "annual_derived", "nhs_region", "itl_region", "commissioners", "latest_event",
			"latest_event_date", "latest_event_precision", "url", "ocid", "lot_id", "cpv_codes" };

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
		String tenderPath = request.getContextPath() + "/tenders/";
		SearchStatement select = SearchStatements.export(query);
		RowCallbackHandler eachRow = (rs) -> writeRow(rs, csv, tenderPath);
		try {
			csv.row(HEADER);
			this.readOnly
				.executeWithoutResult((status) -> this.jdbc.sql(select.sql()).params(select.params()).query(eachRow));
			csv.flush();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause(); // usually the client went away: nothing more can be sent
		}
	}

	private static void writeRow(ResultSet rs, CsvWriter csv, String tenderPath) throws SQLException {
		long id = rs.getLong("id");
		csv.number(id).text(rs.getString("title")).text(rs.getString("status"));
		csv.number(rs.getBigDecimal("value_low")).number(rs.getBigDecimal("value_high"));
		csv.text(flag(rs, "value_high_open")).text(rs.getString("value_basis"));
		csv.number(rs.getObject("duration_min_months", Integer.class))
			.number(rs.getObject("duration_max_months", Integer.class));
		csv.number(rs.getBigDecimal("total_low"))
			.number(rs.getBigDecimal("total_high"))
			.text(flag(rs, "total_derived"));
		csv.number(rs.getBigDecimal("annual_low"))
			.number(rs.getBigDecimal("annual_high"))
			.text(flag(rs, "annual_derived"));
		csv.text(rs.getString("nhs_region")).text(rs.getString("itl_region")).text(rs.getString("commissioners"));
		LocalDate latest = rs.getObject("latest_event_date", LocalDate.class);
		csv.text(rs.getString("latest_event_type"))
			.text((latest != null) ? latest.toString() : null)
			.text(rs.getString("latest_event_precision"));
		csv.text(tenderPath + id).text(rs.getString("ocid")).text(rs.getString("lot_id"));
		csv.text(rs.getString("cpv_codes")).endRow();
	}

	private static String flag(ResultSet rs, String column) throws SQLException {
		Boolean value = rs.getObject(column, Boolean.class);
		return (value != null) ? value.toString() : null;
	}

}
