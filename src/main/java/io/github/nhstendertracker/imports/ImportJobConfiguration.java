package io.github.nhstendertracker.imports;

import io.github.nhstendertracker.ocds.HealthBuyers;
import io.github.nhstendertracker.ocds.ReadRelease;
import io.github.nhstendertracker.ocds.ReleaseValidator;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job: one chunk-oriented step that reads releases from a run's files, skips
 * those already recorded, maps and writes the rest through the one write path, a hundred
 * to a transaction. A release the rules refuse is skipped and noted; the database going
 * away fails the run, which then resumes where it stopped. Spring Batch keeps the job's
 * state in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthBuyerSettings.class)
class ImportJobConfiguration {

	static final String JOB = "ocdsImport";

	static final String RUN = "run";

	/** Which releases to keep: those of every buyer, or only of health buyers. */
	static final String BUYERS = "buyers";

	static final String ALL_BUYERS = "all";

	static final String HEALTH_BUYERS = "health";

	private static final int CHUNK = 100;

	@Bean
	Job ocdsImportJob(JobRepository jobRepository, Step ocdsImportStep) {
		return new JobBuilder(JOB, jobRepository).start(ocdsImportStep).build();
	}

	@Bean
	Step ocdsImportStep(JobRepository jobRepository, PlatformTransactionManager transactions,
			OcdsFilesReader ocdsFilesReader, ImportSteps importSteps) {
		return new StepBuilder("releases", jobRepository).<ReadRelease, ImportItem>chunk(CHUNK)
			.transactionManager(transactions)
			.reader(ocdsFilesReader)
			.processor(importSteps)
			.writer(importSteps)
			.faultTolerant()
			.skip(NoticeMapper.RefusedRelease.class, DataIntegrityViolationException.class)
			.skipLimit(Long.MAX_VALUE)
			.skipListener(importSteps)
			.listener(new StepExecutionListener() {
				@Override
				public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
					importSteps.flush(stepExecution.getStatus() == BatchStatus.COMPLETED);
					return stepExecution.getExitStatus();
				}
			})
			.build();
	}

	@Bean
	@StepScope
	ImportTally importTally() {
		return new ImportTally();
	}

	@Bean
	@StepScope
	KnownReleases knownReleases(NoticeWriter writer) {
		return new KnownReleases(writer);
	}

	@Bean
	@StepScope
	OcdsFilesReader ocdsFilesReader(@Value("#{jobParameters['run']}") Long run, ImportRuns runs,
			ImportTally importTally, KnownReleases knownReleases) {
		return new OcdsFilesReader(runs.files(run), run, runs, importTally, knownReleases);
	}

	@Bean
	HealthBuyers healthBuyers(HealthBuyerSettings settings) {
		return settings.filter();
	}

	@Bean
	@StepScope
	ImportSteps importSteps(@Value("#{jobParameters['run']}") Long run,
			@Value("#{jobParameters['buyers']}") String buyers, ImportRuns runs, ImportTally importTally,
			KnownReleases knownReleases, NoticeMapper mapper, NoticeWriter writer, PossibleMatches matches,
			HealthBuyers healthBuyers) {
		HealthBuyers keep = HEALTH_BUYERS.equals(buyers) ? healthBuyers : null;
		return new ImportSteps(run, runs, importTally, knownReleases, mapper, writer, ReleaseValidator.ocds115(),
				matches, keep);
	}

}
