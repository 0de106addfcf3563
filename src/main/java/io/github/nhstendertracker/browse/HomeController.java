package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.event.TenderEvents;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the tracker holds and what happened most recently.
 */
@Controller
class HomeController {

	private final TrackerSummary summary;

	private final TenderEvents events;

	HomeController(TrackerSummary summary, TenderEvents events) {
		this.summary = summary;
		this.events = events;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("summary", this.summary.summarise());
		model.addAttribute("latestEvents", this.events.latest(8));
		return "home";
	}

}
