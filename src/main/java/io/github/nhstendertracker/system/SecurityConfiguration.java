package io.github.nhstendertracker.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Anyone may read: GET pages, the JSON API, its description and static
 * files. Editors sign in to enter and correct data under {@code /admin}; only admins
 * archive, restore, delete, decide possible matches of imports and manage users (an admin
 * is also an editor). Every other write is refused. Forms carry CSRF tokens; the session
 * id changes at sign-in; strict security headers on every response.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Paths only an admin may use: removing or merging things and managing people. */
	static final String[] ADMIN_ONLY = { "/admin/users", "/admin/users/**", "/admin/*/*/archive", "/admin/*/*/restore",
			"/admin/*/*/delete", "/admin/*/*/*/*/delete", "/admin/imports/matches/*/merge",
			"/admin/imports/matches/*/keep-apart" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationSuccessHandler signedIn,
			AuthenticationFailureHandler signInFailed) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(ADMIN_ONLY)
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasRole("EDITOR")
			.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/alerts/**")
			.permitAll()
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.successHandler(signedIn)
				.failureHandler(signInFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
			// A mail program's one-click unsubscribe (RFC 8058) posts without a form: the
			// link's own secret token stands in for the CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/alerts/unsubscribe/*"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/** An admin may do everything an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR").build();
	}

}
