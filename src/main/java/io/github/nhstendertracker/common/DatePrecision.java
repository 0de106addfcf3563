package io.github.nhstendertracker.common;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How precisely a date is known. A date stored with MONTH precision is the first of that
 * month; with YEAR precision, the first of January.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	/**
	 * The last day a date at this precision can mean: "February 2016" has passed only
	 * once February is over. The SQL twin is {@code period_last_day} (migration V23).
	 */
	public LocalDate lastDay(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
			case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
		};
	}

	/** The precision stored as this name, or null for none. */
	public static DatePrecision ofStored(String name) {
		return (name != null) ? valueOf(name) : null;
	}

}
