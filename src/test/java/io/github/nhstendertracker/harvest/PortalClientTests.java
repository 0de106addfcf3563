package io.github.nhstendertracker.harvest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The portal client against a local HTTP stub: it streams a page to a file, and waits and
 * asks again when the portal is busy (429, 403, 5xx or a broken connection), for as long
 * as {@code Retry-After} says or else a doubling backoff, up to a limit. The waits are
 * recorded, never slept.
 */
class PortalClientTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	private static WireMockServer portal;

	private final List<Duration> waits = new ArrayList<>();

	@TempDir
	Path folder;

	@BeforeAll
	static void startPortal() {
		portal = new WireMockServer(options().dynamicPort());
		portal.start();
	}

	@AfterAll
	static void stopPortal() {
		portal.stop();
	}

	@BeforeEach
	void reset() {
		portal.resetAll();
	}

	@Test
	void aPage_isWrittenToTheFile() throws Exception {
		portal.stubFor(get(urlPathEqualTo("/page")).willReturn(okJson("{\"releases\": []}")));
		Path file = this.folder.resolve("page.json");
		client(3).fetch(page(), file);
		assertThat(file).hasContent("{\"releases\": []}");
		assertThat(this.waits).isEmpty();
	}

	@Test
	void tooManyRequests_waitsAsRetryAfterSays_thenReadsThePage() throws Exception {
		busyThen(aResponse().withStatus(429).withHeader("Retry-After", "7"));
		Path file = this.folder.resolve("page.json");
		client(3).fetch(page(), file);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(7));
		assertThat(file).hasContent("{\"releases\": []}");
		portal.verify(2, getRequestedFor(urlPathEqualTo("/page")));
	}

	@Test
	void retryAfterAsADate_waitsUntilThen() throws Exception {
		busyThen(aResponse().withStatus(503).withHeader("Retry-After", "Thu, 03 Dec 2026 10:00:30 GMT"));
		client(3).fetch(page(), this.folder.resolve("page.json"));
		assertThat(this.waits).containsExactly(Duration.ofSeconds(30));
	}

	@Test
	void withoutRetryAfter_theWaitDoublesUpToTheLongest() throws Exception {
		portal.stubFor(get(urlPathEqualTo("/page")).willReturn(aResponse().withStatus(403)));
		PortalClient client = client(5, Duration.ofSeconds(5));
		assertThatExceptionOfType(PortalClient.PortalException.class)
			.isThrownBy(() -> client.fetch(page(), this.folder.resolve("page.json")))
			.withMessageContaining("403")
			.withMessageContaining("5 times");
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(5));
		portal.verify(5, getRequestedFor(urlPathEqualTo("/page")));
	}

	@Test
	void aServerError_isAskedAgain_upToTheLastAttempt() {
		portal.stubFor(get(urlPathEqualTo("/page")).willReturn(aResponse().withStatus(500)));
		PortalClient client = client(3);
		assertThatExceptionOfType(PortalClient.PortalException.class)
			.isThrownBy(() -> client.fetch(page(), this.folder.resolve("page.json")))
			.withMessage("The portal answered 500, 3 times in a row");
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
		portal.verify(3, getRequestedFor(urlPathEqualTo("/page")));
	}

	@Test
	void aBrokenConnection_isAskedAgain() throws Exception {
		busyThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		Path file = this.folder.resolve("page.json");
		client(3).fetch(page(), file);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1));
		assertThat(file).hasContent("{\"releases\": []}");
	}

	@Test
	void anAnswerThatWaitingWillNotMend_isNotAskedAgain() {
		portal.stubFor(get(urlPathEqualTo("/page")).willReturn(aResponse().withStatus(404)));
		PortalClient client = client(3);
		assertThatExceptionOfType(PortalClient.PortalException.class)
			.isThrownBy(() -> client.fetch(page(), this.folder.resolve("page.json")))
			.withMessage("The portal answered 404");
		assertThat(this.waits).isEmpty();
		portal.verify(1, getRequestedFor(urlPathEqualTo("/page")));
	}

	@Test
	void aWaitLongerThanTheLongest_givesUpUntilTheNextHarvest() {
		portal.stubFor(
				get(urlPathEqualTo("/page")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
		PortalClient client = client(3, Duration.ofMinutes(5));
		assertThatExceptionOfType(PortalClient.PortalException.class)
			.isThrownBy(() -> client.fetch(page(), this.folder.resolve("page.json")))
			.withMessageContaining("3600 seconds, longer than the 300 we wait");
		assertThat(this.waits).isEmpty();
		Path file = this.folder.resolve("page.json");
		assertThat(Files.exists(file)).isFalse();
	}

	private void busyThen(ResponseDefinitionBuilder first) {
		portal.stubFor(get(urlPathEqualTo("/page")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(first)
			.willSetStateTo("ready"));
		portal.stubFor(get(urlPathEqualTo("/page")).inScenario("busy")
			.whenScenarioStateIs("ready")
			.willReturn(okJson("{\"releases\": []}")));
	}

	private PortalClient client(int maxAttempts) {
		return client(maxAttempts, Duration.ofSeconds(60));
	}

	private PortalClient client(int maxAttempts, Duration maxBackoff) {
		return new PortalClient(PortalClient.restClient(Duration.ofSeconds(10)), this.waits::add,
				Clock.fixed(NOW, ZoneOffset.UTC), maxAttempts, Duration.ofSeconds(1), maxBackoff);
	}

	private static URI page() {
		return URI.create(portal.baseUrl() + "/page?limit=100&cursor=abc==");
	}

}
