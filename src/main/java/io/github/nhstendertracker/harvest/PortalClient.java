package io.github.nhstendertracker.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Reads one page of a portal's OCDS API into a file, streamed to disk as it arrives,
 * never held whole in memory. A portal that is busy or unwell (429 Too Many Requests,
 * 403, any 5xx, or a connection that breaks) is asked again after a wait: the one its
 * {@code Retry-After} header asks for, or else one that doubles from the first backoff up
 * to the longest. After the last attempt, or on any other answer, it gives up with a
 * {@link PortalException} that says why.
 */
class PortalClient {

	private final RestClient http;

	private final Sleeper sleeper;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	PortalClient(RestClient http, Sleeper sleeper, Clock clock, int maxAttempts, Duration initialBackoff,
			Duration maxBackoff) {
		this.http = http;
		this.sleeper = sleeper;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
	}

	/**
	 * Spring's {@link RestClient} over the JDK's HTTP client, following redirects and
	 * taking gzip, that waits at most the given time to connect and for each read.
	 */
	static RestClient restClient(Duration timeout) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(timeout);
		requests.enableCompression(true);
		return RestClient.builder()
			.requestFactory(requests)
			.defaultHeader(HttpHeaders.USER_AGENT, "nhs-tender-tracker harvest")
			.build();
	}

	/**
	 * Reads the page into the file, replacing what it held.
	 * @throws PortalException when the page could not be read
	 * @throws InterruptedException when stopped while waiting to ask again
	 */
	void fetch(URI page, Path target) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			Answer answer = ask(page, target);
			if (answer.problem() == null) {
				return;
			}
			if (!answer.retryable()) {
				throw new PortalException(answer.problem());
			}
			if (attempt >= this.maxAttempts) {
				throw new PortalException(answer.problem() + ", " + attempt + " times in a row");
			}
			Duration wait = answer.retryAfter().orElse(backoff(attempt));
			if (wait.compareTo(this.maxBackoff) > 0) {
				throw new PortalException(answer.problem() + " and asked us to wait " + wait.toSeconds()
						+ " seconds, longer than the " + this.maxBackoff.toSeconds() + " we wait");
			}
			this.sleeper.sleep(wait);
		}
	}

	/**
	 * The wait after the given attempt when the portal says nothing of when to return.
	 */
	Duration backoff(int attempt) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < attempt && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

	private Answer ask(URI page, Path target) {
		try {
			return this.http.get()
				.uri(page)
				.accept(MediaType.APPLICATION_JSON)
				.exchange((request, response) -> answer(response.getStatusCode(), response.getHeaders(),
						response.getBody(), target));
		}
		catch (ResourceAccessException ex) {
			String cause = (ex.getMostSpecificCause().getMessage() != null) ? ex.getMostSpecificCause().getMessage()
					: ex.getMostSpecificCause().getClass().getSimpleName();
			return new Answer("The portal could not be reached or stopped sending (" + cause + ")", true,
					Optional.empty());
		}
	}

	private Answer answer(HttpStatusCode status, HttpHeaders headers, InputStream body, Path target)
			throws IOException {
		if (status.is2xxSuccessful()) {
			try (body) {
				Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return new Answer(null, false, Optional.empty());
		}
		boolean retryable = status.value() == HttpStatus.TOO_MANY_REQUESTS.value()
				|| status.value() == HttpStatus.FORBIDDEN.value() || status.is5xxServerError();
		Optional<Duration> retryAfter = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER),
				this.clock.instant());
		return new Answer("The portal answered " + status.value(), retryable, retryAfter);
	}

	/**
	 * What one attempt gave.
	 *
	 * @param problem what went wrong, or null when the page was read
	 * @param retryable whether asking again may help
	 * @param retryAfter the wait the portal asked for, if it did
	 */
	private record Answer(String problem, boolean retryable, Optional<Duration> retryAfter) {
	}

	/** A page that could not be read, and why. */
	static class PortalException extends RuntimeException {

		PortalException(String message) {
			super(message);
		}

	}

}
