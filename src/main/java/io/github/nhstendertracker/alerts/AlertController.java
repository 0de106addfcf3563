package io.github.nhstendertracker.alerts;

import io.github.nhstendertracker.common.BadRequestException;
import io.github.nhstendertracker.search.SavedSearches;
import io.github.nhstendertracker.search.SavedSearches.Saved;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * E-mail alerts of a search: the form that subscribes an address
 * ({@code /alerts/new?<the search's filters>}), the page of the link that confirms it,
 * and the page of the link that unsubscribes it. Confirming and unsubscribing take a
 * button (a POST), so a mail scanner that follows links does neither; a mail program's
 * one-click unsubscribe (RFC 8058) posts straight to the link.
 */
@Controller
class AlertController {

	private static final String FORM = "alerts/new";

	private static final Logger log = LoggerFactory.getLogger(AlertController.class);

	private final SavedSearches searches;

	private final AlertSignUps signUps;

	private final AlertSettings settings;

	AlertController(SavedSearches searches, AlertSignUps signUps, AlertSettings settings) {
		this.searches = searches;
		this.signUps = signUps;
		this.settings = settings;
	}

	@ModelAttribute("sending")
	boolean sending() {
		return this.settings.sending();
	}

	@GetMapping("/alerts/new")
	String initCreationForm(@RequestParam MultiValueMap<String, String> params, Model model) {
		model.addAttribute("form", new AlertForm());
		model.addAttribute("search", search(params));
		return FORM;
	}

	@PostMapping("/alerts/new")
	String processCreationForm(@Valid @ModelAttribute("form") AlertForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		Saved search = search(params);
		model.addAttribute("search", search);
		if (result.hasErrors() || !this.settings.sending()) {
			return FORM;
		}
		try {
			this.signUps.subscribe(form.getEmail(), search);
		}
		catch (MailException ex) {
			log.warn("Could not send a confirmation e-mail: {}", ex.getClass().getSimpleName());
			result.reject("mail", "We could not send the e-mail just now. Try again later.");
			return FORM;
		}
		return "redirect:/alerts/check-your-email";
	}

	@GetMapping("/alerts/check-your-email")
	String checkYourEmail() {
		return "alerts/check-your-email";
	}

	@GetMapping("/alerts/confirm/{token}")
	String initConfirmation(@PathVariable String token, Model model) {
		this.signUps.checkConfirmation(token);
		model.addAttribute("token", token);
		return "alerts/confirm";
	}

	@PostMapping("/alerts/confirm/{token}")
	String processConfirmation(@PathVariable String token) {
		this.signUps.confirm(token);
		return "redirect:/alerts/confirmed";
	}

	@GetMapping("/alerts/confirmed")
	String confirmed() {
		return "alerts/confirmed";
	}

	@GetMapping("/alerts/unsubscribe/{token}")
	String initUnsubscribe(@PathVariable String token, Model model) {
		this.signUps.checkUnsubscribe(token);
		model.addAttribute("token", token);
		return "alerts/unsubscribe";
	}

	@PostMapping("/alerts/unsubscribe/{token}")
	String processUnsubscribe(@PathVariable String token) {
		this.signUps.unsubscribe(token);
		return "redirect:/alerts/unsubscribed";
	}

	@GetMapping("/alerts/unsubscribed")
	String unsubscribed() {
		return "alerts/unsubscribed";
	}

	/** The search of the request's filters (the form's own fields aside), or a 400. */
	private Saved search(MultiValueMap<String, String> params) {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
		filters.remove("email");
		filters.remove("_csrf");
		Saved search = this.searches.of(filters);
		if (!search.valid()) {
			throw new BadRequestException(search.errors().values().iterator().next());
		}
		return search;
	}

}
