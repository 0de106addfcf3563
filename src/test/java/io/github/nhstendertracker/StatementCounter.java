package io.github.nhstendertracker;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application prepares or creates, whether it comes from
 * Hibernate or from JdbcClient, by wrapping the DataSource.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong count = new AtomicLong();

	public void reset() {
		this.count.set(0);
	}

	public long count() {
		return this.count.get();
	}

	@Bean
	static BeanPostProcessor countingDataSource(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return counter.wrap(dataSource);
				}
				return bean;
			}
		};
	}

	DataSource wrap(DataSource dataSource) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				forwarding(dataSource,
						(method, result) -> (result instanceof Connection connection) ? Proxy.newProxyInstance(
								getClass().getClassLoader(), new Class<?>[] { Connection.class },
								forwarding(connection, (inner, statement) -> {
									if (STATEMENT_METHODS.contains(inner.getName())) {
										this.count.incrementAndGet();
									}
									return statement;
								})) : result));
	}

	private static InvocationHandler forwarding(Object target, ResultMapper mapper) {
		return (proxy, method, args) -> {
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				return method.invoke(target, args);
			}
			try {
				return mapper.map(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

	@FunctionalInterface
	private interface ResultMapper {

		Object map(Method method, Object result);

	}

}
