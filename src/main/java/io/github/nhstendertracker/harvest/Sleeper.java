package io.github.nhstendertracker.harvest;

import java.time.Duration;

/**
 * Waits between two attempts to read a page. The application's waits with
 * {@link Thread#sleep(long)}; tests give one that only records what it was asked.
 */
@FunctionalInterface
interface Sleeper {

	void sleep(Duration duration) throws InterruptedException;

}
