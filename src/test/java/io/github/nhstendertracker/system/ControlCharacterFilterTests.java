package io.github.nhstendertracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control characters in GET parameters get a 400 through the real server (Tomcat decodes
 * {@code %00} into the parameter; MockMvc would not show the error page the container
 * renders): the site's 400 page for pages, problem details under {@code /api}. Nothing
 * here writes to the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ControlCharacterFilterTests {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@ParameterizedTest
	@ValueSource(strings = { "/api/commissioners/suggest?q=abc%00def", "/api/bidders/suggest?q=abc%00def" })
	void suggestions_withNul_areAProblem400(String path) throws Exception {
		HttpResponse<String> response = get(path, "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":400")
			.contains("\"title\":\"Bad Request\"")
			.contains("\"detail\":\"" + ControlCharacterFilter.MESSAGE + "\"");
	}

	@Test
	void problem_hasTheSameFieldsAsTheApisOtherProblems() throws Exception {
		JsonNode refused = this.json.readTree(get("/api/commissioners/suggest?q=%00", "application/json").body());
		JsonNode missing = this.json.readTree(get("/api/bidders/424242", "application/json").body());
		assertThat(refused.propertyNames()).containsExactlyInAnyOrderElementsOf(missing.propertyNames());
		assertThat(refused.get("instance").asString()).isEqualTo("/api/commissioners/suggest");
		assertThat(missing.get("instance").asString()).isEqualTo("/api/bidders/424242");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tenders?q=%00", "/commissioners?page=1%1F", "/tenders/8?x%7F=1", "/sources?a=%0B",
			"/bidders?q=%08" })
	void pages_withAControlCharacter_showTheSites400Page(String path) throws Exception {
		HttpResponse<String> response = get(path, HTML);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<title>There is a problem with the request – NHS Tender Tracker</title>")
			.contains(ControlCharacterFilter.MESSAGE)
			.contains("govuk-footer");
	}

	@Test
	void csvExport_withAControlCharacter_is400() throws Exception {
		for (String accept : List.of("text/csv", "*/*", HTML)) {
			assertThat(get("/tenders.csv?q=%01", accept).statusCode()).as(accept).isEqualTo(400);
		}
	}

	@Test
	void head_withAControlCharacter_is400() throws Exception {
		for (String path : List.of("/tenders?q=%00", "/api/commissioners/suggest?q=%00")) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(uri(path)).method("HEAD", BodyPublishers.noBody()).build(),
					BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(400);
		}
	}

	@Test
	void tabsAndOrdinaryText_passThrough() throws Exception {
		assertThat(get("/api/commissioners/suggest?q=nhs%09dud", "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> dudley = get("/api/commissioners/suggest?q=dudley", "application/json");
		assertThat(dudley.statusCode()).isEqualTo(200);
		assertThat(dudley.body()).contains("NHS Dudley CCG");
		assertThat(get("/tenders?q=%C3%A9", HTML).statusCode()).isEqualTo(200);
	}

	@Test
	void posts_areLeftToTheFormsThatReceiveThem() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin/commissioners/new"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("name=abc%00def"))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).as("refused by security (no session, no CSRF token), not by the filter")
			.isEqualTo(403);
	}

	@Test
	void controlCharacters_areNulToUnitSeparatorAndDelete_butNotTabLineFeedOrCarriageReturn() {
		for (char c = 0; c < 0x20; c++) {
			boolean allowed = c == '\t' || c == '\n' || c == '\r';
			assertThat(ControlCharacterFilter.hasControlCharacter("a" + c)).as("U+%04X", (int) c).isEqualTo(!allowed);
		}
		assertThat(ControlCharacterFilter.hasControlCharacter("\u007f")).isTrue();
		assertThat(ControlCharacterFilter.hasControlCharacter(" ~\u0080\u00a0é£")).isFalse();
		assertThat(ControlCharacterFilter.hasControlCharacter((String) null)).isFalse();
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
