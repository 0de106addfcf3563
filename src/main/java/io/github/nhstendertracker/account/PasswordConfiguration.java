package io.github.nhstendertracker.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: bcrypt for new hashes, each tagged with its algorithm so the
 * encoder can change later without breaking old ones. Outside the web configuration, as
 * the first admin is created even when the app runs without a web server (to migrate a
 * database, for example).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
