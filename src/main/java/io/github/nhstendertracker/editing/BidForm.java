package io.github.nhstendertracker.editing;

/**
 * What an editor chose on the bid form, as sent: {@link BidEdits} checks it.
 */
public class BidForm extends EditableForm {

	private String bidderId;

	private String bidderName;

	private String role;

	private String note;

	private String sourceId;

	public String getBidderId() {
		return this.bidderId;
	}

	public void setBidderId(String bidderId) {
		this.bidderId = bidderId;
	}

	/** The bidder's name as typed, where there are too many bidders to list. */
	public String getBidderName() {
		return this.bidderName;
	}

	public void setBidderName(String bidderName) {
		this.bidderName = bidderName;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(String sourceId) {
		this.sourceId = sourceId;
	}

}
