package io.github.nhstendertracker.alerts;

import java.util.Optional;

import io.github.nhstendertracker.system.SchedulingConfiguration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Each run of the digest takes the lock {@code alert-digest}, so only one instance sends;
 * while another holds it, the run is passed over.
 */
class AlertDigestScheduleTests {

	private final AlertDigest digest = mock(AlertDigest.class);

	private final LockProvider locks = mock(LockProvider.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withInitializer((context) -> context.getBeanFactory()
			.setConversionService(ApplicationConversionService.getSharedInstance()))
		.withUserConfiguration(SchedulingConfiguration.Scheduling.class, AlertDigestSchedule.class)
		.withBean(AlertDigest.class, () -> this.digest)
		.withBean(LockProvider.class, () -> this.locks)
		.withPropertyValues("tracker.alerts.schedule=-");

	@Test
	void eachRun_takesTheDigestLock() {
		SimpleLock lock = mock(SimpleLock.class);
		given(this.locks.lock(any())).willReturn(Optional.of(lock));
		this.runner.run((context) -> {
			context.getBean(AlertDigestSchedule.class).sendDigests();
			ArgumentCaptor<LockConfiguration> taken = ArgumentCaptor.forClass(LockConfiguration.class);
			verify(this.locks).lock(taken.capture());
			assertThat(taken.getValue().getName()).isEqualTo("alert-digest");
			verify(this.digest).run();
			verify(lock).unlock();
		});
	}

	@Test
	void whileAnotherInstanceHoldsTheLock_theRunIsPassedOver() {
		given(this.locks.lock(any())).willReturn(Optional.empty());
		this.runner.run((context) -> {
			context.getBean(AlertDigestSchedule.class).sendDigests();
			verify(this.digest, never()).run();
		});
	}

}
