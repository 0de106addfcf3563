package io.github.nhstendertracker.harvest;

import java.time.Duration;

import net.javacrumbs.shedlock.core.LockExtender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The harvest on its schedule ({@code tracker.harvest.schedule}), only when
 * {@code tracker.harvest.enabled} is true, and only in the web application (never in a
 * command line import). Each run takes the harvest lock; while another harvest holds it,
 * here or on another instance, the run is passed over; the harvest renews it after each
 * page.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("tracker.harvest.enabled")
public class HarvestSchedule {

	private final Harvester harvester;

	private final Duration lockAtMostFor;

	HarvestSchedule(Harvester harvester, @Value("${tracker.harvest.lock-at-most-for:PT1H}") Duration lockAtMostFor) {
		this.harvester = harvester;
		this.lockAtMostFor = lockAtMostFor;
	}

	@Scheduled(cron = "${tracker.harvest.schedule:0 30 5 * * *}")
	@SchedulerLock(name = HarvestLock.NAME, lockAtMostFor = "${tracker.harvest.lock-at-most-for:PT1H}")
	public void harvest() {
		this.harvester.harvest("schedule", () -> LockExtender.extendActiveLock(this.lockAtMostFor, Duration.ZERO));
	}

}
