package io.github.nhstendertracker.common;

/**
 * How precisely a date is known. A date stored with MONTH precision is the first of that
 * month; with YEAR precision, the first of January.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR

}
