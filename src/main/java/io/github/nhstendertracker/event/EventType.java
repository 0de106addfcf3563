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
