package io.github.nhstendertracker.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.search.PartyNames.Party;
import io.github.nhstendertracker.search.SearchResult.Count;
import io.github.nhstendertracker.search.SearchResult.Hit;
import io.github.nhstendertracker.search.SearchResult.Summary;
import io.github.nhstendertracker.search.TenderQuery.Parsed;

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

	TenderSearchApiController(TenderSearch search, PartyNames names) {
		this.search = search;
		this.names = names;
	}

	@GetMapping("/api/tenders")
	ResponseEntity<?> search(@RequestParam MultiValueMap<String, String> params) {
		Parsed parsed = TenderQuery.parse(params);
		ProblemDetail problem = problem(parsed);
		if (problem != null) {
			return ResponseEntity.badRequest().body(problem);
		}
		TenderQuery query = parsed.query();
		SearchResult result = this.search.search(query);
		SearchLinks links = new SearchLinks(query);
		return ResponseEntity.ok(new ApiResult(result.hits(), result.count(),
				(result.next() != null) ? api(links.next(result.next())) : null,
				(result.previous() != null) ? api(links.previous(result.previous())) : null, result.summary(),
				result.summaryLater() ? links.to("/api/tenders/summary") : null));
	}

	/**
	 * The summary of the whole result, however large: its exact size, summed value, facet
	 * counts and events per year.
	 */
	@GetMapping("/api/tenders/summary")
	ResponseEntity<?> summary(@RequestParam MultiValueMap<String, String> params) {
		Parsed parsed = TenderQuery.parse(params);
		ProblemDetail problem = problem(parsed);
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
	private ProblemDetail problem(Parsed parsed) {
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		if (errors.isEmpty()) {
			SearchPage page = SearchPage.checked(parsed.query(), errors, Map.of(), this.names);
			errors.putAll(page.errors());
		}
		if (errors.isEmpty()) {
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some search parameters are not valid: " + String.join("; ", errors.values()) + ".");
		problem.setProperty("errors", errors);
		return problem;
	}

	@GetMapping("/api/commissioners/suggest")
	List<Ref> suggestCommissioners(@RequestParam(defaultValue = "") String q) {
		return (q.length() > 100) ? List.of() : this.names.suggest(Party.COMMISSIONER, q, 10);
	}

	@GetMapping("/api/bidders/suggest")
	List<Ref> suggestBidders(@RequestParam(defaultValue = "") String q) {
		return (q.length() > 100) ? List.of() : this.names.suggest(Party.BIDDER, q, 10);
	}

	private static String api(String pageUrl) {
		return "/api" + pageUrl;
	}

	/**
	 * The JSON shape of a search: hits, the count, page links, and the summary or, for a
	 * result too large to summarise at once, the link to its summary.
	 */
	record ApiResult(List<Hit> items, Count count, String next, String previous, Summary summary, String summaryUrl) {
	}

}
