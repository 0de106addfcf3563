package io.github.nhstendertracker.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.NewUserForm;
import io.github.nhstendertracker.editing.NewUsers;
import io.github.nhstendertracker.editing.PasswordForm;
import io.github.nhstendertracker.editing.PasswordResets;
import io.github.nhstendertracker.editing.RecordKey;
import io.github.nhstendertracker.editing.UserEditForm;
import io.github.nhstendertracker.editing.UserEdits;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where admins manage users: list them, add one, change a role, name or access, and reset
 * a password. Only admins reach these URLs (see the security configuration). Every change
 * goes through the {@link EditPipeline}.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "admin/users/new";

	private static final String EDIT = "admin/users/edit";

	private static final String PASSWORD = "admin/users/password";

	private final EditPipeline edits;

	private final NewUsers newUsers;

	private final UserEdits users;

	private final PasswordResets passwords;

	private final UserRows rows;

	private final EditConflicts conflicts;

	UserAdminController(EditPipeline edits, NewUsers newUsers, UserEdits users, PasswordResets passwords, UserRows rows,
			EditConflicts conflicts) {
		this.edits = edits;
		this.newUsers = newUsers;
		this.users = users;
		this.passwords = passwords;
		this.rows = rows;
		this.conflicts = conflicts;
	}

	@ModelAttribute("roles")
	Map<String, Role> roles() {
		Map<String, Role> roles = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			roles.put(role.name(), role);
		}
		return roles;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.rows.list());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new NewUserForm());
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute("form") NewUserForm form, BindingResult errors,
			RedirectAttributes redirect) {
		EditResult<?> created = this.edits.create(this.newUsers, RecordKey.create(), form, errors, Actor.signedIn());
		if (!created.isSaved()) {
			return FORM;
		}
		redirect.addFlashAttribute("saved", "Added " + user(created.id()).getUsername()
				+ ". Tell them their password in person or by phone, and ask them to change it at Your account.");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("user", user(id));
		model.addAttribute("form", this.edits.currentForm(this.users, RecordKey.of(id)));
		return EDIT;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") UserEditForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RecordKey key = RecordKey.of(id);
		EditResult<?> saved = this.edits.update(this.users, key, form, errors, Actor.signedIn());
		if (saved.isSaved()) {
			redirect.addFlashAttribute("saved", "Saved the changes to " + user(id).getUsername() + ".");
			return "redirect:/admin/users";
		}
		if (saved.isConflict()) {
			this.conflicts.prepare(this.users, key, saved, form, model, response);
		}
		model.addAttribute("user", user(id));
		return EDIT;
	}

	@GetMapping("/{id}/password")
	String initPasswordForm(@PathVariable long id, Model model) {
		model.addAttribute("user", user(id));
		model.addAttribute("form", new PasswordForm());
		return PASSWORD;
	}

	@PostMapping("/{id}/password")
	String processPasswordForm(@PathVariable long id, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		EditResult<?> saved = this.edits.update(this.passwords, RecordKey.of(id), null, form, errors, Actor.signedIn());
		if (saved.isConflict()) {
			errors.reject("conflict", "Someone changed this user while you were typing. Enter the password again");
		}
		if (!saved.isSaved()) {
			model.addAttribute("user", user(id));
			return PASSWORD;
		}
		redirect.addFlashAttribute("saved",
				"Reset the password of " + user(id).getUsername() + ". Any lock from failed sign-ins is lifted.");
		return "redirect:/admin/users";
	}

	private AppUser user(long id) {
		return this.edits.read(this.users, RecordKey.of(id), (user) -> user);
	}

}
