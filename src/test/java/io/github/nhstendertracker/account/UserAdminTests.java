package io.github.nhstendertracker.account;

import java.util.List;
import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Admins add users, change their role and access, and reset passwords, against the real
 * database; every request rolls back with the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
@Transactional
@WithMockUser(username = "boss-not-in-db", roles = "ADMIN")
class UserAdminTests {

	static final String PASSWORD = "a long enough password";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private SignInAttempts attempts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestUsers testUsers;

	private AppUser user(Role role) {
		return this.testUsers.create("u", PASSWORD, role);
	}

	private List<String> auditChanges(long userId) {
		return this.jdbc.sql(
				"select action || ' ' || changes::text from audit_record where entity_type = 'USER' and entity_id = :id"
						+ " order by id")
			.param("id", userId)
			.query(String.class)
			.list();
	}

	@Test
	void list_showsEveryUserWithRoleAndLock() throws Exception {
		AppUser editor = user(Role.EDITOR);
		for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
			this.jdbc.sql("insert into sign_in_attempt (username, succeeded) values (:u, false)")
				.param("u", editor.getUsername())
				.update();
		}
		this.mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(editor.getUsername())))
			.andExpect(content().string(containsString("Locked now")))
			.andExpect(content().string(containsString("Password last changed")));
	}

	@Test
	void addUser_storesABcryptHashAndAuditsWithoutThePassword() throws Exception {
		String name = "new." + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.param("username", "  " + name.toUpperCase() + " ")
				.param("displayName", "New Person")
				.param("role", "EDITOR")
				.param("password", PASSWORD)
				.param("confirmPassword", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("saved", containsString(name)));
		AppUser saved = this.users.findByUsername(name).orElseThrow();
		assertThat(saved.getUsername()).isEqualTo(name);
		assertThat(saved.getRole()).isEqualTo(Role.EDITOR);
		assertThat(saved.getPasswordHash()).startsWith("{bcrypt}$2");
		assertThat(this.encoder.matches(PASSWORD, saved.getPasswordHash())).isTrue();
		List<String> audit = auditChanges(saved.getId());
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0)).startsWith("CREATE")
			.contains("\"Password\"", "\"set\"", "Editor", "New Person")
			.doesNotContain(PASSWORD)
			.doesNotContain(saved.getPasswordHash())
			.doesNotContain("bcrypt");
	}

	@Test
	void addUser_withEmptyForm_showsEveryErrorAndKeepsNothing() throws Exception {
		long before = this.users.count();
		this.mvc.perform(post("/admin/users/new").with(csrf()).param("displayName", "Kept Name"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/new"))
			.andExpect(model().attributeHasFieldErrors("form", "username", "role", "password"))
			.andExpect(content().string(containsString("Error: Add a user")))
			.andExpect(content().string(containsString("Enter a username")))
			.andExpect(content().string(containsString("Select a role")))
			.andExpect(content().string(containsString("Enter a password")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")));
		assertThat(this.users.count()).isEqualTo(before);
	}

	@Test
	void addUser_refusesBadUsernamesDuplicatesAndWeakPasswords() throws Exception {
		AppUser existing = user(Role.EDITOR);
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.param("username", existing.getUsername().toUpperCase())
				.param("displayName", "x".repeat(101))
				.param("role", "EDITOR")
				.param("password", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a user with this username")))
			.andExpect(content().string(containsString("Name must be 100 characters or fewer")))
			.andExpect(content().string(containsString("Password must be 12 characters or more")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		this.mvc
			.perform(post("/admin/users/new").with(csrf())
				.param("username", "bad name<script>")
				.param("displayName", "Someone")
				.param("role", "SUPERUSER")
				.param("password", PASSWORD)
				.param("confirmPassword", PASSWORD + "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Username must start with a letter or number")))
			.andExpect(content().string(containsString("Select a role")))
			.andExpect(content().string(containsString("The passwords do not match")))
			.andExpect(content().string(containsString("bad name&lt;script&gt;")));
	}

	@Test
	void edit_changesRoleNameAndAccess_andAuditsTheFields() throws Exception {
		AppUser editor = user(Role.EDITOR);
		this.mvc.perform(get("/admin/users/{id}/edit", editor.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + editor.getVersion() + "\"")));
		this.mvc
			.perform(post("/admin/users/{id}/edit", editor.getId()).with(csrf())
				.param("displayName", "Promoted Person")
				.param("role", "ADMIN")
				.param("enabled", "false")
				.param("version", String.valueOf(editor.getVersion())))
			.andExpect(redirectedUrl("/admin/users"));
		AppUser changed = this.users.findById(editor.getId()).orElseThrow();
		assertThat(changed.getRole()).isEqualTo(Role.ADMIN);
		assertThat(changed.isEnabled()).isFalse();
		assertThat(changed.getDisplayName()).isEqualTo("Promoted Person");
		assertThat(auditChanges(editor.getId())).singleElement()
			.asString()
			.startsWith("UPDATE")
			.contains("Promoted Person", "Admin", "Can sign in");
	}

	@Test
	void edit_fromAnOldVersion_isRefusedWithTheConflictAndTheCurrentVersion() throws Exception {
		AppUser editor = user(Role.EDITOR);
		long opened = editor.getVersion();
		this.mvc
			.perform(post("/admin/users/{id}/edit", editor.getId()).with(csrf())
				.param("displayName", "First Change")
				.param("role", "EDITOR")
				.param("enabled", "true")
				.param("version", String.valueOf(opened)))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users/{id}/edit", editor.getId()).with(csrf())
				.param("displayName", "Second Change")
				.param("role", "EDITOR")
				.param("enabled", "true")
				.param("version", String.valueOf(opened)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("<title>Error: Change user " + editor.getUsername())))
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("First Change")))
			.andExpect(content().string(containsString("value=\"Second Change\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (opened + 1) + "\"")));
		assertThat(this.users.findById(editor.getId()).orElseThrow().getDisplayName()).isEqualTo("First Change");
		assertThat(auditChanges(editor.getId())).hasSize(1);
	}

	@Test
	void edit_anAdminCannotDemoteOrDisableThemselves() throws Exception {
		AppUser me = user(Role.ADMIN);
		this.mvc
			.perform(post("/admin/users/{id}/edit", me.getId()).with(csrf())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(me.getUsername())
					.roles("ADMIN"))
				.param("displayName", me.getDisplayName())
				.param("role", "EDITOR")
				.param("enabled", "false")
				.param("version", String.valueOf(me.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Change user")))
			.andExpect(content().string(containsString("You cannot remove your own admin role")))
			.andExpect(content().string(containsString("You cannot disable your own account")));
		AppUser unchanged = this.users.findById(me.getId()).orElseThrow();
		assertThat(unchanged.getRole()).isEqualTo(Role.ADMIN);
		assertThat(unchanged.isEnabled()).isTrue();
	}

	@Test
	void edit_theLastEnabledAdminCannotBeDemotedOrDisabled() throws Exception {
		this.jdbc.sql("update app_user set enabled = false where role = 'ADMIN'").update();
		AppUser last = user(Role.ADMIN);
		for (String[] change : List.of(new String[] { "EDITOR", "true" }, new String[] { "ADMIN", "false" })) {
			this.mvc
				.perform(post("/admin/users/{id}/edit", last.getId()).with(csrf())
					.param("displayName", last.getDisplayName())
					.param("role", change[0])
					.param("enabled", change[1])
					.param("version", String.valueOf(last.getVersion())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This is the only enabled admin")));
		}
		AppUser second = user(Role.ADMIN);
		this.mvc
			.perform(post("/admin/users/{id}/edit", last.getId()).with(csrf())
				.param("displayName", last.getDisplayName())
				.param("role", "EDITOR")
				.param("enabled", "true")
				.param("version", String.valueOf(last.getVersion())))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.users.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
		assertThat(second.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void edit_unknownUser_is404() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/edit", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void resetPassword_setsTheNewOneAndLiftsTheLock() throws Exception {
		AppUser editor = user(Role.EDITOR);
		for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
			this.jdbc.sql("insert into sign_in_attempt (username, succeeded) values (:u, false)")
				.param("u", editor.getUsername())
				.update();
		}
		assertThat(this.attempts.lockedUntil(editor.getUsername())).isPresent();
		this.mvc
			.perform(post("/admin/users/{id}/password", editor.getId()).with(csrf())
				.param("password", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Reset password")))
			.andExpect(content().string(containsString("Password must be 12 characters or more")));
		String newPassword = "another long password";
		this.mvc
			.perform(post("/admin/users/{id}/password", editor.getId()).with(csrf())
				.param("password", newPassword)
				.param("confirmPassword", newPassword))
			.andExpect(redirectedUrl("/admin/users"));
		AppUser reset = this.users.findById(editor.getId()).orElseThrow();
		assertThat(this.encoder.matches(newPassword, reset.getPasswordHash())).isTrue();
		assertThat(this.attempts.lockedUntil(editor.getUsername())).isEmpty();
		assertThat(auditChanges(editor.getId())).singleElement()
			.asString()
			.contains("\"Password\"", "\"reset\"")
			.doesNotContain(newPassword)
			.doesNotContain("bcrypt");
	}

}
