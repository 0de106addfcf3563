package io.github.nhstendertracker.ocds;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One release as read, with where it was. Its names, titles and descriptions are repaired
 * (see {@link CleanText}) the first time {@link #cleaned()} is asked, so that a release
 * already recorded, which is passed over, is not cleaned for nothing.
 */
public final class ReadRelease {

	private final ObjectNode release;

	private final Position position;

	private final PackageInfo pack;

	private final boolean derivedId;

	private List<String> cleaned;

	/**
	 * A release as read.
	 * @param release the release object; when the file gave it no {@code id}, one is
	 * filled in (see {@link ReleaseIds})
	 * @param position where the release was in the file
	 * @param pack what its package says of itself ({@link PackageInfo#NONE} for a bare
	 * release)
	 * @param derivedId whether {@code id} was missing and has been derived from the
	 * content
	 */
	public ReadRelease(ObjectNode release, Position position, PackageInfo pack, boolean derivedId) {
		this.release = release;
		this.position = position;
		this.pack = pack;
		this.derivedId = derivedId;
	}

	/** The release object (cleaned once {@link #cleaned()} has been asked). */
	public ObjectNode release() {
		return this.release;
	}

	public Position position() {
		return this.position;
	}

	public PackageInfo pack() {
		return this.pack;
	}

	public boolean derivedId() {
		return this.derivedId;
	}

	/**
	 * Repairs the text of the release in place, the first time, and says what was done,
	 * such as {@code "tender.title: decoded HTML entities"}; may be empty.
	 */
	public List<String> cleaned() {
		if (this.cleaned == null) {
			this.cleaned = List.copyOf(ReleaseText.clean(this.release));
		}
		return this.cleaned;
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
