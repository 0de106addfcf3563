package io.github.nhstendertracker.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import io.github.nhstendertracker.opendata.OcdsExport;
import io.github.nhstendertracker.opendata.OcdsExport.ReleasePackageWriter;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import io.github.nhstendertracker.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every tender matching a search as an OCDS 1.1.5 release package of compiled releases,
 * driven by the same parameters as {@code /api/tenders}. Like the CSV, the ids stream
 * from a server-side cursor and the releases are written a batch at a time on the request
 * thread, so memory stays flat however many match. Bad parameters get the search's 400
 * problem before anything is written.
 */
@RestController
class OcdsApiController {

	/** Paging parameters: meaningless for the whole set, so not even checked. */
	private static final List<String> PAGING = List.of("after", "before", "size");

	private final OcdsExport export;

	private final PartyNames names;

	private final JdbcClient cursor;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	OcdsApiController(OcdsExport export, PartyNames names, DataSource dataSource,
			PlatformTransactionManager transactions, Clock clock) {
		this.export = export;
		this.names = names;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(TenderCsvController.FETCH_SIZE);
		this.cursor = JdbcClient.create(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	@GetMapping("/api/ocds")
	@Operation(operationId = "exportOcds", tags = "Tenders", summary = "Download tenders as OCDS",
			description = """
					Every tender that matches the search, as open data: an [OCDS 1.1.5](https://standard.open-contracting.org/1.1/en/) \
					release package holding each tender's compiled release (what the tracker holds about it now). \
					Takes the same filters as *Search tenders*; paging parameters are ignored, since the package \
					holds the whole result, in the search's order. Archived tenders, commissioners and bidders are \
					left out.

					- A tender that came from open data keeps its `ocid`; any other is `ocds-nhstt1-` and its id \
					(the prefix is the site's setting).
					- `tender.value` is a reported total only. Every figure, on its own basis (total or per year), \
					is in `tender.reportedFigures`, and the headline with its total and per-year figures in \
					`tender.headlineValue`.
					- Events are `tender.milestones` (the tracker's event type as `code`). A pause or delay keeps \
					the tender `active` with `statusDetails` saying why; a collapse cancels the tender, or \
					terminates its contract once awarded.
					- For one tender with a release per source, download `/tenders/{id}.ocds.json` (a record \
					package).""")
	@SearchParameters(filtersOnly = true)
	@ApiResponse(responseCode = "200", description = "An OCDS release package of the matching tenders",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(type = "object", description = "An OCDS 1.1.5 release package")))
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_SEARCH)
	ResponseEntity<?> export(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		PAGING.forEach(filters::remove);
		Parsed parsed = TenderQuery.parse(filters);
		ProblemDetail problem = TenderSearchApiController.problem(parsed, this.names);
		if (problem != null) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("tenders-" + LocalDate.now(this.clock) + ".ocds.json")
					.build()
					.toString());
		String query = request.getQueryString();
		String uri = request.getRequestURL() + ((query != null) ? "?" + query : "");
		SearchStatement select = SearchStatements.exportIds(parsed.query());
		OutputStream out = response.getOutputStream();
		try (ReleasePackageWriter writer = this.export.releasePackage(out, uri)) {
			List<Long> batch = new ArrayList<>(OcdsExport.BATCH);
			RowCallbackHandler eachRow = (rs) -> {
				batch.add(rs.getLong(1));
				if (batch.size() == OcdsExport.BATCH) {
					writer.write(batch);
					batch.clear();
				}
			};
			this.readOnly.executeWithoutResult((status) -> {
				this.cursor.sql(select.sql()).params(select.params()).query(eachRow);
				writer.write(batch);
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause(); // usually the client went away: nothing more can be sent
		}
		return null;
	}

}
