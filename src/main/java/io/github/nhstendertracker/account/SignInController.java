package io.github.nhstendertracker.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the POST; this shows the form and why the
 * last attempt failed, keeping the name that was typed.
 */
@Controller
class SignInController {

	static final String LAST_USERNAME = SignInController.class.getName() + ".username";

	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(name = "signed-out", required = false) String signedOut, HttpSession session, Model model) {
		Object username = session.getAttribute(LAST_USERNAME);
		session.removeAttribute(LAST_USERNAME);
		model.addAttribute("username", (username != null) ? username : "");
		model.addAttribute("error", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("maxFailures", SignInAttempts.MAX_FAILURES);
		model.addAttribute("lockMinutes", SignInAttempts.WINDOW.toMinutes());
		return "account/sign-in";
	}

}
