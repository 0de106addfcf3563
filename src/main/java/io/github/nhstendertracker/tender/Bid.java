package io.github.nhstendertracker.tender;

import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A bidder's part in a tender, as a source reported it.
 */
@Entity
public class Bid {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tender tender;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Bidder bidder;

	@Enumerated(EnumType.STRING)
	private BidRole role;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	@Version
	@Column(nullable = false)
	private long version;

	protected Bid() {
	}

	public Bid(Tender tender, Bidder bidder, BidRole role) {
		this.tender = tender;
		this.bidder = bidder;
		this.role = role;
	}

	/** Replaces everything an editor can change. */
	public void update(Bidder bidder, BidRole role, String note, Source source) {
		this.bidder = bidder;
		this.role = role;
		this.note = note;
		this.source = source;
	}

	public Long getId() {
		return this.id;
	}

	public Tender getTender() {
		return this.tender;
	}

	public Bidder getBidder() {
		return this.bidder;
	}

	public BidRole getRole() {
		return this.role;
	}

	public String getNote() {
		return this.note;
	}

	public Source getSource() {
		return this.source;
	}

	public long getVersion() {
		return this.version;
	}

}
