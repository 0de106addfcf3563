package io.github.nhstendertracker.browser;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tenders a browser test inserts for itself, each titled with a made-up word no seeded
 * tender uses, different on every run, so they can be found and removed again.
 */
final class ExtraTenders {

	private final String word;

	private final String insertedBy;

	ExtraTenders(String prefix, Class<?> insertedBy) {
		this.word = prefix + randomLetters(8);
		this.insertedBy = insertedBy.getSimpleName();
	}

	/** The word every title starts with. */
	String word() {
		return this.word;
	}

	/** The description each inserted tender gets. */
	String description() {
		return "Inserted by " + this.insertedBy + " and deleted after it.";
	}

	/** Inserts {@code count} tenders titled "word test tender 01" and so on. */
	void insert(JdbcClient jdbc, int count) {
		for (int i = 1; i <= count; i++) {
			jdbc.sql("insert into tender (title, description) values (:title, :description)")
				.param("title", this.word + " test tender " + String.format(Locale.ROOT, "%02d", i))
				.param("description", description())
				.update();
		}
	}

	/** Deletes every tender whose title starts with the word. */
	void delete(JdbcClient jdbc) {
		jdbc.sql("delete from tender where title like :prefix").param("prefix", this.word + " %").update();
	}

	private static String randomLetters(int length) {
		StringBuilder letters = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
