package io.github.nhstendertracker.alerts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the alert digest every day ({@code tracker.alerts.schedule}, 07:00 server time
 * unless set), on one instance at a time.
 */
@Component
@ConditionalOnWebApplication
public class AlertDigestSchedule {

	private final AlertDigest digest;

	AlertDigestSchedule(AlertDigest digest) {
		this.digest = digest;
	}

	@Scheduled(cron = "${tracker.alerts.schedule:0 0 7 * * *}")
	@SchedulerLock(name = "alert-digest", lockAtMostFor = "PT1H")
	public void sendDigests() {
		this.digest.run();
	}

}
