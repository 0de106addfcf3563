package io.github.nhstendertracker.bidder;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/**
 * Membership of one bidder in a consortium or joint venture.
 */
@Entity
public class BidderMember {

	@EmbeddedId
	private Key id;

	@MapsId("consortiumId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Bidder consortium;

	@MapsId("memberId")
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Bidder member;

	private boolean lead;

	protected BidderMember() {
	}

	public Bidder getConsortium() {
		return this.consortium;
	}

	public Bidder getMember() {
		return this.member;
	}

	public boolean isLead() {
		return this.lead;
	}

	/**
	 * Composite key: consortium and member.
	 */
	@Embeddable
	public record Key(Long consortiumId, Long memberId) implements Serializable {
	}

}
