package io.github.nhstendertracker.alerts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriptions to e-mail alerts and the tokens of their links. Addresses are read
 * only to send to them.
 */
@Repository
class Subscriptions {

	enum Purpose {

		CONFIRM, UNSUBSCRIBE

	}

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The subscription of this address to this search, made if it is new.
	 * @return its id, and whether it is confirmed already
	 */
	Pending subscribe(String email, String query) {
		this.jdbc.sql("""
				insert into alert_subscription (email, query) values (:email, :query)
				on conflict (lower(email), query) do nothing""").param("email", email).param("query", query).update();
		return this.jdbc.sql("""
				select id, confirmed_at is not null as confirmed from alert_subscription
				where lower(email) = lower(:email) and query = :query""")
			.param("email", email)
			.param("query", query)
			.query((rs, rowNum) -> new Pending(rs.getLong("id"), rs.getBoolean("confirmed")))
			.single();
	}

	/** A new token for a link of the subscription; only its hash is kept. */
	String issue(long subscriptionId, Purpose purpose) {
		String token = Tokens.generate();
		this.jdbc.sql("insert into alert_token (hash, subscription_id, purpose) values (:hash, :id, :purpose)")
			.param("hash", Tokens.hash(token))
			.param("id", subscriptionId)
			.param("purpose", purpose.name())
			.update();
		return token;
	}

	/**
	 * New unsubscribe tokens for many subscriptions, in one batch, by subscription id.
	 */
	Map<Long, String> issueUnsubscribes(List<Long> subscriptionIds) {
		Map<Long, String> tokens = subscriptionIds.stream()
			.collect(Collectors.toMap((id) -> id, (id) -> Tokens.generate()));
		List<Long> ids = new ArrayList<>(tokens.keySet());
		this.jdbc.sql("""
				insert into alert_token (hash, subscription_id, purpose)
				select decode(h, 'hex'), s::bigint, 'UNSUBSCRIBE'
				from unnest(string_to_array(:hashes, ','), string_to_array(:ids, ',')) as u(h, s)""")
			.param("hashes",
					ids.stream()
						.map((id) -> HexFormat.of().formatHex(Tokens.hash(tokens.get(id))))
						.collect(Collectors.joining(",")))
			.param("ids", joined(ids))
			.update();
		return tokens;
	}

	/** The subscription a token is for, if the token is known. */
	Optional<Long> findByToken(String token, Purpose purpose) {
		return this.jdbc.sql("select subscription_id from alert_token where hash = :hash and purpose = :purpose")
			.param("hash", Tokens.hash(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.optional();
	}

	/**
	 * Confirms a subscription: from now on it is sent the events numbered after the
	 * newest one recorded so far. Its confirmation links stop working.
	 */
	@Transactional
	void confirm(long id, Instant now) {
		this.jdbc.sql("""
				update alert_subscription set confirmed_at = :now,
				last_happened = coalesce((select max(happened_seq) from tender_event), 0)
				where id = :id and confirmed_at is null""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", id)
			.update();
		this.jdbc.sql("delete from alert_token where subscription_id = :id and purpose = 'CONFIRM'")
			.param("id", id)
			.update();
	}

	/** Deletes a subscription, its address and its tokens. */
	void delete(long id) {
		this.jdbc.sql("delete from alert_subscription where id = :id").param("id", id).update();
	}

	/** Deletes the subscriptions made before {@code before} and never confirmed. */
	int deleteUnconfirmed(Instant before) {
		return this.jdbc.sql("delete from alert_subscription where confirmed_at is null and created_at < :before")
			.param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.update();
	}

	/** Forgets the tokens of links older than {@code before}. */
	int deleteTokens(Instant before) {
		return this.jdbc.sql("delete from alert_token where created_at < :before")
			.param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.update();
	}

	/** The number of the newest event recorded as having happened, 0 if there is none. */
	long newestHappened() {
		return this.jdbc.sql("select coalesce(max(happened_seq), 0) from tender_event").query(Long.class).single();
	}

	/**
	 * The confirmed subscriptions not yet sent up to {@code upTo}, in groups that share a
	 * search and what they were last sent, so each group's events are found once.
	 */
	List<Group> groupsBehind(long upTo) {
		return this.jdbc.sql("""
				select query, last_happened, array_agg(id order by id) as ids from alert_subscription
				where confirmed_at is not null and last_happened < :upTo
				group by query, last_happened order by query, last_happened""")
			.param("upTo", upTo)
			.query((rs, rowNum) -> new Group(rs.getString("query"), rs.getLong("last_happened"),
					List.of((Long[]) rs.getArray("ids").getArray())))
			.list();
	}

	/** The addresses of these subscriptions, by id. */
	Map<Long, String> emails(List<Long> ids) {
		return this.jdbc
			.sql("select id, email from alert_subscription where id = any(string_to_array(:ids, ',')::bigint[])")
			.param("ids", joined(ids))
			.query((rs, rowNum) -> Map.entry(rs.getLong("id"), rs.getString("email")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Records that these subscriptions have been sent every event up to {@code upTo}. */
	void sentUpTo(List<Long> ids, long upTo) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql(
				"update alert_subscription set last_happened = :upTo where id = any(string_to_array(:ids, ',')::bigint[])")
			.param("upTo", upTo)
			.param("ids", joined(ids))
			.update();
	}

	private static String joined(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	record Pending(long id, boolean confirmed) {
	}

	/** Subscriptions to one search that were last sent up to the same event. */
	record Group(String query, long lastHappened, List<Long> ids) {
	}

}
