package io.github.nhstendertracker.system;

import io.github.nhstendertracker.common.StoreUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns failures on HTML pages into the site's own 400, 404 and 503 pages, with a message
 * a person can act on. Unknown URLs reach the same templates through Spring Boot's error
 * page. When the database is out of reach, a form post comes back with everything that
 * was typed and a button to send it again.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrors {

	private static final Log logger = LogFactory.getLog(WebErrors.class);

	private final UploadLimit uploadLimit;

	WebErrors(UploadLimit uploadLimit) {
		this.uploadLimit = uploadLimit;
	}

	@ExceptionHandler({ StoreUnavailableException.class, DataAccessException.class, TransactionException.class })
	String unavailable(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!StoreUnavailableException.isCause(ex)) {
			throw ex;
		}
		logger.warn("Database out of reach for " + request.getMethod() + " " + request.getRequestURI() + ": "
				+ ex.getMessage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		if ("POST".equals(request.getMethod())) {
			model.addAttribute("resubmit", Resubmission.of(request));
		}
		return "error/503";
	}

	@ExceptionHandler(ResponseStatusException.class)
	String statusError(ResponseStatusException ex, HttpServletResponse response, Model model) {
		int status = ex.getStatusCode().value();
		response.setStatus(status);
		model.addAttribute("message", ex.getReason());
		return (status == 404) ? "error/404" : "error/400";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response, Model model) {
		response.setStatus(413);
		model.addAttribute("message", this.uploadLimit.advice());
		return "error/413";
	}

	@ExceptionHandler(MultipartException.class)
	String brokenUpload(MultipartException ex, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("message", "The upload could not be read. Choose the file and upload it again.");
		return "error/400";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("message", ApiErrors.describe(ex));
		return "error/400";
	}

}
