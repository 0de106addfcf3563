package io.github.nhstendertracker.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * How large an upload may be, and what to say to someone whose file is larger: whether
 * the upload was refused while the request was read (before any controller, as a real
 * form's upload is, since the CSRF check reads the form) or by a controller.
 */
@Component
@Order(0)
public class UploadLimit implements ErrorViewResolver {

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

	/** The site's 413 page for an upload refused while the request was read. */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE) {
			return null;
		}
		return new ModelAndView("error/413", Map.of("message", advice()), status);
	}

}
