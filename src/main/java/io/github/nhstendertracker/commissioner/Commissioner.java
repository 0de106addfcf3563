package io.github.nhstendertracker.commissioner;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.common.NameKeys;
import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * A body that buys services. CCGs were abolished in 2021–22; {@code successor} names the
 * body whose functions took over.
 */
@Entity
public class Commissioner extends Archivable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private CommissionerType type;

	@Enumerated(EnumType.STRING)
	private NhsRegion nhsRegion;

	@Enumerated(EnumType.STRING)
	private ItlRegion itlRegion;

	private String odsCode;

	private boolean abolished;

	private LocalDate abolishedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	private Commissioner successor;

	private String notes;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "commissioner_identifier", joinColumns = @JoinColumn(name = "commissioner_id"))
	private Set<OrgIdentifier> identifiers = new LinkedHashSet<>();

	private String nameKey;

	@Version
	@Column(nullable = false)
	private long version;

	protected Commissioner() {
	}

	public Commissioner(String name, CommissionerType type) {
		this.name = name;
		this.type = type;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public CommissionerType getType() {
		return this.type;
	}

	public NhsRegion getNhsRegion() {
		return this.nhsRegion;
	}

	public ItlRegion getItlRegion() {
		return this.itlRegion;
	}

	public String getOdsCode() {
		return this.odsCode;
	}

	public boolean isAbolished() {
		return this.abolished;
	}

	public LocalDate getAbolishedOn() {
		return this.abolishedOn;
	}

	public Commissioner getSuccessor() {
		return this.successor;
	}

	public String getNotes() {
		return this.notes;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Replaces every field an editor can change.
	 */
	public void update(String name, CommissionerType type, NhsRegion nhsRegion, ItlRegion itlRegion, String odsCode,
			boolean abolished, LocalDate abolishedOn, Commissioner successor, String notes) {
		this.name = name;
		this.type = type;
		this.nhsRegion = nhsRegion;
		this.itlRegion = itlRegion;
		this.odsCode = odsCode;
		this.abolished = abolished;
		this.abolishedOn = abolishedOn;
		this.successor = successor;
		this.notes = notes;
	}

	/** How open data identifies this body. */
	public Set<OrgIdentifier> getIdentifiers() {
		return this.identifiers;
	}

	/** The name as {@link NameKeys} folds it, to find this body under other spellings. */
	public String getNameKey() {
		return this.nameKey;
	}

	@PrePersist
	@PreUpdate
	void keepNameKey() {
		this.nameKey = NameKeys.of(this.name);
	}

}
