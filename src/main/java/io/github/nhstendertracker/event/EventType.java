package io.github.nhstendertracker.event;

/**
 * What happened to a tender. How each moves the tender's status is decided in
 * {@link StatusDerivation}.
 */
public enum EventType {

	NOTICE_PUBLISHED("Notice published"), MARKET_ENGAGEMENT("Market engagement"), BOARD_DECISION("Board decision"),
	BIDDERS_NAMED("Bidders named"), BID_DEADLINE("Bid deadline"), CONSORTIUM_FORMING("Consortium forming"),
	PREFERRED_BIDDER("Preferred bidder named"), AWARD("Contract awarded"), CONTRACT_START("Contract start"),
	PAUSE("Paused"), DELAY("Delayed"), COLLAPSE("Collapsed"), REVIEW("Review"), CANCELLATION("Cancelled"),
	WITHDRAWAL("Bidder withdrew"), AMENDMENT("Notice amended"), CONTRACT_SIGNED("Contract signed"),
	CONTRACT_END("Contract end"), TERMINATION("Contract terminated");

	private final String label;

	EventType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Its place in a tender's life, for ordering events on the same date: engagement and
	 * notice before bids, bids before award, award before start, start before a pause or
	 * collapse, a review after what it reviews, and the end last.
	 */
	public int stage() {
		return switch (this) {
			case MARKET_ENGAGEMENT -> 1;
			case BOARD_DECISION -> 2;
			case NOTICE_PUBLISHED -> 3;
			case AMENDMENT -> 4;
			case BIDDERS_NAMED, CONSORTIUM_FORMING -> 5;
			case BID_DEADLINE -> 6;
			case WITHDRAWAL -> 7;
			case PREFERRED_BIDDER -> 8;
			case AWARD -> 9;
			case CONTRACT_SIGNED -> 10;
			case CONTRACT_START -> 11;
			case DELAY, PAUSE -> 12;
			case COLLAPSE, CANCELLATION, TERMINATION -> 13;
			case REVIEW -> 14;
			case CONTRACT_END -> 15;
		};
	}

	/** How the timeline marks this event: alarm, warning, good or plain. */
	public String tone() {
		return switch (this) {
			case COLLAPSE, CANCELLATION, TERMINATION -> "alarm";
			case PAUSE, DELAY, WITHDRAWAL -> "warning";
			case PREFERRED_BIDDER, AWARD, CONTRACT_SIGNED, CONTRACT_START -> "good";
			default -> "plain";
		};
	}

}
