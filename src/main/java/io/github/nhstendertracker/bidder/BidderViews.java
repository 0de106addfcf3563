package io.github.nhstendertracker.bidder;

import java.util.List;

import io.github.nhstendertracker.event.EventView;
import io.github.nhstendertracker.system.Ref;
import io.github.nhstendertracker.tender.TenderViews.BidView;

/**
 * Read models of bidders for pages and the API.
 */
final class BidderViews {

	private BidderViews() {
	}

	record BidderRow(Long id, String name, BidderType type, List<String> formerNames, long tenderCount) {
	}

	record MemberView(Ref bidder, BidderType type, boolean lead) {
	}

	record BidderDetail(Long id, String name, BidderType type, List<String> formerNames, String description,
			List<MemberView> members, List<Ref> memberOf, List<BidView> bids, List<EventView> events) {
	}

	record AdminRow(Long id, String name, BidderType type, List<String> formerNames, boolean archived) {
	}

}
