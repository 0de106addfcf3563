package io.github.nhstendertracker.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Builds links that keep the current query: pagination and sort links change one
 * parameter and carry every other one over. Registered as the {@code links} bean for
 * templates.
 */
@Component("links")
public class Links {

	/** The current URL with one parameter set (or removed when {@code value} is null). */
	public String with(String name, Object value) {
		return builder().replaceQueryParam(name, values(value)).build(true).toUriString();
	}

	/**
	 * The current URL with two parameters set (a null removes one), and back on the first
	 * page.
	 */
	public String with(String name, Object value, String otherName, Object otherValue) {
		return builder().replaceQueryParam(name, values(value))
			.replaceQueryParam(otherName, values(otherValue))
			.replaceQueryParam("page")
			.build(true)
			.toUriString();
	}

	/** The current path alone, for highlighting the navigation. */
	public String path() {
		HttpServletRequest request = request();
		return (request != null) ? request.getRequestURI() : "/";
	}

	/** The same query on another path, such as the JSON twin of a page. */
	public String sameQuery(String path) {
		HttpServletRequest request = request();
		String query = (request != null) ? request.getQueryString() : null;
		return (query != null && !query.isEmpty()) ? path + "?" + query : path;
	}

	private UriComponentsBuilder builder() {
		HttpServletRequest request = request();
		if (request == null) {
			return UriComponentsBuilder.fromPath("/");
		}
		// Rebuilt from the decoded parameters and encoded afresh, so a malformed query
		// cannot break a link.
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> builder.queryParam(encode(name), encodeAll(values)));
		return builder;
	}

	private static Object[] encodeAll(String[] values) {
		return Arrays.stream(values).map(Links::encode).toArray();
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

	private static Object[] values(Object value) {
		return (value != null) ? new Object[] { encode(String.valueOf(value)) } : new Object[0];
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
