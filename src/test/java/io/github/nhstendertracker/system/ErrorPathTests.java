package io.github.nhstendertracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error page's own path, asked for directly, is a page that is not there, not a
 * server error; real failures still reach their pages through it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ErrorPathTests {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void errorPath_askedForDirectly_isTheSites404Page() throws Exception {
		HttpResponse<String> response = get("/error", HTML);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<title>Page not found – NHS Tender Tracker</title>")
			.contains("govuk-footer")
			.doesNotContain("Sorry, there is a problem with the service");
	}

	@Test
	void errorPath_askedForDirectly_asJsonOrWithParameters_isStill404() throws Exception {
		assertThat(get("/error", "application/json").statusCode()).isEqualTo(404);
		assertThat(get("/error", "*/*").statusCode()).isEqualTo(404);
		assertThat(get("/error?status=500", HTML).statusCode()).isEqualTo(404);
		assertThat(get("/error/", HTML).statusCode()).isEqualTo(404);
	}

	@Test
	void realErrors_stillReachTheirPages() throws Exception {
		HttpResponse<String> missing = get("/tenders/424242", HTML);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("There is no tender with id 424242");
		HttpResponse<String> unknown = get("/no-such-page", HTML);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("<title>Page not found – NHS Tender Tracker</title>");
		HttpResponse<String> malformed = get("/tenders/not-a-number", HTML);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("An id must be a whole number");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), BodyHandlers.ofString());
	}

}
