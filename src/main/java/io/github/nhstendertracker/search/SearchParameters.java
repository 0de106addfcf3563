package io.github.nhstendertracker.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that reads the tender search's parameters, so that its
 * description lists every {@link SearchParameter} (see {@link SearchParameterDocs}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface SearchParameters {

	/**
	 * Whether only the filters change the answer. The other parameters are still read
	 * (and checked), so a search's own query string can be sent as it is.
	 */
	boolean filtersOnly() default false;

}
