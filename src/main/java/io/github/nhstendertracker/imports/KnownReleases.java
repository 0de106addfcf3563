package io.github.nhstendertracker.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.nhstendertracker.ocds.ReadRelease;

/**
 * Which releases read ahead are already recorded, found for a window of releases with one
 * query rather than one each, so that a re-import goes at the speed of reading. It only
 * saves work: the writer still asks again, in its transaction, before it writes anything.
 * Keeps the answers for the last two windows, since a chunk can straddle two. Used by one
 * step's thread only.
 */
class KnownReleases {

	private final NoticeWriter writer;

	private Set<String> current = Set.of();

	private Set<String> previous = Set.of();

	KnownReleases(NoticeWriter writer) {
		this.writer = writer;
	}

	/** Looks up a window of releases just read. */
	void look(List<ReadRelease> window) {
		List<NoticeWriter.ReleaseKey> keys = new ArrayList<>(window.size());
		for (ReadRelease read : window) {
			String ocid = read.release().path("ocid").asString(null);
			String id = read.release().path("id").asString(null);
			if (ocid != null && id != null) {
				keys.add(new NoticeWriter.ReleaseKey(ocid, id));
			}
		}
		this.previous = this.current;
		this.current = new HashSet<>(this.writer.seenAmong(keys));
	}

	/** Whether a release of a window looked up is already recorded. */
	boolean known(String ocid, String releaseId) {
		if (ocid == null || releaseId == null) {
			return false;
		}
		NoticeWriter.ReleaseKey key = new NoticeWriter.ReleaseKey(ocid, releaseId);
		return this.current.contains(key.text()) || this.previous.contains(key.text());
	}

}
