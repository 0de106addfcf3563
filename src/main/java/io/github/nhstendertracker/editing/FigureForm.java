package io.github.nhstendertracker.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A value one source reported for a tender: the value and duration as text (read as the
 * tender form reads them), its currency, and a note saying which figure it is (such as
 * "Award value").
 */
public class FigureForm {

	@NotBlank(message = "Choose the source that reported the value")
	private String sourceId;

	@NotBlank(message = "Enter the value")
	@Size(max = 100, message = "Value must be 100 characters or fewer")
	private String value;

	@Size(max = 60, message = "Duration must be 60 characters or fewer")
	private String duration;

	private String currency = "GBP";

	@Size(max = 1000, message = "Note must be 1,000 characters or fewer")
	private String note;

	public String getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(String sourceId) {
		this.sourceId = sourceId;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getDuration() {
		return this.duration;
	}

	public void setDuration(String duration) {
		this.duration = duration;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
