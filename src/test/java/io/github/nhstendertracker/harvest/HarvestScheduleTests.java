package io.github.nhstendertracker.harvest;

import java.time.Duration;
import java.util.List;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The schedule exists only when the harvest is turned on, and each of its runs takes the
 * harvest lock: while another harvest holds it, the run is passed over.
 */
class HarvestScheduleTests {

	private final Harvester harvester = mock(Harvester.class);

	private final LockProvider locks = mock(LockProvider.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		// As in the application: settings such as PT1H are read as durations.
		.withInitializer((context) -> context.getBeanFactory()
			.setConversionService(ApplicationConversionService.getSharedInstance()))
		// The application's scheduling, with its lock on each scheduled run
		.withUserConfiguration(SchedulingConfiguration.Scheduling.class, HarvestSchedule.class)
		.withBean(Harvester.class, () -> this.harvester)
		.withBean(LockProvider.class, () -> this.locks)
		.withPropertyValues("tracker.harvest.schedule=-");

	@Test
	void offByDefault_thereIsNoSchedule() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(HarvestSchedule.class));
	}

	@Test
	void turnedOn_eachRunTakesTheHarvestLock_andRenewsItAfterEachPage() {
		SimpleLock lock = mock(SimpleLock.class);
		SimpleLock renewed = mock(SimpleLock.class);
		given(this.locks.lock(any())).willReturn(Optional.of(lock));
		given(lock.extend(Duration.ofMinutes(20), Duration.ZERO)).willReturn(Optional.of(renewed));
		willAnswer((call) -> {
			call.getArgument(1, Runnable.class).run();
			return List.of();
		}).given(this.harvester).harvest(eq("schedule"), any(Runnable.class));
		this.runner.withPropertyValues("tracker.harvest.enabled=true", "tracker.harvest.lock-at-most-for=PT20M")
			.run((context) -> {
				context.getBean(HarvestSchedule.class).harvest();
				ArgumentCaptor<LockConfiguration> taken = ArgumentCaptor.forClass(LockConfiguration.class);
				verify(this.locks).lock(taken.capture());
				assertThat(taken.getValue().getName()).isEqualTo(HarvestLock.NAME);
				assertThat(taken.getValue().getLockAtMostFor()).isEqualTo(Duration.ofMinutes(20));
				verify(this.harvester).harvest(eq("schedule"), any(Runnable.class));
				verify(lock).extend(Duration.ofMinutes(20), Duration.ZERO);
				verify(renewed).unlock();
			});
	}

	@Test
	void whileAnotherHarvestHoldsTheLock_theRunIsPassedOver() {
		given(this.locks.lock(any())).willReturn(Optional.empty());
		this.runner.withPropertyValues("tracker.harvest.enabled=true").run((context) -> {
			context.getBean(HarvestSchedule.class).harvest();
			verify(this.harvester, never()).harvest(any(String.class), any(Runnable.class));
		});
	}

}
