package io.github.nhstendertracker.browse;

import java.util.List;

import io.github.nhstendertracker.bidder.Bidder;
import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.browse.BidderViews.BidderDetail;
import io.github.nhstendertracker.browse.BidderViews.BidderRow;
import io.github.nhstendertracker.browse.BidderViews.MemberView;
import io.github.nhstendertracker.tender.BidRole;

import static io.github.nhstendertracker.ViewFixtures.BEDFORDSHIRE_MSK;
import static io.github.nhstendertracker.ViewFixtures.BMJ_STAFFORDSHIRE_ON_HOLD;
import static io.github.nhstendertracker.ViewFixtures.CIRCLE;
import static io.github.nhstendertracker.ViewFixtures.HSJ_CAMBRIDGESHIRE_MSK;
import static io.github.nhstendertracker.ViewFixtures.HSJ_STAFFORDSHIRE_CANCER;
import static io.github.nhstendertracker.ViewFixtures.INTERSERVE;
import static io.github.nhstendertracker.ViewFixtures.OPTUM;
import static io.github.nhstendertracker.ViewFixtures.STAFFORDSHIRE_CANCER;
import static io.github.nhstendertracker.ViewFixtures.STAFFORDSHIRE_CONSORTIUM;
import static io.github.nhstendertracker.ViewFixtures.UHNM;
import static io.github.nhstendertracker.ViewFixtures.bedfordshirePreferredBidder;
import static io.github.nhstendertracker.ViewFixtures.bid;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerPause;

/**
 * Bidder read models for slice tests (the view records are package-private).
 */
public final class BidderFixtures {

	private BidderFixtures() {
	}

	/** Optum, formerly UnitedHealth UK. */
	static BidderRow optumRow() {
		return new BidderRow(OPTUM.id(), OPTUM.name(), BidderType.PRIVATE_COMPANY, List.of("UnitedHealth UK"), 2);
	}

	static BidderRow circleRow() {
		return new BidderRow(CIRCLE.id(), CIRCLE.name(), BidderType.PRIVATE_COMPANY, List.of(), 1);
	}

	static BidderRow consortiumRow() {
		return new BidderRow(STAFFORDSHIRE_CONSORTIUM.id(), STAFFORDSHIRE_CONSORTIUM.name(), BidderType.CONSORTIUM,
				List.of(), 1);
	}

	/**
	 * The Staffordshire cancer consortium: led by Interserve, with NHS and private
	 * members, the only bidder left when the contract was paused.
	 */
	static BidderDetail consortiumDetail() {
		return new BidderDetail(STAFFORDSHIRE_CONSORTIUM.id(), STAFFORDSHIRE_CONSORTIUM.name(), BidderType.CONSORTIUM,
				List.of(),
				"Unnamed consortium of the NHS trusts and private bidders for the Staffordshire cancer contract.",
				List.of(new MemberView(INTERSERVE, BidderType.PRIVATE_COMPANY, true), new MemberView(UHNM,
						BidderType.NHS_TRUST, false), new MemberView(OPTUM, BidderType.PRIVATE_COMPANY, false)),
				List.of(),
				List.of(bid(STAFFORDSHIRE_CANCER, STAFFORDSHIRE_CONSORTIUM, BidderType.CONSORTIUM, BidRole.BIDDER,
						"The only bidder left by February 2016.", BMJ_STAFFORDSHIRE_ON_HOLD)),
				List.of(staffordshireCancerPause()), List.of());
	}

	/** Optum: a renamed company, a member of the consortium. */
	static BidderDetail optumDetail() {
		return new BidderDetail(
				OPTUM.id(), OPTUM.name(), BidderType.PRIVATE_COMPANY, List.of("UnitedHealth UK"), null, List.of(),
				List.of(STAFFORDSHIRE_CONSORTIUM), List.of(bid(STAFFORDSHIRE_CANCER, OPTUM, BidderType.PRIVATE_COMPANY,
						BidRole.CONSORTIUM_MEMBER, "Considering joining the consortium.", HSJ_STAFFORDSHIRE_CANCER)),
				List.of(), List.of());
	}

	/** Circle: named preferred bidder in Bedfordshire in August 2013. */
	static BidderDetail circleDetail() {
		return new BidderDetail(CIRCLE.id(), CIRCLE.name(), BidderType.PRIVATE_COMPANY, List.of(), null, List.of(),
				List.of(),
				List.of(bid(BEDFORDSHIRE_MSK, CIRCLE, BidderType.PRIVATE_COMPANY, BidRole.PREFERRED_BIDDER,
						"Named preferred bidder and prime contractor in August 2013.", HSJ_CAMBRIDGESHIRE_MSK)),
				List.of(bedfordshirePreferredBidder()), List.of());
	}

	/**
	 * A bidder recorded with no bids yet, from open data: a company number (made up) and
	 * an identifier in a scheme the tracker does not know.
	 */
	static BidderDetail healthManagementDetail() {
		return new BidderDetail(9L, "Health Management", BidderType.PRIVATE_COMPANY, List.of(), null, List.of(),
				List.of(), List.of(), List.of(),
				List.of(new IdentifierView("GB-COH", "01234567", "Companies House",
						"https://find-and-update.company-information.service.gov.uk/company/01234567"),
						new IdentifierView("XI-EXAMPLE", "A-1", null, null)));
	}

}
