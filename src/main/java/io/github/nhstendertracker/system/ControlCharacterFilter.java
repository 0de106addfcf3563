package io.github.nhstendertracker.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.common.ControlCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GET and HEAD requests whose parameter names or values hold a control character,
 * such as {@code ?q=abc%00def}: nothing on the site means one, and PostgreSQL cannot
 * store or compare a NUL, so without this they failed deep inside a query with a 500. The
 * answer is a 400: the site's error page for pages, or problem details (RFC 9457) under
 * {@code /api}, as {@link ApiErrors} writes them. Tab, line feed and carriage return are
 * allowed. Form posts pass through: the editing layer answers them with field errors.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

	/** What the person is told, on the page and in the problem's detail. */
	static final String MESSAGE = "The address contains a hidden control character. Remove it and try again.";

	/** The request attribute the 400 page shows as its message. */
	static final String MESSAGE_ATTRIBUTE = "message";

	private final JsonMapper json;

	ControlCharacterFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !"GET".equals(method) && !"HEAD".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasControlCharacter(request.getParameterMap().entrySet())) {
			chain.doFilter(request, response);
			return;
		}
		if (isApi(request)) {
			writeProblem(request, response);
		}
		else {
			request.setAttribute(MESSAGE_ATTRIBUTE, MESSAGE);
			response.sendError(HttpStatus.BAD_REQUEST.value(), MESSAGE);
		}
	}

	static boolean hasControlCharacter(Iterable<Map.Entry<String, String[]>> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters) {
			if (hasControlCharacter(parameter.getKey())) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (hasControlCharacter(value)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the text holds a control character ({@link ControlCharacters}). */
	static boolean hasControlCharacter(String text) {
		return ControlCharacters.in(text);
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		// The fields Spring writes for ApiErrors' problems (it leaves out "about:blank").
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", MESSAGE);
		problem.put("instance", request.getRequestURI());
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

}
