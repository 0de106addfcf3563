package io.github.nhstendertracker.system;

import io.github.nhstendertracker.common.StoreUnavailableException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors from the JSON API as RFC 9457 problem details, never HTML or a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> statusError(ResponseStatusException ex) {
		return problem(HttpStatus.valueOf(ex.getStatusCode().value()), ex.getReason());
	}

	@ExceptionHandler({ StoreUnavailableException.class, DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) {
		if (!StoreUnavailableException.isCause(ex)) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", "30")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The database cannot be reached. Try again in a few minutes."));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, describe(ex));
	}

	static String describe(MethodArgumentTypeMismatchException ex) {
		if ("id".equals(ex.getName())) {
			return "An id must be a whole number, such as 8.";
		}
		return "The value given for " + ex.getName() + " is not valid.";
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return ResponseEntity.status(status).body(problem);
	}

}
