package io.github.nhstendertracker;

import io.github.nhstendertracker.event.StatusClock;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Settles every tender's status to the test context's own day before each test. Test
 * contexts with other clocks settle the shared database to their day when they start, so
 * a test that reads a status the clock decides uses this first.
 */
public class SettledStatuses implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(StatusClock.class).settleAll();
	}

}
