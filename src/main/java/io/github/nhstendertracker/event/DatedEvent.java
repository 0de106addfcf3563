package io.github.nhstendertracker.event;

import java.time.LocalDate;

import io.github.nhstendertracker.common.DatePrecision;

/** What the date rules need of an event: its type and its date at a precision. */
public interface DatedEvent {

	EventType type();

	LocalDate date();

	DatePrecision precision();

}
