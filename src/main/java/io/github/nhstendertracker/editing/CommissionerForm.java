package io.github.nhstendertracker.editing;

import io.github.nhstendertracker.commissioner.Commissioner;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor types into the commissioner form, exactly as typed. Lengths match the
 * {@code commissioner} table; {@link CommissionerEditor} checks the rest.
 */
public class CommissionerForm extends EditableForm {

	@NotBlank(message = "Enter a name")
	@Size(max = 200, message = "Name must be 200 characters or fewer")
	private String name;

	@Size(max = 2000, message = "Identifiers must be 2,000 characters or fewer")
	private String identifiers;

	@NotBlank(message = "Select the type of commissioner")
	private String type;

	private String nhsRegion;

	private String itlRegion;

	@Size(max = 10, message = "ODS code must be 10 characters or fewer")
	@Pattern(regexp = "\\s*[A-Za-z0-9]*\\s*", message = "ODS code must only include letters and numbers")
	private String odsCode;

	private boolean abolished;

	private String abolishedOnDay;

	private String abolishedOnMonth;

	private String abolishedOnYear;

	private String successor;

	@Size(max = 1000, message = "Notes must be 1000 characters or fewer")
	private String notes;

	/** The form filled in from a saved commissioner, for editing. */
	public static CommissionerForm of(Commissioner commissioner) {
		CommissionerForm form = new CommissionerForm();
		form.name = commissioner.getName();
		form.type = commissioner.getType().name();
		form.nhsRegion = (commissioner.getNhsRegion() != null) ? commissioner.getNhsRegion().name() : null;
		form.itlRegion = (commissioner.getItlRegion() != null) ? commissioner.getItlRegion().name() : null;
		form.odsCode = commissioner.getOdsCode();
		form.abolished = commissioner.isAbolished();
		if (commissioner.getAbolishedOn() != null) {
			form.abolishedOnDay = String.valueOf(commissioner.getAbolishedOn().getDayOfMonth());
			form.abolishedOnMonth = String.valueOf(commissioner.getAbolishedOn().getMonthValue());
			form.abolishedOnYear = String.valueOf(commissioner.getAbolishedOn().getYear());
		}
		form.successor = (commissioner.getSuccessor() != null) ? String.valueOf(commissioner.getSuccessor().getId())
				: null;
		form.notes = commissioner.getNotes();
		form.identifiers = IdentifierLines.write(commissioner.getIdentifiers());
		form.setVersion(String.valueOf(commissioner.getVersion()));
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getNhsRegion() {
		return this.nhsRegion;
	}

	public void setNhsRegion(String nhsRegion) {
		this.nhsRegion = nhsRegion;
	}

	public String getItlRegion() {
		return this.itlRegion;
	}

	public void setItlRegion(String itlRegion) {
		this.itlRegion = itlRegion;
	}

	public String getOdsCode() {
		return this.odsCode;
	}

	public void setOdsCode(String odsCode) {
		this.odsCode = odsCode;
	}

	public boolean isAbolished() {
		return this.abolished;
	}

	public void setAbolished(boolean abolished) {
		this.abolished = abolished;
	}

	/**
	 * The date abolished as typed, day/month/year; errors about the date are on this
	 * field.
	 */
	public String getAbolishedOn() {
		return String.join("/", nullToEmpty(this.abolishedOnDay), nullToEmpty(this.abolishedOnMonth),
				nullToEmpty(this.abolishedOnYear));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	public String getAbolishedOnDay() {
		return this.abolishedOnDay;
	}

	public void setAbolishedOnDay(String abolishedOnDay) {
		this.abolishedOnDay = abolishedOnDay;
	}

	public String getAbolishedOnMonth() {
		return this.abolishedOnMonth;
	}

	public void setAbolishedOnMonth(String abolishedOnMonth) {
		this.abolishedOnMonth = abolishedOnMonth;
	}

	public String getAbolishedOnYear() {
		return this.abolishedOnYear;
	}

	public void setAbolishedOnYear(String abolishedOnYear) {
		this.abolishedOnYear = abolishedOnYear;
	}

	public String getSuccessor() {
		return this.successor;
	}

	public void setSuccessor(String successor) {
		this.successor = successor;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	/** One identifier per line, like GB-COH-01234567. */
	public String getIdentifiers() {
		return this.identifiers;
	}

	public void setIdentifiers(String identifiers) {
		this.identifiers = identifiers;
	}

}
