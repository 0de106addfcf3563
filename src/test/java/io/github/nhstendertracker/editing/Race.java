package io.github.nhstendertracker.editing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the same kind of save from many threads at once, each signed in as an admin, all
 * let go together, and gathers how each ended: an outcome, or the exception it threw.
 */
final class Race {

	private Race() {
	}

	/** How the saves ended. */
	record Results<T>(List<T> outcomes, List<Throwable> failures) {

		long count(java.util.function.Predicate<T> which) {
			return this.outcomes.stream().filter(which).count();
		}

	}

	static <T> Results<T> run(int runners, IntFunction<T> save) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(runners);
		CountDownLatch ready = new CountDownLatch(runners);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < runners; i++) {
			int runner = i;
			futures.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("racer" + runner, "n/a",
							AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR")));
				try {
					ready.countDown();
					go.await();
					return save.apply(runner);
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		ready.await(30, TimeUnit.SECONDS);
		go.countDown();
		List<T> outcomes = Collections.synchronizedList(new ArrayList<>());
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		for (Future<T> future : futures) {
			try {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			catch (Exception ex) {
				failures.add((ex.getCause() != null) ? ex.getCause() : ex);
			}
		}
		pool.shutdownNow();
		return new Results<>(outcomes, failures);
	}

}
