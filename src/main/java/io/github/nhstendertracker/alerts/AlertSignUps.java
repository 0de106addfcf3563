package io.github.nhstendertracker.alerts;

import java.time.Clock;
import java.util.List;

import io.github.nhstendertracker.alerts.Subscriptions.Pending;
import io.github.nhstendertracker.alerts.Subscriptions.Purpose;
import io.github.nhstendertracker.search.SavedSearches.Saved;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Subscribing, confirming and unsubscribing. Whether an address is subscribed already is
 * never told: a new or unconfirmed subscription is sent a confirmation e-mail, a
 * confirmed one nothing more, and the page after is the same.
 */
@Service
class AlertSignUps {

	private final Subscriptions subscriptions;

	private final AlertMails mails;

	private final Clock clock;

	AlertSignUps(Subscriptions subscriptions, AlertMails mails, Clock clock) {
		this.subscriptions = subscriptions;
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional
	void subscribe(String email, Saved search) {
		Pending pending = this.subscriptions.subscribe(email.trim(), search.query());
		if (!pending.confirmed()) {
			String confirm = this.subscriptions.issue(pending.id(), Purpose.CONFIRM);
			String unsubscribe = this.subscriptions.issue(pending.id(), Purpose.UNSUBSCRIBE);
			this.mails
				.send(List.of(this.mails.message(email.trim(), this.mails.confirmation(search, confirm), unsubscribe)));
		}
	}

	/** Checks a confirmation link. */
	void checkConfirmation(String token) {
		subscriptionOf(token, Purpose.CONFIRM);
	}

	@Transactional
	void confirm(String token) {
		this.subscriptions.confirm(subscriptionOf(token, Purpose.CONFIRM), this.clock.instant());
	}

	/** Checks an unsubscribe link. */
	void checkUnsubscribe(String token) {
		subscriptionOf(token, Purpose.UNSUBSCRIBE);
	}

	/** Deletes the subscription, and with it the address. */
	void unsubscribe(String token) {
		this.subscriptions.delete(subscriptionOf(token, Purpose.UNSUBSCRIBE));
	}

	private long subscriptionOf(String token, Purpose purpose) {
		return this.subscriptions.findByToken(token, purpose).orElseThrow(AlertSignUps::unknownLink);
	}

	private static ResponseStatusException unknownLink() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND,
				"This link does not work. It may have been used already, or have expired: "
						+ "subscriptions not confirmed within 7 days are deleted.");
	}

}
