package io.github.nhstendertracker.event;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles every status once the application is up (so a day spent stopped is caught up
 * before the first page) and then every night just after midnight
 * ({@code tracker.status-clock.schedule}), on one instance at a time.
 */
@Component
@ConditionalOnWebApplication
public class StatusClockSchedule {

	private final StatusClock statusClock;

	StatusClockSchedule(StatusClock statusClock) {
		this.statusClock = statusClock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void settleOnStart() {
		this.statusClock.settleAll();
	}

	@Scheduled(cron = "${tracker.status-clock.schedule:0 1 0 * * *}")
	@SchedulerLock(name = "status-clock", lockAtMostFor = "PT30M")
	public void settleEveryNight() {
		this.statusClock.settleAll();
	}

}
