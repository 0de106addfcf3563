package io.github.nhstendertracker.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.github.nhstendertracker.common.Archivable;
import io.github.nhstendertracker.common.DatePrecision;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * An article or notice that reports facts. Its summary is written in our own words.
 */
@Entity
public class Source extends Archivable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String publication;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision publishedPrecision;

	private String title;

	private String summary;

	private String citation;

	private String url;

	@OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<SourcePerson> people = new ArrayList<>();

	@Embedded
	private NoticeId notice = NoticeId.NONE;

	@Version
	@Column(nullable = false)
	private long version;

	protected Source() {
	}

	public Source(String publication, LocalDate publishedOn, DatePrecision publishedPrecision, String title,
			String summary) {
		this.publication = publication;
		this.publishedOn = publishedOn;
		this.publishedPrecision = publishedPrecision;
		this.title = title;
		this.summary = summary;
	}

	public Long getId() {
		return this.id;
	}

	public String getPublication() {
		return this.publication;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public DatePrecision getPublishedPrecision() {
		return this.publishedPrecision;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getCitation() {
		return this.citation;
	}

	public String getUrl() {
		return this.url;
	}

	public List<SourcePerson> getPeople() {
		return this.people;
	}

	public long getVersion() {
		return this.version;
	}

	/** Replaces every field an editor can change. */
	public void update(String publication, LocalDate publishedOn, DatePrecision publishedPrecision, String title,
			String summary, String citation, String url) {
		this.publication = publication;
		this.publishedOn = publishedOn;
		this.publishedPrecision = publishedPrecision;
		this.title = title;
		this.summary = summary;
		this.citation = citation;
		this.url = url;
	}

	/** Where this source is in open data, when it is a notice; else null. */
	public NoticeId getNotice() {
		return (this.notice != null && this.notice.ocid() != null) ? this.notice : null;
	}

	public void setNotice(NoticeId notice) {
		this.notice = (notice != null) ? notice : NoticeId.NONE;
	}

}
