package io.github.nhstendertracker.browse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.nhstendertracker.common.ListRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the API description tells the parameters that the list and detail operations share:
 * the paging that {@link io.github.nhstendertracker.common.ListRequest} reads (a test
 * checks the described sizes against the ones it accepts), and a record's id.
 */
final class ListDocs {

	static final String ID = "The record's id, a whole number.";

	private ListDocs() {
	}

	/** The page of a list. */
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Parameter(description = "The page, from 1 (the default). A page past the last one is a 400.", example = "1",
			schema = @Schema(implementation = Integer.class, minimum = "1", defaultValue = "1"))
	@interface Page {

	}

	/** How many items a page of a list has. */
	@Target(ElementType.PARAMETER)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Parameter(description = "Items on a page: 25 (the default), 50 or 100.", example = "50",
			schema = @Schema(implementation = Integer.class, defaultValue = "25"))
	@interface Size {

	}

}
