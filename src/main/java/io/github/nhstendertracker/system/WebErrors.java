package io.github.nhstendertracker.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns failures on HTML pages into the site's own 400 and 404 pages, with a message a
 * person can act on. Unknown URLs reach the same templates through Spring Boot's error
 * page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrors {

	@ExceptionHandler(ResponseStatusException.class)
	String statusError(ResponseStatusException ex, HttpServletResponse response, Model model) {
		int status = ex.getStatusCode().value();
		response.setStatus(status);
		model.addAttribute("message", ex.getReason());
		return (status == 404) ? "error/404" : "error/400";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("message", ApiErrors.describe(ex));
		return "error/400";
	}

}
