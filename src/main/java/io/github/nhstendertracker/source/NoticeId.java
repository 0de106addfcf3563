package io.github.nhstendertracker.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a notice is in open data: the contracting process (ocid) and the release within
 * it, the portal's own notice id, and the release's tags.
 *
 * @param ocid the process's open contracting id
 * @param releaseId the release's id within the process
 * @param noticeId the portal's id of the notice, or null
 * @param tags the release's tags, comma separated, such as {@code tender} or
 * {@code award,contract}
 * @param derivedId whether the release gave no id and one was derived from its content
 */
@Embeddable
public record NoticeId(@Column(name = "ocid") String ocid, @Column(name = "release_id") String releaseId,
		@Column(name = "notice_id") String noticeId, @Column(name = "release_tags") String tags,
		@Column(name = "id_derived") boolean derivedId) {

	/** The empty place of an article, which is not in open data. */
	public static final NoticeId NONE = new NoticeId(null, null, null, null, false);

}
