package io.github.nhstendertracker.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.harvest.Harvests;
import io.github.nhstendertracker.imports.ImportRuns;
import io.github.nhstendertracker.imports.Imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The imports page: upload an OCDS file and watch it import in the background, with a
 * progress bar that updates itself (or a refresh link without JavaScript), then its
 * report; the harvest from the portals (its own fragment, started by
 * {@link HarvestAdminController}); and the list of past runs.
 */
@Controller
public class ImportAdminController {

	static final String UPLOAD_ERROR = "uploadError";

	private static final int NOTES = 500;

	private final Imports imports;

	private final ImportRuns runs;

	private final Path uploads;

	private final String maxUpload;

	private final Harvests harvests;

	ImportAdminController(Imports imports, ImportRuns runs, @Value("${tracker.imports.upload-dir}") Path uploads,
			@Value("${spring.servlet.multipart.max-file-size}") String maxUpload, Harvests harvests) {
		this.imports = imports;
		this.runs = runs;
		this.uploads = uploads;
		this.maxUpload = maxUpload;
		this.harvests = harvests;
	}

	@GetMapping("/admin/imports")
	String list(Model model) {
		model.addAttribute("runs", this.runs.recent(50));
		model.addAttribute("maxUpload", this.maxUpload);
		model.addAttribute("harvests", this.harvests);
		return "admin/imports/list";
	}

	@PostMapping("/admin/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		String problem = UploadCheck.problem(file);
		if (problem != null) {
			redirect.addFlashAttribute(UPLOAD_ERROR, problem);
			return "redirect:/admin/imports";
		}
		Files.createDirectories(this.uploads);
		String name = Path.of(file.getOriginalFilename()).getFileName().toString();
		Path target = this.uploads.resolve(UUID.randomUUID() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
		file.transferTo(target);
		long run = this.imports.importInBackground(List.of(target), ImportRuns.Kind.UPLOAD, name,
				Actor.signedIn().name());
		return "redirect:/admin/imports/" + run;
	}

	@GetMapping("/admin/imports/{id:\\d{1,18}}")
	String run(@PathVariable long id, Model model) {
		ImportRuns.Run run = find(id);
		model.addAttribute("run", run);
		model.addAttribute("skipped", this.runs.notes(id, ImportRuns.NoteKind.SKIPPED, NOTES));
		model.addAttribute("cleaned", this.runs.notes(id, ImportRuns.NoteKind.CLEANED, NOTES));
		model.addAttribute("files", this.runs.notes(id, ImportRuns.NoteKind.FILE, NOTES));
		model.addAttribute("derived", this.runs.notes(id, ImportRuns.NoteKind.DERIVED, NOTES));
		model.addAttribute("noteLimit", NOTES);
		return "admin/imports/run";
	}

	/** The run's progress, for the page's script to update the bar without a reload. */
	@GetMapping(path = "/admin/imports/{id:\\d{1,18}}/progress", produces = "application/json")
	@ResponseBody
	Map<String, Object> progress(@PathVariable long id) {
		ImportRuns.Run run = find(id);
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("status", run.status().toLowerCase(Locale.ROOT));
		progress.put("percent", run.percent());
		progress.put("releasesRead", run.releasesRead());
		progress.put("bytesRead", run.bytesRead());
		progress.put("totalBytes", run.totalBytes());
		progress.put("created", run.created());
		progress.put("updated", run.updated());
		progress.put("unchanged", run.unchanged());
		progress.put("skipped", run.skipped());
		return progress;
	}

	private ImportRuns.Run find(long id) {
		return this.runs.find(id).orElseThrow(() -> new NotFoundException("import run", id));
	}

	/** What is wrong with an uploaded file, before it is kept. */
	static final class UploadCheck {

		private UploadCheck() {
		}

		static String problem(MultipartFile file) throws IOException {
			if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				return "Select an OCDS file to upload";
			}
			if (file.isEmpty()) {
				return "The selected file is empty";
			}
			String name = file.getOriginalFilename().toLowerCase(Locale.ROOT);
			if (!name.matches(".*\\.(json|jsonl|ndjson)(\\.gz)?$")) {
				return "The selected file must be OCDS JSON: a .json or .jsonl file, or one of those gzipped (.gz)";
			}
			try (InputStream in = file.getInputStream()) {
				byte[] head = in.readNBytes(512);
				if (!looksLikeJson(head)) {
					return "The selected file is not JSON: it must be an OCDS release package, record package or "
							+ "JSON Lines of releases";
				}
			}
			return null;
		}

		private static boolean looksLikeJson(byte[] head) {
			if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
				return true;
			}
			for (byte b : head) {
				if (b == '{' || b == '[') {
					return true;
				}
				boolean space = b == ' ' || b == '\n' || b == '\r' || b == '\t';
				boolean bom = (b & 0xff) == 0xef || (b & 0xff) == 0xbb || (b & 0xff) == 0xbf;
				if (!space && !bom) {
					return false;
				}
			}
			return false;
		}

	}

}
