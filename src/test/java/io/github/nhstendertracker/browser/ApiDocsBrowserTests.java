package io.github.nhstendertracker.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer reading the API documentation in a real browser: from the site's footer to
 * the Swagger UI page, opening an operation and trying it. The page works under the
 * site's Content-Security-Policy: nothing it needs is refused, and it asks nothing of
 * other sites.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ApiDocsBrowserTests extends BrowserTestSupport {

	@LocalServerPort
	int port;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void developer_opensTheDocsFromTheFooter_andTriesAnOperation() {
		List<String> refused = new ArrayList<>();
		this.page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				refused.add(message.text());
			}
		});
		this.page.onPageError((error) -> refused.add("script error: " + error));
		List<String> elsewhere = new ArrayList<>();
		this.page.onRequest((request) -> {
			if (!request.url().startsWith(baseUrl()) && !request.url().startsWith("data:")) {
				elsewhere.add(request.url());
			}
		});

		this.page.navigate("/");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API documentation")).click();
		assertThat(this.page).hasURL(Pattern.compile("/swagger-ui/index.html"));
		// The description is built on its first request, which takes a while on a busy
		// machine.
		assertThat(this.page.locator(".info .title")).containsText("NHS Tender Tracker API",
				new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		Locator operations = this.page.locator(".opblock");
		assertThat(operations).hasCount(12);
		assertThat(this.page.locator(".opblock-tag > a"))
			.hasText(new String[] { "Tenders", "Commissioners", "Bidders", "Sources" });

		Locator search = this.page.locator("#operations-Tenders-searchTenders");
		search.locator(".opblock-summary").click();
		assertThat(search.locator(".parameters tr[data-param-name]")).hasCount(25);
		assertThat(search.locator(".responses-table")).containsText("community");
		screenshot("api-docs-01-search");

		Locator show = this.page.locator("#operations-Tenders-showTender");
		show.locator(".opblock-summary").click();
		show.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try it out")).click();
		show.locator("input[placeholder='id']").fill("8");
		show.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Execute")).click();
		Locator live = show.locator(".live-responses-table");
		assertThat(live.locator("tr.response .response-col_status")).hasText("200");
		assertThat(live).containsText("Multispecialty community provider (Dudley)");
		screenshot("api-docs-02-tried");

		assertThat(refused).as("refused by the Content-Security-Policy, or failed").isEmpty();
		assertThat(elsewhere).as("requests to other sites").isEmpty();
	}

}
