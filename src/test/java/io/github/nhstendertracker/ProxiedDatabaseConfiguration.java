package io.github.nhstendertracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For tests that take the database away: imported after
 * {@link TestDatabaseConfiguration}, it points the application's connection details at a
 * {@link TcpProxy} in front of that database, which a test can cut and restore through
 * {@link #proxy()}. Only the test context that imports it is affected.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProxiedDatabaseConfiguration {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?(/.*)");

	private static volatile TcpProxy proxy;

	/** The proxy between the application and its database. */
	public static TcpProxy proxy() {
		return proxy;
	}

	@Bean
	static BeanPostProcessor connectThroughProxy() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcConnectionDetails details) || bean instanceof Proxied) {
					return bean;
				}
				Matcher url = URL.matcher(details.getJdbcUrl());
				if (!url.matches()) {
					throw new IllegalStateException("Cannot put a proxy in front of " + details.getJdbcUrl());
				}
				try {
					proxy = new TcpProxy(url.group(1), (url.group(2) != null) ? Integer.parseInt(url.group(2)) : 5432);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return new Proxied("jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3), details.getUsername(),
						details.getPassword());
			}
		};
	}

	/** Connection details that lead through the proxy. */
	record Proxied(String getJdbcUrl, String getUsername, String getPassword) implements JdbcConnectionDetails {
	}

}
