package io.github.nhstendertracker.search;

import java.util.List;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.search.PartyNames.Party;
import io.github.nhstendertracker.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type-ahead for the search form's commissioner and bidder fields: a few names matching
 * what was typed, with the ids the search takes.
 */
@RestController
class PartySuggestionsApiController {

	private static final int LONGEST = 100;

	private static final int SUGGESTIONS = 10;

	private static final String TEXT = "What was typed: the start of a name, or of a word in it. Without text, "
			+ "or with more than 100 characters, the answer is an empty list.";

	private final PartyNames names;

	PartySuggestionsApiController(PartyNames names) {
		this.names = names;
	}

	@GetMapping("/api/commissioners/suggest")
	@Operation(operationId = "suggestCommissioners", tags = "Commissioners", summary = "Suggest commissioners",
			description = """
					Up to 10 commissioners for a name being typed: names that start with the text first, then \\
					names with a word that starts with it, each by name. Archived commissioners are never \\
					suggested. The ids go in the search's `commissioner` parameter.""")
	@ApiResponse(responseCode = "200", description = "The commissioners' ids and names; empty when none match")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	List<Ref> suggestCommissioners(
			@Parameter(description = TEXT, example = "dud") @RequestParam(defaultValue = "") String q) {
		return suggest(Party.COMMISSIONER, q);
	}

	@GetMapping("/api/bidders/suggest")
	@Operation(operationId = "suggestBidders", tags = "Bidders", summary = "Suggest bidders", description = """
			Up to 10 bidders for a name being typed: names that start with the text first, then names with a \\
			word that starts with it, each by name. Archived bidders are never suggested. The ids go in the \\
			search's `bidder` parameter.""")
	@ApiResponse(responseCode = "200", description = "The bidders' ids and names; empty when none match")
	@ApiResponse(responseCode = "400", ref = ApiProblems.BAD_REQUEST)
	List<Ref> suggestBidders(
			@Parameter(description = TEXT, example = "cir") @RequestParam(defaultValue = "") String q) {
		return suggest(Party.BIDDER, q);
	}

	private List<Ref> suggest(Party party, String q) {
		return (q.length() > LONGEST) ? List.of() : this.names.suggest(party, q, SUGGESTIONS);
	}

}
