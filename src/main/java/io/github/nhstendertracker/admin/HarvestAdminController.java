package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.harvest.Harvests;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starts a harvest from the portals now, from the imports page: in the background, under
 * the same lock as the schedule's, whether or not the schedule is on. The page then says
 * what happened.
 */
@Controller
class HarvestAdminController {

	/** The flash attribute that says why a harvest did not start. */
	static final String HARVEST_PROBLEM = "harvestProblem";

	private final Harvests harvests;

	HarvestAdminController(Harvests harvests) {
		this.harvests = harvests;
	}

	@PostMapping("/admin/imports/harvest")
	String startHarvest(RedirectAttributes redirect) {
		switch (this.harvests.startInBackground(Actor.signedIn().name())) {
			case STARTED -> redirect.addFlashAttribute("saved",
					"The harvest has started. Each page it imports is listed under Past imports.");
			case ALREADY_RUNNING -> redirect.addFlashAttribute(HARVEST_PROBLEM,
					"A harvest is already running. Its pages are listed under Past imports as it imports them.");
			case NOT_CONFIGURED -> redirect.addFlashAttribute(HARVEST_PROBLEM,
					"No portal is set up to harvest. Give a portal's address first, as below.");
		}
		return "redirect:/admin/imports#harvest";
	}

}
