package io.github.nhstendertracker.home;

import io.github.nhstendertracker.browse.TrackerSummary;
import io.github.nhstendertracker.event.TenderEvents;
import io.github.nhstendertracker.search.TenderQuery;
import io.github.nhstendertracker.search.TenderSearch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the tracker holds, with the list's own total, what is coming up,
 * and what happened most recently.
 */
@Controller
class HomeController {

	private final TrackerSummary summary;

	private final TenderSearch search;

	private final ComingUp comingUp;

	private final TenderEvents events;

	HomeController(TrackerSummary summary, TenderSearch search, ComingUp comingUp, TenderEvents events) {
		this.summary = summary;
		this.search = search;
		this.comingUp = comingUp;
		this.events = events;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("summary", this.summary.summarise());
		model.addAttribute("total", this.search.summary(TenderQuery.all()));
		model.addAttribute("panels", this.comingUp.panels());
		model.addAttribute("latestEvents", this.events.latest(8));
		return "home";
	}

}
