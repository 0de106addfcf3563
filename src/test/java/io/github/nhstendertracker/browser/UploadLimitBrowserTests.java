package io.github.nhstendertracker.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.account.AppUserRepository;
import io.github.nhstendertracker.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file over the upload limit, sent by the real form over real HTTP (the limit made
 * small for the test): the person gets the site's page with a 413 that says what to do,
 * and no import starts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=2KB", "spring.servlet.multipart.max-request-size=2KB" })
@Import(TestDatabaseConfiguration.class)
class UploadLimitBrowserTests extends BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	private JourneyAccount account;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@BeforeEach
	void createEditor() {
		this.account = JourneyAccount.create(this.users, this.encoder, "uploader", Role.EDITOR);
	}

	@AfterEach
	void removeEditor() {
		this.account.remove(this.jdbc);
	}

	@Test
	void aFileOverTheLimit_getsA413PageSayingWhatToDo_andNoImportStarts() {
		this.page.navigate("/admin/imports");
		this.account.signIn(this.page);
		assertThat(heading()).hasText("Imports");
		long before = runs();
		String big = "{\"releases\": [" + "{}, ".repeat(2_000) + "{}]}";
		this.page.getByLabel("OCDS file")
			.setInputFiles(new FilePayload("big.json", "application/json", big.getBytes(StandardCharsets.UTF_8)));
		Response response = this.page.waitForResponse((r) -> r.request().method().equals("POST"),
				() -> button("Upload and import").click());
		assertThat(response.status()).isEqualTo(413);
		assertThat(this.page.locator("main")).containsText("larger than the 2KB an upload may be");
		assertThat(this.page.locator("main")).containsText("Import it from the command line instead");
		assertThat(this.page.locator("main")).not().containsText("Exception");
		assertNoSeriousAccessibilityViolations();
		screenshot("import-06-upload-too-large");
		assertThat(runs()).isEqualTo(before);
	}

	private long runs() {
		return this.jdbc.sql("select count(*) from import_run").query(Long.class).single();
	}

}
