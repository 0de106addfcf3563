package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.browse.TenderDetails;
import io.github.nhstendertracker.common.ListRequest;
import io.github.nhstendertracker.common.PageView;
import io.github.nhstendertracker.imports.MatchMerges;
import io.github.nhstendertracker.imports.PossibleMatches;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Possible matches between imported processes and tenders already kept: the list of those
 * to decide (the imports page shows its first page), a page comparing the two tenders
 * side by side, and an admin's decision, to merge them ({@link MatchMerges}) or keep them
 * apart. A decision someone else made first, or a tender archived since, is said on the
 * comparison page; nothing is half done.
 */
@Controller
@RequestMapping("/admin/imports/matches")
class MatchAdminController {

	static final String PROBLEM = "matchProblem";

	private final PossibleMatches matches;

	private final MatchMerges merges;

	private final TenderDetails details;

	MatchAdminController(PossibleMatches matches, MatchMerges merges, TenderDetails details) {
		this.matches = matches;
		this.merges = merges;
		this.details = details;
	}

	@GetMapping
	String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		ListRequest request = ListRequest.of(page, size);
		PageView<PossibleMatches.Match> result = this.matches.open(request);
		request.checkWithin(result);
		model.addAttribute("result", result);
		return "admin/imports/match-list";
	}

	@GetMapping("/{id:\\d{1,18}}")
	String show(@PathVariable long id, Model model) {
		PossibleMatches.Match match = this.matches.find(id);
		model.addAttribute("match", match);
		model.addAttribute("imported", match.imported().archived() ? null : this.details.detail(match.imported().id()));
		model.addAttribute("existing", match.existing().archived() ? null : this.details.detail(match.existing().id()));
		return "admin/imports/match";
	}

	@PostMapping("/{id:\\d{1,18}}/merge")
	String merge(@PathVariable long id, RedirectAttributes redirect) {
		try {
			PossibleMatches.Match match = this.matches.find(id);
			MatchMerges.Merged merged = this.merges.merge(id, Actor.signedIn());
			StringBuilder message = new StringBuilder("‘" + match.imported().title() + "’ merged into this tender");
			merged.notes().forEach((note) -> message.append(". ").append(note));
			redirect.addFlashAttribute("saved", message.toString());
			return "redirect:/tenders/" + merged.tenderId();
		}
		catch (MatchMerges.AlreadyDecided ex) {
			redirect.addFlashAttribute(PROBLEM, decidedFirst(ex));
		}
		catch (MatchMerges.Refused ex) {
			redirect.addFlashAttribute(PROBLEM, ex.getMessage());
		}
		return "redirect:/admin/imports/matches/" + id;
	}

	@PostMapping("/{id:\\d{1,18}}/keep-apart")
	String keepApart(@PathVariable long id, RedirectAttributes redirect) {
		try {
			PossibleMatches.Match match = this.matches.keepApart(id, Actor.signedIn().name());
			redirect.addFlashAttribute("saved", "‘" + match.imported().title() + "’ and ‘" + match.existing().title()
					+ "’ are kept apart; they will not be proposed again");
			return "redirect:/admin/imports";
		}
		catch (MatchMerges.AlreadyDecided ex) {
			redirect.addFlashAttribute(PROBLEM, decidedFirst(ex));
			return "redirect:/admin/imports/matches/" + id;
		}
	}

	private static String decidedFirst(MatchMerges.AlreadyDecided ex) {
		PossibleMatches.Match match = ex.match();
		return "Someone decided this possible match first: "
				+ match.decidedBy() + " " + ((match.status() == PossibleMatches.Status.MERGED)
						? "merged the two tenders" : "kept the two tenders apart")
				+ ". Nothing was changed by your decision.";
	}

}
