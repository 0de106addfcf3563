package io.github.nhstendertracker.admin;

import java.security.Principal;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.OwnPasswords;
import io.github.nhstendertracker.editing.PasswordForm;
import io.github.nhstendertracker.editing.RecordKey;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where anyone signed in changes their own password. */
@Controller
class AccountController {

	private static final String FORM = "account/password";

	private final EditPipeline edits;

	private final OwnPasswords passwords;

	AccountController(EditPipeline edits, OwnPasswords passwords) {
		this.edits = edits;
		this.passwords = passwords;
	}

	@GetMapping("/account/password")
	String initPasswordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return FORM;
	}

	@PostMapping("/account/password")
	String processPasswordForm(@ModelAttribute("form") PasswordForm form, BindingResult errors, Principal principal,
			RedirectAttributes redirect) {
		RecordKey key = this.passwords.keyOf(principal.getName());
		EditResult<?> saved = this.edits.update(this.passwords, key, null, form, errors, Actor.signedIn());
		if (saved.isConflict()) {
			errors.reject("conflict", "Your account changed while you were typing. Enter your passwords again");
		}
		if (!saved.isSaved()) {
			// Never send a typed password back to the browser.
			form.setCurrentPassword("");
			form.setPassword("");
			form.setConfirmPassword("");
			return FORM;
		}
		redirect.addFlashAttribute("saved", "Your password has been changed.");
		return "redirect:/account/password";
	}

}
