package io.github.nhstendertracker.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.commissioner.LineageScope;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import io.github.nhstendertracker.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tender search as JSON: the same parameters as the page, exact values, and links to
 * the next and previous pages. Bad parameters get a 400 problem with an error for each.
 */
@RestController
class TenderSearchApiController {

	private final TenderSearch search;

	private final PartyNames names;

	private final CommissionerLineage lineage;

	TenderSearchApiController(TenderSearch search, PartyNames names, CommissionerLineage lineage) {
		this.lineage = lineage;
		this.search = search;
		this.names = names;
	}

	@GetMapping("/api/tenders")
	@Operation(operationId = "searchTenders", tags = "Tenders", summary = "Search tenders", description = """
			Tenders that match every filter given, a page at a time: the same search, with the same \
			parameters, as the page `/tenders` and its CSV `/tenders.csv`. Filters combine with AND; the \
			values of one repeatable filter combine with OR. Archived tenders, commissioners and bidders are \
			left out.

			- `count` is exact up to 10,000, then `exact` is false. When counting would be slow it is the \
			planner's estimate (`estimated`), or -1 when not known.
			- `summary` sums the whole result. When that would be slow it is null, and `summaryUrl` asks for \
			it (see *Summarise a search*).
			- `next` and `previous` link to the pages either side, keeping every filter; null at either end.""")
	@SearchParameters
	@ApiResponse(responseCode = "200", description = "A page of matching tenders",
			content = @Content(schema = @Schema(implementation = ApiResult.class)))
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_SEARCH)
	ResponseEntity<?> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		Parsed parsed = TenderQuery.parse(params);
		ProblemDetail problem = problem(parsed, this.names);
		if (problem != null) {
			return ResponseEntity.badRequest().body(problem);
		}
		TenderQuery query = parsed.query();
		SearchResult result = this.search.search(query);
		SearchLinks links = new SearchLinks(query);
		List<Ref> earlierBodies = (query.commissioners().isEmpty() || query.lineage() == LineageScope.OWN) ? List.of()
				: this.lineage.of(query.commissioners()).earlier();
		return ResponseEntity.ok(new ApiResult(result.hits(), result.count(),
				(result.next() != null) ? api(links.next(result.next())) : null,
				(result.previous() != null) ? api(links.previous(result.previous())) : null, result.summary(),
				result.summaryLater() ? links.to("/api/tenders/summary") : null, earlierBodies));
	}

	/**
	 * The summary of the whole result, however large: its exact size, summed value, facet
	 * counts and events per year.
	 */
	@GetMapping("/api/tenders/summary")
	@Operation(operationId = "summariseTenders", tags = "Tenders", summary = "Summarise a search", description = """
			The whole result of a search summarised, however large: how many tenders match (exactly), \
			their summed value on `valueBasis`, how many have no value on it, the tenders and summed \
			value by NHS region, status and service area, and the tenders with events in each year. \
			Takes the search's parameters; only the filters change the answer. A summary is kept until \
			the data changes. One that takes over 60 seconds is stopped with a 503: add a filter to \
			narrow it.""")
	@SearchParameters(filtersOnly = true)
	@ApiResponse(responseCode = "200", description = "The summary of the whole result",
			content = @Content(schema = @Schema(implementation = Summary.class)))
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_SEARCH)
	ResponseEntity<?> summary(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		Parsed parsed = TenderQuery.parse(params);
		ProblemDetail problem = problem(parsed, this.names);
		if (problem != null) {
			return ResponseEntity.badRequest().body(problem);
		}
		try {
			return ResponseEntity.ok(this.search.summary(parsed.query()));
		}
		catch (QueryTimeoutException ex) {
			ProblemDetail slow = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"Summarising this result took too long. Add a filter to narrow it.");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(slow);
		}
	}

	/** A 400 problem listing every bad parameter, or null when all are good. */
	static ProblemDetail problem(Parsed parsed, PartyNames names) {
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		if (errors.isEmpty()) {
			SearchPage page = SearchPage.checked(parsed.query(), errors, Map.of(), names);
			errors.putAll(page.errors());
		}
		return errors.isEmpty() ? null : problem(errors);
	}

	/** The search's 400 problem, listing every bad parameter. */
	static ProblemDetail problem(Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some search parameters are not valid: " + String.join("; ", errors.values()) + ".");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String api(String pageUrl) {
		return "/api" + pageUrl;
	}

	/**
	 * The JSON shape of a search: hits, the count, page links, and the summary or, for a
	 * result too large to summarise at once, the link to its summary.
	 */
	@Schema(name = "TenderSearchResult")
	record ApiResult(@Schema(description = "The tenders on this page, in order") List<Hit> items,
			@Schema(description = "How many tenders match") Count count,
			@Schema(description = "The next page, or null on the last",
					example = "/api/tenders?after=bGF0ZXN0CjYKMjAxNi0wMi0wMQ") String next,
			@Schema(description = "The previous page, or null on the first") String previous,
			@Schema(description = "The whole result summarised, or null when that would be slow") Summary summary,
			@Schema(description = "Where to ask for the summary when it is null",
					example = "/api/tenders/summary") String summaryUrl,
			@Schema(description = """
					With a commissioner filter (unless `lineage=own`): every body its commissioners took over \
					from, whose tenders are included. An item none of whose commissioners is one filtered on \
					matched through those of them listed here.""") List<Ref> earlierBodies) {
	}

}
