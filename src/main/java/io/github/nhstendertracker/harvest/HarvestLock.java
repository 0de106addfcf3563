package io.github.nhstendertracker.harvest;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The one lock that keeps two harvests from running at once, on this instance or any
 * other sharing the database: ShedLock's row {@value #NAME} in table {@code shedlock}.
 * The schedule takes it through {@code @SchedulerLock}; a harvest started by hand takes
 * it here. Either way the harvest renews it after each page, so a long harvest keeps it
 * while one whose process died lets go within {@code tracker.harvest.lock-at-most-for}.
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
	Optional<Held> tryLock() {
		return this.locks.lock(new LockConfiguration(this.clock.instant(), NAME, this.atMostFor, Duration.ZERO))
			.map((lock) -> new Held(lock, this.atMostFor));
	}

	/** The lock, held by a harvest started by hand. */
	static final class Held {

		private final AtomicReference<SimpleLock> lock;

		private final Duration atMostFor;

		private Held(SimpleLock lock, Duration atMostFor) {
			this.lock = new AtomicReference<>(lock);
			this.atMostFor = atMostFor;
		}

		/**
		 * Holds it for {@code lock-at-most-for} from now.
		 * @throws IllegalStateException if it was lost (it outlived that time)
		 */
		void renew() {
			this.lock.set(this.lock.get()
				.extend(this.atMostFor, Duration.ZERO)
				.orElseThrow(() -> new IllegalStateException("The harvest lost its lock: it was held longer than "
						+ this.atMostFor + " without being renewed")));
		}

		void release() {
			this.lock.get().unlock();
		}

	}

}
