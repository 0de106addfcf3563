package io.github.nhstendertracker.harvest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * What {@code tracker.harvest.*} says: whether the harvest runs on a schedule, which
 * buyers it keeps, how patiently it asks a portal that is busy, and each portal's
 * address, page size and start date. Off by default, so a local run harvests nothing
 * until it is configured.
 *
 * @param enabled whether the harvest runs on its schedule
 * @param schedule when it runs, as a Spring cron expression (second minute hour day month
 * weekday), in the server's time zone
 * @param healthBuyersOnly whether to keep only the releases of health buyers
 * @param maxAttempts how many times to ask for a page before giving up until the next
 * harvest
 * @param initialBackoff the wait after the first refusal that says nothing of when to
 * come back; it doubles with each attempt
 * @param maxBackoff the longest wait between two attempts; a portal asking for a longer
 * one is asked again at the next harvest
 * @param timeout how long to wait for a portal to connect, and for a page to come
 * @param lockAtMostFor how long the lock that keeps other harvests from starting lasts
 * unless renewed (a harvest renews it after each page), so that a harvest whose process
 * stopped lets go; longer than a page may take, waits included
 * @param downloadDir where pages are kept while they are imported
 * @param contractsFinder the Contracts Finder OCDS search API
 * @param findATender the Find a Tender OCDS release API
 */
@ConfigurationProperties("tracker.harvest")
public record HarvestProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0 30 5 * * *") String schedule,
		@DefaultValue("true") boolean healthBuyersOnly, @DefaultValue("6") int maxAttempts,
		@DefaultValue("PT2S") Duration initialBackoff, @DefaultValue("PT5M") Duration maxBackoff,
		@DefaultValue("PT1M") Duration timeout, @DefaultValue("PT1H") Duration lockAtMostFor, String downloadDir,
		@DefaultValue Source contractsFinder, @DefaultValue Source findATender) {

	public HarvestProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("tracker.harvest.max-attempts must be at least 1");
		}
		Objects.requireNonNull(initialBackoff, "tracker.harvest.initial-backoff");
		Objects.requireNonNull(maxBackoff, "tracker.harvest.max-backoff");
	}

	/** The settings of one portal. */
	Source source(Portal portal) {
		return switch (portal) {
			case CONTRACTS_FINDER -> this.contractsFinder;
			case FIND_A_TENDER -> this.findATender;
		};
	}

	/** The portals that a harvest reads: those with an address, not turned off. */
	List<Portal> portalsOn() {
		return Arrays.stream(Portal.values()).filter((portal) -> source(portal).on()).toList();
	}

	/**
	 * One portal's settings.
	 *
	 * @param baseUrl the address of its OCDS API, without a query; none means the portal
	 * is not harvested
	 * @param pageSize releases to a page (the portals allow 1 to 100)
	 * @param startDate the first day to read notices of, at the first harvest; none means
	 * a week before that harvest
	 * @param enabled whether to harvest it when it has an address
	 */
	public record Source(String baseUrl, @DefaultValue("100") int pageSize, LocalDate startDate,
			@DefaultValue("true") boolean enabled) {

		public Source {
			if (pageSize < 1 || pageSize > 100) {
				throw new IllegalArgumentException("A portal's page-size must be from 1 to 100, not " + pageSize);
			}
		}

		/** Whether it is harvested: it has an address and is not turned off. */
		public boolean on() {
			return this.enabled && configured();
		}

		/** Whether it has an address. */
		public boolean configured() {
			return StringUtils.hasText(this.baseUrl);
		}

	}

}
