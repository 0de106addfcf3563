package io.github.nhstendertracker.tender;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.nhstendertracker.commissioner.Commissioner;
import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.source.Source;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A contract opportunity. {@link #getValue()} is the headline value; every figure the
 * sources reported is a {@link ReportedFigure}. The status is derived from the tender's
 * events.
 */
@Entity
public class Tender extends Archivable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ContractModel contractModel;

	@Enumerated(EnumType.STRING)
	private NhsRegion nhsRegion;

	@Enumerated(EnumType.STRING)
	private ItlRegion itlRegion;

	@ManyToOne(fetch = FetchType.LAZY)
	private Tender parent;

	@Enumerated(EnumType.STRING)
	private TenderStatus status = TenderStatus.PLANNED;

	@Embedded
	private ContractValue value = ContractValue.none();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "tender_service_area", joinColumns = @JoinColumn(name = "tender_id"))
	@Column(name = "service_area")
	@Enumerated(EnumType.STRING)
	private Set<ServiceArea> serviceAreas = EnumSet.noneOf(ServiceArea.class);

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "tender_commissioner", joinColumns = @JoinColumn(name = "tender_id"),
			inverseJoinColumns = @JoinColumn(name = "commissioner_id"))
	private Set<Commissioner> commissioners = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "tender_source", joinColumns = @JoinColumn(name = "tender_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	private String ocid;

	private String lotId;

	@Enumerated(EnumType.STRING)
	private ProcurementMethod procurementMethod;

	private String procurementMethodDetails;

	private Boolean suitableSme;

	private Boolean suitableVcse;

	private Boolean framework;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "tender_cpv", joinColumns = @JoinColumn(name = "tender_id"))
	@Column(name = "code")
	@OrderBy
	private Set<String> cpvCodes = new LinkedHashSet<>();

	@Version
	@Column(nullable = false)
	private long version;

	protected Tender() {
	}

	public Tender(String title, String description) {
		this.title = title;
		this.description = description;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public void setContractModel(ContractModel contractModel) {
		this.contractModel = contractModel;
	}

	public void setNhsRegion(NhsRegion nhsRegion) {
		this.nhsRegion = nhsRegion;
	}

	public void setItlRegion(ItlRegion itlRegion) {
		this.itlRegion = itlRegion;
	}

	public void setParent(Tender parent) {
		this.parent = parent;
	}

	public ContractModel getContractModel() {
		return this.contractModel;
	}

	public NhsRegion getNhsRegion() {
		return this.nhsRegion;
	}

	public ItlRegion getItlRegion() {
		return this.itlRegion;
	}

	public Tender getParent() {
		return this.parent;
	}

	public TenderStatus getStatus() {
		return this.status;
	}

	public void setStatus(TenderStatus status) {
		this.status = status;
	}

	public ContractValue getValue() {
		return (this.value != null) ? this.value : ContractValue.none();
	}

	public void setValue(ContractValue value) {
		this.value = value;
	}

	public Set<ServiceArea> getServiceAreas() {
		return this.serviceAreas;
	}

	public Set<Commissioner> getCommissioners() {
		return this.commissioners;
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The contracting process's id in open data (OCDS), or null for one only news
	 * reported.
	 */
	public String getOcid() {
		return this.ocid;
	}

	/** The lot's id within its process, when this tender is one lot of it. */
	public String getLotId() {
		return this.lotId;
	}

	/** Sets where the tender is in open data. */
	public void setOpenDataId(String ocid, String lotId) {
		this.ocid = ocid;
		this.lotId = lotId;
	}

	public ProcurementMethod getProcurementMethod() {
		return this.procurementMethod;
	}

	public String getProcurementMethodDetails() {
		return this.procurementMethodDetails;
	}

	/**
	 * Sets how the tender is bought: the method, and the procedure as the notice names
	 * it.
	 */
	public void setProcedure(ProcurementMethod method, String details) {
		this.procurementMethod = method;
		this.procurementMethodDetails = details;
	}

	/**
	 * Whether the notice says it suits small and medium-sized firms, or null if it does
	 * not say.
	 */
	public Boolean getSuitableSme() {
		return this.suitableSme;
	}

	/** Whether the notice says it suits voluntary, community and social enterprises. */
	public Boolean getSuitableVcse() {
		return this.suitableVcse;
	}

	/** Whether it sets up a framework agreement that later contracts are called off. */
	public Boolean getFramework() {
		return this.framework;
	}

	/** Sets who the notice says may suit it, and whether it is a framework. */
	public void setSuitability(Boolean sme, Boolean vcse, Boolean framework) {
		this.suitableSme = sme;
		this.suitableVcse = vcse;
		this.framework = framework;
	}

	/** What is bought, as 8-digit CPV codes. */
	public Set<String> getCpvCodes() {
		return this.cpvCodes;
	}

}
