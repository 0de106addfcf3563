package io.github.nhstendertracker.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.nhstendertracker.ocds.OcdsFiles;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The one engine behind every way in (the command line, an upload, the harvest): it
 * starts a run of the import job on a set of files, or resumes a run of the same files
 * that stopped before the end, and says how it went.
 */
@Service
public class Imports implements DisposableBean {

	private final JobOperator jobs;

	private final JobRepository jobRepository;

	private final Job job;

	private final ImportRuns runs;

	private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "import");
		thread.setDaemon(true);
		return thread;
	});

	Imports(JobOperator jobs, JobRepository jobRepository, Job ocdsImportJob, ImportRuns runs) {
		this.jobs = jobs;
		this.jobRepository = jobRepository;
		this.job = ocdsImportJob;
		this.runs = runs;
	}

	/**
	 * Imports files and folders now, on this thread.
	 * @param paths files, or folders searched for OCDS files
	 * @return the run, as it ended
	 * @throws IllegalArgumentException if a path does not exist
	 */
	public ImportRuns.Run importNow(List<Path> paths, ImportRuns.Kind kind, String label, String startedBy) {
		return importNow(paths, kind, label, startedBy, false);
	}

	/**
	 * Imports files and folders now, on this thread, keeping only the releases of health
	 * buyers when asked (as {@link HealthBuyerSettings} describes them, the standard ones
	 * by default); the others are counted as left out.
	 * @param paths files, or folders searched for OCDS files
	 * @param healthBuyersOnly whether to keep only releases whose buyer is a health body
	 * @return the run, as it ended
	 * @throws IllegalArgumentException if a path does not exist
	 */
	public ImportRuns.Run importNow(List<Path> paths, ImportRuns.Kind kind, String label, String startedBy,
			boolean healthBuyersOnly) {
		long run = prepare(paths, kind, label, startedBy);
		execute(run, healthBuyersOnly);
		return this.runs.find(run).orElseThrow();
	}

	/**
	 * Starts importing in the background and returns the run's number at once; runs go
	 * one after another.
	 */
	public long importInBackground(List<Path> paths, ImportRuns.Kind kind, String label, String startedBy) {
		long run = prepare(paths, kind, label, startedBy);
		this.runningHere.add(run);
		this.background.submit(() -> execute(run, false));
		return run;
	}

	private long prepare(List<Path> paths, ImportRuns.Kind kind, String label, String startedBy) {
		List<Path> files = OcdsFiles.find(paths);
		String fingerprint = fingerprint(files);
		Optional<ImportRuns.Run> unfinished = this.runs.unfinished(fingerprint)
			.filter((run) -> !this.runningHere.contains(run.id()));
		if (unfinished.isPresent()) {
			return unfinished.get().id();
		}
		long total = files.stream().mapToLong((file) -> file.toFile().length()).sum();
		return this.runs.start(kind, label, fingerprint, files, startedBy, total);
	}

	private void execute(long run, boolean healthBuyersOnly) {
		this.runningHere.add(run);
		try {
			JobExecution execution = launch(run, healthBuyersOnly);
			boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
			String message = completed ? null
					: execution.getAllFailureExceptions()
						.stream()
						.findFirst()
						.map(ImportFailures::explain)
						.orElse("The import stopped before the end");
			this.runs.finish(run, completed, message);
		}
		catch (Exception ex) {
			this.runs.finish(run, false, ImportFailures.explain(ex));
		}
		finally {
			this.runningHere.remove(run);
		}
	}

	private JobExecution launch(long run, boolean healthBuyersOnly) throws Exception {
		Long previous = this.runs.jobExecutionId(run);
		JobExecution execution;
		if (previous != null) {
			JobExecution last = this.jobRepository.getJobExecution(previous);
			if (last.getStatus().isRunning()) {
				// It was running when its process stopped: mark it so it can start again.
				last = this.jobs.recover(last);
			}
			execution = this.jobs.restart(last);
		}
		else {
			JobParameters parameters = new JobParametersBuilder().addLong(ImportJobConfiguration.RUN, run)
				.addString(ImportJobConfiguration.BUYERS,
						healthBuyersOnly ? ImportJobConfiguration.HEALTH_BUYERS : ImportJobConfiguration.ALL_BUYERS)
				.toJobParameters();
			execution = this.jobs.start(this.job, parameters);
		}
		this.runs.attach(run, execution.getId());
		return execution;
	}

	/** What identifies a set of files: each one's path, size and time of change. */
	static String fingerprint(List<Path> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				String line = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file)
						+ "\n";
				digest.update(line.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
