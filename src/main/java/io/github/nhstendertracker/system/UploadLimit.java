package io.github.nhstendertracker.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How large an upload may be, and what to say to someone whose file is larger: whether
 * the upload was refused while the request was read (before any controller, as a real
 * form's upload is, since the CSRF check reads the form) or by a controller.
 */
@Component
public class UploadLimit {

	private final String maxUpload;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size}") String maxUpload) {
		this.maxUpload = maxUpload;
	}

	/** The largest upload, as configured, such as {@code 2GB}. */
	public String max() {
		return this.maxUpload;
	}

	/** What to do about a file over the limit. */
	public String advice() {
		return "The file is larger than the " + this.maxUpload
				+ " an upload may be. Import it from the command line instead, or split it into smaller files.";
	}

}
