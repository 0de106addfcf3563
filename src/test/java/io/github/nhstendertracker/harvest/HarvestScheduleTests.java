package io.github.nhstendertracker.harvest;

import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
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
		.withUserConfiguration(HarvestSchedule.class)
		.withBean(Harvester.class, () -> this.harvester)
		.withBean(LockProvider.class, () -> this.locks)
		.withPropertyValues("tracker.harvest.schedule=-");

	@Test
	void offByDefault_thereIsNoSchedule() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(HarvestSchedule.class));
	}

	@Test
	void turnedOn_eachRunTakesTheHarvestLock() {
		SimpleLock lock = mock(SimpleLock.class);
		given(this.locks.lock(any())).willReturn(Optional.of(lock));
		this.runner.withPropertyValues("tracker.harvest.enabled=true").run((context) -> {
			context.getBean(HarvestSchedule.class).harvest();
			ArgumentCaptor<LockConfiguration> taken = ArgumentCaptor.forClass(LockConfiguration.class);
			verify(this.locks).lock(taken.capture());
			assertThat(taken.getValue().getName()).isEqualTo(HarvestLock.NAME);
			verify(this.harvester).harvest("schedule");
			verify(lock).unlock();
		});
	}

	@Test
	void whileAnotherHarvestHoldsTheLock_theRunIsPassedOver() {
		given(this.locks.lock(any())).willReturn(Optional.empty());
		this.runner.withPropertyValues("tracker.harvest.enabled=true").run((context) -> {
			context.getBean(HarvestSchedule.class).harvest();
			verify(this.harvester, never()).harvest(any(String.class));
		});
	}

}
