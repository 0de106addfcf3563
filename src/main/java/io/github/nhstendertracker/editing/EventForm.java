package io.github.nhstendertracker.editing;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

/**
 * What an editor typed on the event form, exactly as typed: {@link EventChecks} parses
 * and checks it. The date comes as three parts; leaving out the day, or the day and
 * month, records the date at month or year precision.
 */
public class EventForm extends EditableForm {

	/** The timing of an event that has happened. */
	public static final String HAPPENED = "HAPPENED";

	/** The timing of an event still to come. */
	public static final String EXPECTED = "EXPECTED";

	@NotBlank(message = "Select the type of event")
	private String type;

	private String dateDay;

	private String dateMonth;

	private String dateYear;

	private String dateQualifier = "ON";

	@NotBlank(message = "Select whether the event has happened or is expected")
	private String timing = EventChecks.HAPPENED;

	@NotBlank(message = "Enter a description of the event")
	private String description;

	private List<String> sourceIds = new ArrayList<>();

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	/**
	 * The date as one field, for errors about the whole date; its parts hold the text.
	 */
	public String getDate() {
		return null;
	}

	public String getDateDay() {
		return this.dateDay;
	}

	public void setDateDay(String dateDay) {
		this.dateDay = dateDay;
	}

	public String getDateMonth() {
		return this.dateMonth;
	}

	public void setDateMonth(String dateMonth) {
		this.dateMonth = dateMonth;
	}

	public String getDateYear() {
		return this.dateYear;
	}

	public void setDateYear(String dateYear) {
		this.dateYear = dateYear;
	}

	public String getDateQualifier() {
		return this.dateQualifier;
	}

	public void setDateQualifier(String dateQualifier) {
		this.dateQualifier = dateQualifier;
	}

	public String getTiming() {
		return this.timing;
	}

	public void setTiming(String timing) {
		this.timing = timing;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getSourceIds() {
		return this.sourceIds;
	}

	public void setSourceIds(List<String> sourceIds) {
		this.sourceIds = (sourceIds != null) ? sourceIds : new ArrayList<>();
	}

}
