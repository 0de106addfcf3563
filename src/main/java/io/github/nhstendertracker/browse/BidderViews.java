package io.github.nhstendertracker.browse;

import java.util.List;

import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.browse.TenderViews.BidView;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.event.EventView;

/**
 * Read models of bidders for pages and the API.
 */
final class BidderViews {

	private BidderViews() {
	}

	public record BidderRow(Long id, String name, BidderType type, List<String> formerNames, long tenderCount) {
	}

	public record MemberView(Ref bidder, BidderType type, boolean lead) {
	}

	public record BidderDetail(Long id, String name, BidderType type, List<String> formerNames, String description,
			List<MemberView> members, List<Ref> memberOf, List<BidView> bids, List<EventView> events,
			List<IdentifierView> identifiers) {
	}

	record AdminRow(Long id, String name, BidderType type, List<String> formerNames, boolean archived) {
	}

}
