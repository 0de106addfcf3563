package io.github.nhstendertracker.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.nhstendertracker.alerts.Subscriptions.Group;
import io.github.nhstendertracker.search.SavedSearches;
import io.github.nhstendertracker.search.SavedSearches.NewEvents;
import io.github.nhstendertracker.search.SavedSearches.Saved;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Service;

/**
 * The daily digest: each confirmed subscription is sent the events of its search recorded
 * since it was last sent, newest first, or nothing when there is nothing new.
 * Subscriptions that share a search and were last sent the same events are one group,
 * whose events are found once; its e-mails go out over a few SMTP connections at once.
 * Unconfirmed subscriptions past their time are deleted, and so are the tokens of links
 * too old to keep.
 */
@Service
class AlertDigest {

	/** How long the unsubscribe link of an e-mail keeps working. */
	static final Duration LINKS_KEPT = Duration.ofDays(365);

	private static final Logger log = LoggerFactory.getLogger(AlertDigest.class);

	private final Subscriptions subscriptions;

	private final SavedSearches searches;

	private final AlertMails mails;

	private final AlertSettings settings;

	private final Clock clock;

	AlertDigest(Subscriptions subscriptions, SavedSearches searches, AlertMails mails, AlertSettings settings,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.searches = searches;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/** Sends every digest that is due; does nothing while sending is off. */
	Report run() {
		if (!this.settings.sending()) {
			return new Report(0, 0);
		}
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		this.subscriptions.deleteUnconfirmed(now.minus(this.settings.pendingFor()));
		this.subscriptions.deleteTokens(now.minus(LINKS_KEPT));
		long upTo = this.subscriptions.newestHappened();
		int groups = 0;
		int sent = 0;
		ExecutorService connections = Executors.newFixedThreadPool(this.settings.connections());
		try {
			List<Future<Integer>> sending = new ArrayList<>();
			for (Group group : this.subscriptions.groupsBehind(upTo)) {
				send(group, upTo, connections, sending);
				groups++;
			}
			for (Future<Integer> batch : sending) {
				sent += batch.get();
			}
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			connections.shutdownNow();
		}
		log.info("Alert digest: {} e-mails sent for {} groups of subscriptions in {} ms", sent, groups,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return new Report(groups, sent);
	}

	/**
	 * Finds a group's new events and hands its e-mails, a batch to a connection, to the
	 * pool of connections; a group with nothing new is marked as sent up to date.
	 */
	private void send(Group group, long upTo, ExecutorService connections, List<Future<Integer>> sending) {
		Saved search = this.searches.of(group.query());
		NewEvents events = search.valid()
				? this.searches.happenedBetween(group.query(), group.lastHappened(), upTo, this.settings.maxEvents())
				: new NewEvents(List.of(), 0);
		if (events.total() == 0) {
			this.subscriptions.sentUpTo(group.ids(), upTo);
			return;
		}
		AlertMails.Written written = this.mails.digest(search, events);
		for (int from = 0; from < group.ids().size(); from += this.settings.batchSize()) {
			List<Long> batch = group.ids()
				.subList(from, Math.min(from + this.settings.batchSize(), group.ids().size()));
			sending.add(connections.submit(() -> sendBatch(batch, written, upTo)));
		}
	}

	/**
	 * Sends one connection's worth of a group's e-mail. Those the mail server refuses are
	 * not marked as sent, so they are tried again at the next run; when it refuses them
	 * all, the run stops there.
	 */
	private int sendBatch(List<Long> batch, AlertMails.Written written, long upTo) {
		Map<Long, String> emails = this.subscriptions.emails(batch);
		Map<Long, String> tokens = this.subscriptions.issueUnsubscribes(new ArrayList<>(emails.keySet()));
		Map<MimeMessage, Long> messages = new LinkedHashMap<>();
		emails.forEach((id, email) -> messages.put(this.mails.message(email, written, tokens.get(id)), id));
		Set<Long> failed = new HashSet<>();
		try {
			this.mails.send(new ArrayList<>(messages.keySet()));
		}
		catch (MailSendException ex) {
			ex.getFailedMessages().keySet().forEach((message) -> failed.add(messages.get(message)));
			log.warn("Alert digest: the mail server refused {} of {} e-mails", failed.size(), messages.size());
			if (failed.size() == messages.size()) {
				// The server is down or refuses everything: the rest wait for the next
				// run.
				throw ex;
			}
		}
		List<Long> sent = batch.stream().filter((id) -> !failed.contains(id)).toList();
		this.subscriptions.sentUpTo(sent, upTo);
		return messages.size() - failed.size();
	}

	/**
	 * What a run did: how many groups of subscriptions it looked at, and e-mails sent.
	 */
	record Report(int groups, int sent) {
	}

}
