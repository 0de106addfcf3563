package io.github.nhstendertracker.bidder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.common.NameKeys;
import io.github.nhstendertracker.common.OrgIdentifier;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation that bids: a trust, a company, a joint venture or a consortium of
 * others.
 */
@Entity
public class Bidder extends Archivable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private BidderType type;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "former_names", columnDefinition = "varchar(200)[]")
	private List<String> formerNames = new ArrayList<>();

	private String description;

	@OneToMany(mappedBy = "consortium")
	private List<BidderMember> members = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "bidder_identifier", joinColumns = @JoinColumn(name = "bidder_id"))
	private Set<OrgIdentifier> identifiers = new LinkedHashSet<>();

	private String nameKey;

	@Version
	@Column(nullable = false)
	private long version;

	protected Bidder() {
	}

	public Bidder(String name, BidderType type) {
		this.name = name;
		this.type = type;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public BidderType getType() {
		return this.type;
	}

	public List<String> getFormerNames() {
		return this.formerNames;
	}

	public String getDescription() {
		return this.description;
	}

	public List<BidderMember> getMembers() {
		return this.members;
	}

	public long getVersion() {
		return this.version;
	}

	/** Replaces every field an editor can change. */
	public void update(String name, BidderType type, List<String> formerNames, String description) {
		this.name = name;
		this.type = type;
		this.formerNames = new ArrayList<>(formerNames);
		this.description = description;
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
