package io.github.nhstendertracker.tender;

import io.github.nhstendertracker.source.Source;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A value for a tender as one source reported it.
 */
@Entity
public class ReportedFigure {

	/** Pounds sterling. */
	public static final String GBP = "GBP";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tender tender;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	@Embedded
	private ContractValue value;

	private String note;

	private String currency = GBP;

	protected ReportedFigure() {
	}

	public ReportedFigure(Tender tender, Source source, ContractValue value, String note) {
		this.tender = tender;
		this.source = source;
		this.value = value;
		this.note = note;
	}

	/**
	 * A figure in another currency, kept as reported and never shown or summed as pounds.
	 */
	public ReportedFigure(Tender tender, Source source, ContractValue value, String note, String currency) {
		this(tender, source, value, note);
		this.currency = currency;
	}

	public Long getId() {
		return this.id;
	}

	public Tender getTender() {
		return this.tender;
	}

	public Source getSource() {
		return this.source;
	}

	public ContractValue getValue() {
		return this.value;
	}

	public String getNote() {
		return this.note;
	}

	/** The ISO 4217 currency of the figure: GBP unless the source gave another. */
	public String getCurrency() {
		return this.currency;
	}

	/** Whether the figure is in pounds, and so may be shown and summed as pounds. */
	public boolean inPounds() {
		return GBP.equals(this.currency);
	}

}
