package io.github.nhstendertracker;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The PostgreSQL database that integration tests run against. Every integration test
 * imports it with {@code @Import(TestDatabaseConfiguration.class)}.
 * <p>
 * If {@code TEST_DB_URL} is set, as an environment variable or a system property, the
 * tests use that existing database, logging in with {@code TEST_DB_USER} and
 * {@code TEST_DB_PASSWORD} (both default to {@code tenders}); no container is created and
 * Docker is never probed. {@code scripts/local-db.sh tenders_test} prepares such a
 * database on a machine without Docker. Otherwise a Testcontainers PostgreSQL is started,
 * which needs a running Docker engine.
 * <p>
 * {@code @DataJpaTest} slices also need
 * {@code @AutoConfigureTestDatabase(replace = Replace.NONE)} so that they keep this
 * database instead of looking for an embedded one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static final String URL_PROPERTY = "TEST_DB_URL";

	static final String USER_PROPERTY = "TEST_DB_USER";

	static final String PASSWORD_PROPERTY = "TEST_DB_PASSWORD";

	static final String DEFAULT_USER = "tenders";

	static final String DEFAULT_PASSWORD = "tenders";

	static final String POSTGRES_IMAGE = "postgres:16-alpine";

	@Bean
	@Conditional(ExistingDatabaseCondition.class)
	JdbcConnectionDetails existingTestDatabaseConnectionDetails(Environment environment) {
		String url = environment.getRequiredProperty(URL_PROPERTY).trim();
		String user = environment.getProperty(USER_PROPERTY, DEFAULT_USER);
		String password = environment.getProperty(PASSWORD_PROPERTY, DEFAULT_PASSWORD);
		return new ExistingDatabaseConnectionDetails(url, user, password);
	}

	@Bean
	@ServiceConnection
	@Conditional(ContainerDatabaseCondition.class)
	PostgreSQLContainer postgresContainer() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException("Integration tests need PostgreSQL, but Docker is not available "
					+ "to start a Testcontainers " + POSTGRES_IMAGE + " container. Either start Docker, or set "
					+ URL_PROPERTY + " (with " + USER_PROPERTY + " and " + PASSWORD_PROPERTY + ", both default '"
					+ DEFAULT_USER + "') to an existing PostgreSQL database, for example after "
					+ "'scripts/local-db.sh tenders_test': " + URL_PROPERTY
					+ "=jdbc:postgresql://127.0.0.1:5432/tenders_test");
		}
		return new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
	}

	static boolean isExistingDatabaseConfigured(Environment environment) {
		// The Environment covers both system properties and environment variables.
		return StringUtils.hasText(environment.getProperty(URL_PROPERTY));
	}

	/**
	 * Matches when {@code TEST_DB_URL} names an existing database.
	 */
	static class ExistingDatabaseCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isExistingDatabaseConfigured(context.getEnvironment());
		}

	}

	/**
	 * Matches when {@code TEST_DB_URL} is not set, so a container is needed.
	 */
	static class ContainerDatabaseCondition implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !isExistingDatabaseConfigured(context.getEnvironment());
		}

	}

	/**
	 * {@link JdbcConnectionDetails} for the database named by {@code TEST_DB_URL}.
	 */
	record ExistingDatabaseConnectionDetails(String jdbcUrl, String username,
			String password) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return this.jdbcUrl;
		}

		@Override
		public String getUsername() {
			return this.username;
		}

		@Override
		public String getPassword() {
			return this.password;
		}

		@Override
		public String toString() {
			return "ExistingDatabaseConnectionDetails[jdbcUrl=" + this.jdbcUrl + ", username=" + this.username + "]";
		}

	}

}
