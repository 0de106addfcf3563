package io.github.nhstendertracker.browse;

import io.github.nhstendertracker.opendata.OcdsExport;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A tender as open data: an OCDS 1.1.5 record package with a release for each source it
 * cites and its compiled release. A missing or archived tender gets the site's 404 page,
 * as its page does.
 */
@Controller
class TenderOcdsController {

	private final OcdsExport export;

	private final JsonMapper json;

	TenderOcdsController(OcdsExport export, JsonMapper json) {
		this.export = export;
		this.json = json;
	}

	@GetMapping("/tenders/{id}.ocds.json")
	ResponseEntity<String> download(@PathVariable long id, HttpServletRequest request) {
		String body = this.json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(this.export.recordPackage(id, request.getRequestURL().toString()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tender-" + id + ".ocds.json").build().toString())
			.body(body);
	}

}
