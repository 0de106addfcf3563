package io.github.nhstendertracker.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach what, CSRF, and the security headers, through the real filter chain.
 * Everything rolls back: nothing here is allowed to change data, and the tests prove it
 * is refused before it could.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
class SecurityRulesTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	private MockMvc mvc;

	@Test
	void anonymous_isSentToSignIn_forAdminPagesAndAccount() throws Exception {
		for (String path : List.of("/admin", "/admin/audit", "/admin/users", "/admin/users/new", "/account/password")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
		}
		for (String path : List.of("/admin/users/new", "/admin/tenders/new", "/admin/tenders/1/archive",
				"/account/password")) {
			this.mvc.perform(post(path).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/sign-in"));
		}
	}

	@Test
	@WithMockUser(username = "editor1", roles = "EDITOR")
	void editor_isRefusedAdminOnlyActions() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/1/edit")).andExpect(status().isForbidden());
		for (String path : List.of("/admin/users/new", "/admin/users/1/password", "/admin/tenders/1/archive",
				"/admin/commissioners/1/restore", "/admin/tenders/1/events/1/delete", "/admin/bidders/1/delete")) {
			this.mvc.perform(post(path).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit")).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void postWithoutCsrfToken_isRefused_evenWhenSignedIn() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").param("username", "nocsrf")
				.param("displayName", "No Csrf")
				.param("role", "ADMIN")
				.param("password", "a long enough password")
				.param("confirmPassword", "a long enough password"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/account/password")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/new").with(csrf().useInvalidToken())).andExpect(status().isForbidden());
	}

	@Test
	void writesOutsideAdmin_areRefused() throws Exception {
		this.mvc.perform(post("/tenders").with(csrf())).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void writesOutsideAdmin_areRefused_evenToAnAdmin() throws Exception {
		this.mvc.perform(post("/tenders").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/tenders").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void securityHeaders_onPublicAndSignInPages() throws Exception {
		for (String path : List.of("/", "/tenders", "/sign-in")) {
			assertSecurityHeaders(path, this.mvc.perform(get(path)).andReturn().getResponse());
		}
		// Also on the redirect an anonymous visitor gets from an admin page.
		assertSecurityHeaders("/admin", this.mvc.perform(get("/admin")).andReturn().getResponse());
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void securityHeaders_onAdminPages_andNoInlineScriptAnywhere() throws Exception {
		for (String path : List.of("/", "/tenders", "/sign-in", "/admin", "/admin/users", "/admin/users/new",
				"/admin/audit", "/admin/audit?from=nonsense", "/account/password")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertSecurityHeaders(path, response);
			String html = response.getContentAsString();
			Matcher inline = INLINE_SCRIPT.matcher(html);
			assertThat(inline.find()).as("inline script on " + path).isFalse();
			assertThat(html).as(path).doesNotContain(" onclick=").doesNotContain(" onload=").contains("<script");
		}
	}

	private static void assertSecurityHeaders(String path, MockHttpServletResponse response) {
		assertThat(response.getHeader("Content-Security-Policy")).as(path)
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void inlineScriptCheck_wouldCatchOne() {
		assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
		assertThat(INLINE_SCRIPT.matcher("<script type=\"module\">x</script>").find()).isTrue();
		assertThat(INLINE_SCRIPT.matcher("<script type=\"module\" src=\"/js/app.js\"></script>").find()).isFalse();
	}

}
