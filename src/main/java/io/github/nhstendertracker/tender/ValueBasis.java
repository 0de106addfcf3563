package io.github.nhstendertracker.tender;

/**
 * Whether a figure is for the whole contract life or for one year of it.
 */
public enum ValueBasis {

	TOTAL, ANNUAL

}
