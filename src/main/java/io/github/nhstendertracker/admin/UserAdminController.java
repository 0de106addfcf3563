package io.github.nhstendertracker.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.editing.EditConflictException;
import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.editing.NewUserForm;
import io.github.nhstendertracker.editing.PasswordForm;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.editing.UserEditForm;
import io.github.nhstendertracker.editing.UserService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * a password. Only admins reach these URLs (see the security configuration).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "admin/users/new";

	private static final String EDIT = "admin/users/edit";

	private static final String PASSWORD = "admin/users/password";

	private final UserService users;

	private final EditConflicts conflicts;

	UserAdminController(UserService users, EditConflicts conflicts) {
		this.users = users;
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
		model.addAttribute("users", this.users.list());
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
		Optional<AppUser> created;
		try {
			created = this.users.create(form, errors);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone added the same username between the check and the insert.
			errors.rejectValue("username", "taken", "There is already a user with this username");
			created = Optional.empty();
		}
		if (created.isEmpty()) {
			return FORM;
		}
		redirect.addFlashAttribute("saved", "Added " + created.get().getUsername() + ". Tell them their password "
				+ "in person or by phone, and ask them to change it at Your account.");
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		AppUser user = this.users.find(id);
		model.addAttribute("user", user);
		model.addAttribute("form", UserEditForm.of(user));
		return EDIT;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") UserEditForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (this.users.update(id, form, errors)) {
				redirect.addFlashAttribute("saved", "Saved the changes to " + this.users.find(id).getUsername() + ".");
				return "redirect:/admin/users";
			}
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			AppUser current = this.users.find(id);
			this.conflicts.prepare(AuditEntity.USER, id, EditConflicts.parseVersion(form.getVersion()),
					current.getVersion(), form, UserEditForm.of(current), model, response);
			form.setVersion(String.valueOf(current.getVersion()));
			model.addAttribute("user", current);
			return EDIT;
		}
		model.addAttribute("user", this.users.find(id));
		return EDIT;
	}

	@GetMapping("/{id}/password")
	String initPasswordForm(@PathVariable long id, Model model) {
		model.addAttribute("user", this.users.find(id));
		model.addAttribute("form", new PasswordForm());
		return PASSWORD;
	}

	@PostMapping("/{id}/password")
	String processPasswordForm(@PathVariable long id, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!this.users.resetPassword(id, form, errors)) {
			model.addAttribute("user", this.users.find(id));
			return PASSWORD;
		}
		redirect.addFlashAttribute("saved", "Reset the password of " + this.users.find(id).getUsername()
				+ ". Any lock from failed sign-ins is lifted.");
		return "redirect:/admin/users";
	}

}
