package io.github.nhstendertracker.common;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * A record an admin can take off the public pages and put back: the {@code archived_at}
 * column, null while the record is public. Queries refer to it as {@code archivedAt}.
 */
@MappedSuperclass
public abstract class Archivable {

	private Instant archivedAt;

	/** When an admin archived the record, or null while it is public. */
	public Instant getArchivedAt() {
		return this.archivedAt;
	}

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public void archive(Instant when) {
		this.archivedAt = when;
	}

	public void restore() {
		this.archivedAt = null;
	}

}
