package io.github.nhstendertracker.editing;

import java.util.ArrayList;
import java.util.List;

import io.github.nhstendertracker.money.DurationText;
import io.github.nhstendertracker.money.ValueText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The tender form, holding text exactly as the admin typed it. Lengths match the tender
 * table; the value and duration are read by {@link ValueText} and {@link DurationText},
 * and the choices are checked against the database by {@link TenderChecks}.
 */
public class TenderForm extends EditableForm {

	@NotBlank(message = "Enter a title")
	@Size(max = 300, message = "Title must be 300 characters or fewer")
	private String title;

	@NotBlank(message = "Enter a description")
	@Size(max = 4000, message = "Description must be 4,000 characters or fewer")
	private String description;

	private String contractModel;

	private String nhsRegion;

	private String itlRegion;

	private List<String> serviceAreas = new ArrayList<>();

	@NotEmpty(message = "Choose at least one commissioner")
	private List<String> commissionerIds = new ArrayList<>();

	private String commissionerName;

	@Size(max = 100, message = "Value must be 100 characters or fewer")
	private String value;

	@Size(max = 60, message = "Duration must be 60 characters or fewer")
	private String duration;

	private String sourceId;

	@Size(max = 20, message = "Enter the parent tender's number, like 12")
	private String parentId;

	private String ocid;

	private String lotId;

	private String procurementMethod;

	private String procurementMethodDetails;

	private String suitableSme;

	private String suitableVcse;

	private String framework;

	private String cpvCodes;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContractModel() {
		return this.contractModel;
	}

	public void setContractModel(String contractModel) {
		this.contractModel = contractModel;
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

	public List<String> getServiceAreas() {
		return this.serviceAreas;
	}

	public void setServiceAreas(List<String> serviceAreas) {
		this.serviceAreas = (serviceAreas != null) ? serviceAreas : new ArrayList<>();
	}

	/**
	 * A commissioner's name as typed, where there are too many to list; once found it
	 * joins the chosen ids.
	 */
	public String getCommissionerName() {
		return this.commissionerName;
	}

	public void setCommissionerName(String commissionerName) {
		this.commissionerName = commissionerName;
	}

	public List<String> getCommissionerIds() {
		return this.commissionerIds;
	}

	public void setCommissionerIds(List<String> commissionerIds) {
		this.commissionerIds = (commissionerIds != null) ? commissionerIds : new ArrayList<>();
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

	public String getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(String sourceId) {
		this.sourceId = sourceId;
	}

	public String getParentId() {
		return this.parentId;
	}

	public void setParentId(String parentId) {
		this.parentId = parentId;
	}

	public String getOcid() {
		return this.ocid;
	}

	public void setOcid(String ocid) {
		this.ocid = ocid;
	}

	public String getLotId() {
		return this.lotId;
	}

	public void setLotId(String lotId) {
		this.lotId = lotId;
	}

	public String getProcurementMethod() {
		return this.procurementMethod;
	}

	public void setProcurementMethod(String procurementMethod) {
		this.procurementMethod = procurementMethod;
	}

	public String getProcurementMethodDetails() {
		return this.procurementMethodDetails;
	}

	public void setProcurementMethodDetails(String procurementMethodDetails) {
		this.procurementMethodDetails = procurementMethodDetails;
	}

	public String getSuitableSme() {
		return this.suitableSme;
	}

	public void setSuitableSme(String suitableSme) {
		this.suitableSme = suitableSme;
	}

	public String getSuitableVcse() {
		return this.suitableVcse;
	}

	public void setSuitableVcse(String suitableVcse) {
		this.suitableVcse = suitableVcse;
	}

	public String getFramework() {
		return this.framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

	public String getCpvCodes() {
		return this.cpvCodes;
	}

	public void setCpvCodes(String cpvCodes) {
		this.cpvCodes = cpvCodes;
	}

}
