package io.github.nhstendertracker.event;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.Tender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Something that happened, or is expected to happen, to a tender, with the sources that
 * report it. The date is kept at the precision the sources give.
 */
@Entity
public class TenderEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Tender tender;

	@Enumerated(EnumType.STRING)
	private EventType type;

	private LocalDate eventDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision;

	@Enumerated(EnumType.STRING)
	private DateQualifier dateQualifier;

	private boolean expected;

	private String description;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "tender_event_source", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	@Version
	@Column(nullable = false)
	private long version;

	protected TenderEvent() {
	}

	public TenderEvent(Tender tender, EventType type, LocalDate eventDate, DatePrecision datePrecision,
			boolean expected, String description) {
		this.tender = tender;
		this.type = type;
		this.eventDate = eventDate;
		this.datePrecision = datePrecision;
		this.dateQualifier = DateQualifier.ON;
		this.expected = expected;
		this.description = description;
	}

	/**
	 * Replaces everything an editor can change. The sources replace the current ones.
	 */
	public void update(EventType type, LocalDate eventDate, DatePrecision datePrecision, DateQualifier dateQualifier,
			boolean expected, String description, Set<Source> sources) {
		this.type = type;
		this.eventDate = eventDate;
		this.datePrecision = datePrecision;
		this.dateQualifier = dateQualifier;
		this.expected = expected;
		this.description = description;
		if (!this.sources.equals(sources)) {
			this.sources.clear();
			this.sources.addAll(sources);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Tender getTender() {
		return this.tender;
	}

	public EventType getType() {
		return this.type;
	}

	public LocalDate getEventDate() {
		return this.eventDate;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public DateQualifier getDateQualifier() {
		return this.dateQualifier;
	}

	public boolean isExpected() {
		return this.expected;
	}

	public String getDescription() {
		return this.description;
	}

	public Set<Source> getSources() {
		return this.sources;
	}

	public long getVersion() {
		return this.version;
	}

}
