package io.github.nhstendertracker.harvest;

import java.nio.file.Path;
import java.time.Clock;

import io.github.nhstendertracker.imports.Imports;
import net.javacrumbs.shedlock.core.LockProvider;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The harvest's parts: the portal client (Spring's {@link RestClient} over the JDK's HTTP
 * client), the harvest lock (on the lock provider of {@code SchedulingConfiguration}),
 * the harvester and what the admin pages use. The schedule is apart
 * ({@link HarvestSchedule}), there only when it is on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HarvestProperties.class)
class HarvestConfiguration {

	@Bean
	Sleeper harvestSleeper() {
		return (duration) -> Thread.sleep(duration.toMillis());
	}

	@Bean
	PortalClient portalClient(HarvestProperties properties, Sleeper harvestSleeper, Clock clock) {
		return new PortalClient(PortalClient.restClient(properties.timeout()), harvestSleeper, clock,
				properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff());
	}

	@Bean
	HarvestLock harvestLock(LockProvider lockProvider, Clock clock, HarvestProperties properties) {
		return new HarvestLock(lockProvider, clock, properties.lockAtMostFor());
	}

	@Bean
	Harvester harvester(HarvestProperties properties, PortalClient portalClient, HarvestStates states, Imports imports,
			Clock clock) {
		Path downloads = StringUtils.hasText(properties.downloadDir()) ? Path.of(properties.downloadDir())
				: Path.of(System.getProperty("java.io.tmpdir"), "nhs-tender-tracker", "harvest");
		return new Harvester(properties, portalClient, states, imports, clock, downloads);
	}

	@Bean
	Harvests harvests(HarvestProperties properties, Harvester harvester, HarvestStates states,
			HarvestLock harvestLock) {
		return new Harvests(properties, harvester, states, harvestLock);
	}

}
