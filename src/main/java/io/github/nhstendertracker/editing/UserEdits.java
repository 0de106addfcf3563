package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.account.AppUser;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import io.github.nhstendertracker.audit.Actor;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Changing a user's name, role and access, with the rules that keep the service
 * manageable: nobody removes their own admin rights or disables themselves, and the last
 * enabled admin stays one (the admins are locked while that is checked, so two admins
 * demoting each other at once cannot both succeed).
 */
@Component
public class UserEdits extends UserRecord<UserEditForm, UserEdits.Values> {

	UserEdits(AppUserRepository users) {
		super(users);
	}

	record Values(String name, Role role, Boolean enabled) {
	}

	@Override
	public Values check(UserEditForm form, RecordKey key, AppUser user, Errors errors) {
		String name = checkName(form.getDisplayName(), errors);
		Role role = checkRole(form.getRole(), errors);
		Boolean enabled = ("true".equals(form.getEnabled()) || "false".equals(form.getEnabled()))
				? Boolean.valueOf(form.getEnabled()) : null;
		if (enabled == null) {
			errors.rejectValue("enabled", "required", "Select whether this user can sign in");
		}
		if (errors.hasErrors()) {
			return null;
		}
		boolean removesAdmin = user.getRole() == Role.ADMIN && user.isEnabled() && (role != Role.ADMIN || !enabled);
		if (removesAdmin && user.getUsername().equalsIgnoreCase(Actor.signedIn().name())) {
			if (role != Role.ADMIN) {
				errors.rejectValue("role", "self", "You cannot remove your own admin role. Ask another admin to do it");
			}
			if (!enabled) {
				errors.rejectValue("enabled", "self", "You cannot disable your own account");
			}
		}
		else if (removesAdmin && this.users.lockEnabledWithRole(Role.ADMIN).size() <= 1) {
			errors.rejectValue((role != Role.ADMIN) ? "role" : "enabled", "lastAdmin",
					"This is the only enabled admin. Make another user an admin first");
		}
		return new Values(name, role, enabled);
	}

	@Override
	public void apply(AppUser user, Values values) {
		user.setDisplayName(values.name());
		user.setRole(values.role());
		user.setEnabled(values.enabled());
	}

	@Override
	public UserEditForm formOf(AppUser user) {
		return UserEditForm.of(user);
	}

}
