package io.github.nhstendertracker.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads that cannot be imported are turned away before anything is kept or run, each
 * with a message that says what to do.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(username = "editor1", roles = "EDITOR")
class ImportUploadTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ImportRuns runs;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "notices.json||The selected file is empty",
					"notices.pdf|{\"releases\": []}|The selected file must be OCDS JSON",
					"notices.json|<html>not json</html>|The selected file is not JSON",
					"notices.json.gz|plain text, not gzip|The selected file is not JSON" })
	void aFileThatCannotBeImported_isRefusedWithAMessage_andNoRunStarts(String name, String body, String message)
			throws Exception {
		long before = runs();
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		this.mvc
			.perform(multipart("/admin/imports").file(new MockMultipartFile("file", name, "text/plain", bytes))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("uploadError", containsString(message)));
		assertThat(runs()).isEqualTo(before);
	}

	@Test
	void theWebApplication_hasNoImportCommand(@Autowired ApplicationContext context) {
		assertThat(context.getBeansOfType(ImportCommand.class)).isEmpty();
	}

	@Test
	void noFileChosen_asksForOne() throws Exception {
		this.mvc.perform(multipart("/admin/imports").with(csrf()))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("uploadError", "Select an OCDS file to upload"));
	}

	@Test
	void theMessage_isShownOnThePage_asAnErrorSummaryLinkedToTheField() throws Exception {
		this.mvc.perform(get("/admin/imports").flashAttr("uploadError", "The selected file is empty"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#file\"")))
			.andExpect(content().string(containsString("The selected file is empty")));
	}

	@Test
	@WithMockUser(username = "nobody", roles = {})
	void someoneWhoIsNotAnAdmin_cannotUpload() throws Exception {
		this.mvc
			.perform(multipart("/admin/imports").file(
					new MockMultipartFile("file", "a.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUploadedFile_isImportedInTheBackground_andItsReportListsEveryNoteByFileName() throws Exception {
		ImportedData data = ImportedData.mark(this.jdbc);
		try {
			byte[] bytes = Files.readAllBytes(
					ImportedData.sharedOcds().resolve("find-a-tender").resolve("release-package-limit-4.json"));
			String location = this.mvc
				.perform(multipart("/admin/imports")
					.file(new MockMultipartFile("file", "fts-four.json", "application/json", bytes))
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(location).matches("/admin/imports/\\d+");
			long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.until(() -> this.runs.find(run).map((found) -> !found.running()).orElse(false));
			this.mvc.perform(get(location))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Finished")))
				.andExpect(content().string(containsString("fts-four.json")))
				.andExpect(content().string(containsString("ocds-h6vhtk-078219")));
		}
		finally {
			data.remove();
		}
	}

	private long runs() {
		return this.jdbc.sql("select count(*) from import_run").query(Long.class).single();
	}

}
