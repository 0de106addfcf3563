package io.github.nhstendertracker.opendata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one place that says how the tracker names what it publishes in OCDS. A tender that
 * came from open data keeps its ocid (a lot, its process's). Any other tender is
 * {@code {prefix}-{tender id}}, the prefix being {@code tracker.ocds.ocid-prefix}. A
 * release is the notice's own release id when the source is a notice of the same process;
 * otherwise {@code {prefix}-source-{source id}}. The importer reads these names back, so
 * an export imported again lands on the tender it came from.
 */
@Component
@EnableConfigurationProperties(TrackerOcids.Settings.class)
public class TrackerOcids {

	private static final Pattern PREFIX = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final String prefix;

	private final Pattern ownTender;

	private final Pattern ownRelease;

	TrackerOcids(Settings settings) {
		String prefix = (settings.ocidPrefix() != null) ? settings.ocidPrefix().strip() : "";
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalStateException("tracker.ocds.ocid-prefix must be lower-case letters, digits and hyphens, "
					+ "like ocds-nhstt1; it is '" + settings.ocidPrefix() + "'");
		}
		this.prefix = prefix;
		this.ownTender = Pattern.compile(Pattern.quote(prefix) + "-([1-9][0-9]{0,17})");
		this.ownRelease = Pattern.compile(Pattern.quote(prefix) + "-source-([1-9][0-9]{0,17})");
	}

	/** What {@code tracker.ocds.*} says. */
	@ConfigurationProperties("tracker.ocds")
	public record Settings(@DefaultValue("ocds-nhstt1") String ocidPrefix) {
	}

	/** The prefix of the ocids the tracker gives. */
	public String prefix() {
		return this.prefix;
	}

	/**
	 * A tender's ocid: its own when it came from open data, else one under the prefix.
	 */
	public String ocid(long tenderId, String storedOcid) {
		return (storedOcid != null) ? storedOcid : this.prefix + "-" + tenderId;
	}

	/**
	 * The id of the release that a source gives for a process: the notice's own release
	 * id when the source is a release of that process, else one under the prefix.
	 */
	public String releaseId(long sourceId, String sourceOcid, String sourceReleaseId, String ocid) {
		if (sourceReleaseId != null && ocid.equals(sourceOcid)) {
			return sourceReleaseId;
		}
		return this.prefix + "-source-" + sourceId;
	}

	/** The tender an ocid of the tracker's own names, if it is one. */
	public Optional<Long> tenderOf(String ocid) {
		return number(this.ownTender, ocid);
	}

	/** The source a release id of the tracker's own names, if it is one. */
	public Optional<Long> sourceOf(String releaseId) {
		return number(this.ownRelease, releaseId);
	}

	private static Optional<Long> number(Pattern pattern, String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

}
