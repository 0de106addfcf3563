package io.github.nhstendertracker.source;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A person a source quotes, with the role the source gives them.
 */
@Entity
public class SourcePerson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private String name;

	private String role;

	private int position;

	protected SourcePerson() {
	}

	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public String getName() {
		return this.name;
	}

	public String getRole() {
		return this.role;
	}

	public int getPosition() {
		return this.position;
	}

}
