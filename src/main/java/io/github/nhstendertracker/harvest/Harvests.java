package io.github.nhstendertracker.harvest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The harvest as the admin pages see it: each portal's settings and how far it has got,
 * and a harvest started now, in the background, under the same lock as the schedule's.
 */
public class Harvests implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Harvests.class);

	private final HarvestProperties properties;

	private final Harvester harvester;

	private final HarvestStates states;

	private final HarvestLock lock;

	private final ExecutorService background;

	Harvests(HarvestProperties properties, Harvester harvester, HarvestStates states, HarvestLock lock) {
		this.properties = properties;
		this.harvester = harvester;
		this.states = states;
		this.lock = lock;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("harvest-");
		threads.setDaemon(true);
		this.background = Executors.newSingleThreadExecutor(threads);
	}

	/** What asking for a harvest now did. */
	public enum Start {

		/** It started in the background. */
		STARTED,

		/** Another harvest holds the lock, here or on another instance. */
		ALREADY_RUNNING,

		/** No portal has an address (or every one is turned off). */
		NOT_CONFIGURED

	}

	/**
	 * Starts a harvest of every portal that is on, in the background, if none is running;
	 * whether or not the schedule is on.
	 * @param startedBy who asked, for the import runs
	 */
	public Start startInBackground(String startedBy) {
		if (this.properties.portalsOn().isEmpty()) {
			return Start.NOT_CONFIGURED;
		}
		Optional<HarvestLock.Held> held = this.lock.tryLock();
		if (held.isEmpty()) {
			return Start.ALREADY_RUNNING;
		}
		try {
			this.background.submit(() -> {
				try {
					this.harvester.harvest(startedBy, held.get()::renew);
				}
				catch (RuntimeException ex) {
					log.error("The harvest started by {} failed", startedBy, ex);
				}
				finally {
					held.get().release();
				}
			});
		}
		catch (RuntimeException ex) {
			held.get().release();
			throw ex;
		}
		return Start.STARTED;
	}

	/** Whether a harvest is running now, here or on another instance. */
	public boolean running() {
		return this.states.locked(HarvestLock.NAME);
	}

	/** Whether the harvest runs on its schedule. */
	public boolean scheduled() {
		return this.properties.enabled();
	}

	/** The schedule, as a cron expression. */
	public String schedule() {
		return this.properties.schedule();
	}

	/** Whether only the releases of health buyers are kept. */
	public boolean healthBuyersOnly() {
		return this.properties.healthBuyersOnly();
	}

	/** Whether any portal can be harvested. */
	public boolean anyOn() {
		return !this.properties.portalsOn().isEmpty();
	}

	/** Each portal, with its settings and how far its harvest has got. */
	public List<PortalView> portals() {
		return Arrays.stream(Portal.values()).map(this::view).toList();
	}

	private PortalView view(Portal portal) {
		HarvestProperties.Source source = this.properties.source(portal);
		HarvestStates.State state = this.states.find(portal);
		return new PortalView(portal.title(), source.configured(), source.on(), source.baseUrl(), source.pageSize(),
				resumesAt(source, state), state.nextUrl(), state.windowFrom(), state.windowTo(), state.pagesRead(),
				state.lastRunId(), state.lastSuccess(), state.lastError(), state.lastErrorAt());
	}

	private static String resumesAt(HarvestProperties.Source source, HarvestStates.State state) {
		if (state.midWindow()) {
			return "At page " + (state.pagesRead() + 1) + " of the window from "
					+ Harvester.portalTime(state.windowFrom()) + " to " + Harvester.portalTime(state.windowTo())
					+ " (UTC)";
		}
		if (state.windowTo() != null) {
			return "With notices from " + Harvester.portalTime(state.windowTo())
					+ " (UTC), where the last window ended";
		}
		if (source.startDate() != null) {
			return "With notices from the start date, " + source.startDate();
		}
		return "With notices from a week before the first harvest";
	}

	/**
	 * A portal on the imports page.
	 *
	 * @param title its name
	 * @param configured whether it has an address
	 * @param on whether a harvest reads it
	 * @param baseUrl its address
	 * @param pageSize releases to a page
	 * @param resumesAt where the next harvest starts, in words
	 * @param nextUrl the page the next harvest reads first, when mid-window
	 * @param windowFrom the start of the window being (or last) read
	 * @param windowTo its end
	 * @param pagesRead pages imported
	 * @param lastRunId the import run of the last page
	 * @param lastSuccess when a page was last imported
	 * @param lastError why the last harvest stopped early, or null
	 * @param lastErrorAt when
	 */
	public record PortalView(String title, boolean configured, boolean on, String baseUrl, int pageSize,
			String resumesAt, String nextUrl, Instant windowFrom, Instant windowTo, long pagesRead, Long lastRunId,
			Instant lastSuccess, String lastError, Instant lastErrorAt) {
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
