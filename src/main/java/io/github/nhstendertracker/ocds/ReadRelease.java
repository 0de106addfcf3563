package io.github.nhstendertracker.ocds;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One release as read, with where it was.
 *
 * @param release the release object; when the file gave it no {@code id}, one is filled
 * in (see {@link ReleaseIds})
 * @param position where the release was in the file
 * @param pack what its package says of itself ({@link PackageInfo#NONE} for a bare
 * release)
 * @param derivedId whether {@code id} was missing and has been derived from the content
 * @param cleaned the text repairs made to names, titles and descriptions, such as
 * {@code "tender.title: decoded HTML entities"}; may be empty
 */
public record ReadRelease(ObjectNode release, Position position, PackageInfo pack, boolean derivedId,
		List<String> cleaned) {

	public ReadRelease {
		cleaned = List.copyOf(cleaned);
	}

	/** The release's ocid. */
	public String ocid() {
		return this.release.path("ocid").asString();
	}

	/** The release's id, as given or derived. */
	public String id() {
		return this.release.path("id").asString();
	}

}
