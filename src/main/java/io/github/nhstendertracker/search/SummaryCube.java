package io.github.nhstendertracker.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The summary cube (migration V11): tender counts, summed values and events per year,
 * grouped by region, status, service areas and event types. A result filtered only on
 * those is counted and summarised from the cube ({@link SummarySql#ofCube}), exactly and
 * at any size.
 * <p>
 * The cube is used only while it matches the data version, which every write to tenders,
 * events or service areas moves on. When it is out of date, searches summarise the
 * tenders themselves and one rebuild starts in the background.
 */
@Component
public class SummaryCube {

	private static final Logger logger = LoggerFactory.getLogger(SummaryCube.class);

	private final JdbcClient jdbc;

	private final ExecutorService rebuilds = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "summary-cube-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	SummaryCube(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current data version: it changes whenever a search's answer could. */
	long dataVersion() {
		return this.jdbc.sql("select data_version from search_state where id = 1").query(Long.class).single();
	}

	/**
	 * Whether the cube reflects the data as it is now. If not, a rebuild is started
	 * unless one is running.
	 */
	boolean ready() {
		return readyVersion() != null;
	}

	/**
	 * The data version the cube reflects, when that is the data as it is now; else null,
	 * with a rebuild started unless one is running.
	 */
	Long readyVersion() {
		Long version = this.jdbc.sql("""
				select c.built_version from search_state s, tender_cube_state c
				where s.id = 1 and c.id = 1 and s.data_version = c.built_version""")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (version == null) {
			rebuildLater();
		}
		return version;
	}

	/** Starts a rebuild in the background unless one is already running. */
	void rebuildLater() {
		if (this.rebuilding.compareAndSet(false, true)) {
			try {
				this.rebuilds.execute(() -> {
					try {
						rebuild();
					}
					catch (DataAccessException ex) {
						logger.warn("Could not rebuild the summary cube; searches summarise tenders directly", ex);
					}
					finally {
						this.rebuilding.set(false);
					}
				});
			}
			catch (RuntimeException ex) {
				this.rebuilding.set(false);
				throw ex;
			}
		}
	}

	/** Rebuilds the cube now and returns the data version it reflects. */
	long rebuild() {
		long version = this.jdbc.sql("select refresh_tender_cube()").query(Long.class).single();
		logger.info("Rebuilt the summary cube at data version {}", version);
		return version;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfStale() {
		ready();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.rebuilds.shutdownNow();
		this.rebuilds.awaitTermination(5, TimeUnit.SECONDS);
	}

}
