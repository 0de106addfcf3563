package io.github.nhstendertracker.harvest;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The one lock that keeps two harvests from running at once, on this instance or any
 * other sharing the database: ShedLock's row {@value #NAME} in table {@code shedlock}.
 * The schedule takes it through {@code @SchedulerLock}; a harvest started by hand takes
 * it here.
 */
class HarvestLock {

	static final String NAME = "harvest";

	private final LockProvider locks;

	private final Clock clock;

	private final Duration atMostFor;

	HarvestLock(LockProvider locks, Clock clock, Duration atMostFor) {
		this.locks = locks;
		this.clock = clock;
		this.atMostFor = atMostFor;
	}

	/** The lock if no harvest holds it, else nothing. */
	Optional<SimpleLock> tryLock() {
		return this.locks.lock(new LockConfiguration(this.clock.instant(), NAME, this.atMostFor, Duration.ZERO));
	}

}
