package io.github.nhstendertracker.search;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.commissioner.CommissionerLineage;
import io.github.nhstendertracker.search.TenderQuery.Parsed;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's tender search: a bookmarkable GET whose parameters are the filters. Money
 * typed as "£3.4bn" or a typed commissioner name is turned into the canonical URL by a
 * redirect.
 */
@Controller
class TenderSearchController {

	private final TenderSearch search;

	private final PartyNames names;

	private final CommissionerLineage lineage;

	TenderSearchController(TenderSearch search, PartyNames names, CommissionerLineage lineage) {
		this.search = search;
		this.names = names;
		this.lineage = lineage;
	}

	@GetMapping("/tenders")
	String search(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		return show("/tenders", params, model, response);
	}

	/**
	 * The same page with the whole result summarised, however large: what the "work out
	 * the total value" link asks for, and what the page's script fetches by itself.
	 */
	@GetMapping("/tenders/summary")
	String summary(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		return show("/tenders/summary", params, model, response);
	}

	private String show(String path, MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		MultiValueMap<String, String> resolved = SearchForm.resolveNames(params, this.names, errors);
		Parsed parsed = TenderQuery.parse(resolved);
		errors.putAll(parsed.errors());
		TenderQuery query = parsed.query();
		boolean typedNames = params.containsKey("commissionerName") || params.containsKey("bidderName");
		if (errors.isEmpty() && (!parsed.canonical() || typedNames)) {
			return "redirect:" + new SearchLinks(query).to(path);
		}
		SearchPage page = SearchPage.checked(query, errors, SearchForm.shown(params), this.names);
		if (page.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else {
			model.addAttribute("atomFeed", page.links().feed());
			if (!query.commissioners().isEmpty()) {
				page.lineage(this.lineage.of(query.commissioners()));
			}
			SearchResult result = this.search.search(query);
			if (result.summaryLater() && path.equals("/tenders/summary")) {
				try {
					result = result.withSummary(this.search.summary(query));
				}
				catch (QueryTimeoutException ex) {
					page.summaryTookTooLong();
					response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				}
			}
			page.show(result);
		}
		model.addAttribute("page", page);
		return "tenders/list";
	}

}
