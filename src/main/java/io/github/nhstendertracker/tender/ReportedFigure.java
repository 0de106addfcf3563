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

	protected ReportedFigure() {
	}

	public ReportedFigure(Tender tender, Source source, ContractValue value, String note) {
		this.tender = tender;
		this.source = source;
		this.value = value;
		this.note = note;
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

}
