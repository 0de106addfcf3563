package io.github.nhstendertracker.event;

import io.github.nhstendertracker.tender.TenderStatus;

/**
 * What happened to a tender. Each type knows how it moves the tender's status once it has
 * happened; expected events never move it.
 */
public enum EventType {

	NOTICE_PUBLISHED("Notice published"), MARKET_ENGAGEMENT("Market engagement"), BOARD_DECISION("Board decision"),
	BIDDERS_NAMED("Bidders named"), BID_DEADLINE("Bid deadline"), CONSORTIUM_FORMING("Consortium forming"),
	PREFERRED_BIDDER("Preferred bidder named"), AWARD("Contract awarded"), CONTRACT_START("Contract start"),
	PAUSE("Paused"), DELAY("Delayed"), COLLAPSE("Collapsed"), REVIEW("Review"), CANCELLATION("Cancelled"),
	WITHDRAWAL("Bidder withdrew");

	private final String label;

	EventType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** How the timeline marks this event: alarm, warning, good or plain. */
	public String tone() {
		return switch (this) {
			case COLLAPSE, CANCELLATION -> "alarm";
			case PAUSE, DELAY, WITHDRAWAL -> "warning";
			case PREFERRED_BIDDER, AWARD, CONTRACT_START -> "good";
			default -> "plain";
		};
	}

	/**
	 * The status a tender has after this event happens to it while in {@code current}.
	 */
	public TenderStatus apply(TenderStatus current) {
		return switch (this) {
			case NOTICE_PUBLISHED -> TenderStatus.OPEN;
			case BIDDERS_NAMED, BID_DEADLINE, CONSORTIUM_FORMING ->
				(current == TenderStatus.PLANNED) ? TenderStatus.OPEN : current;
			case PREFERRED_BIDDER -> TenderStatus.PREFERRED_BIDDER;
			case AWARD, CONTRACT_START -> TenderStatus.AWARDED;
			case PAUSE -> TenderStatus.PAUSED;
			case DELAY -> TenderStatus.DELAYED;
			case COLLAPSE -> TenderStatus.COLLAPSED;
			case CANCELLATION -> TenderStatus.CANCELLED;
			case MARKET_ENGAGEMENT, BOARD_DECISION, REVIEW, WITHDRAWAL -> current;
		};
	}

}
