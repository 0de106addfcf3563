package io.github.nhstendertracker.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formats dates at the precision they are known, the way GOV.UK writes dates: "9 June
 * 2017", "June 2017", "2013", "by February 2016". Registered as the {@code dates} bean
 * for templates.
 */
@Component("dates")
public class PartialDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public String format(LocalDate date, DatePrecision precision) {
		if (date == null) {
			return "";
		}
		DatePrecision known = (precision != null) ? precision : DatePrecision.DAY;
		return switch (known) {
			case DAY -> DAY.format(date);
			case MONTH -> MONTH.format(date);
			case YEAR -> String.valueOf(date.getYear());
		};
	}

	public String day(LocalDate date) {
		return format(date, DatePrecision.DAY);
	}

	public String format(LocalDate date, DatePrecision precision, DateQualifier qualifier) {
		String text = format(date, precision);
		return (qualifier == DateQualifier.BY && !text.isEmpty()) ? "by " + text : text;
	}

}
