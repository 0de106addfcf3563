package io.github.nhstendertracker.audit;

/**
 * The audit page's filters exactly as typed in the query string, so they come back in the
 * form (and in page links) as they were.
 */
public class AuditFilterForm {

	private String who = "";

	private String type = "";

	private String action = "";

	private String from = "";

	private String to = "";

	private String text = "";

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/** Whether any filter is set, to word the empty state. */
	public boolean isFiltered() {
		return java.util.stream.Stream.of(this.who, this.type, this.action, this.from, this.to, this.text)
			.anyMatch((value) -> value != null && !value.isBlank());
	}

}
