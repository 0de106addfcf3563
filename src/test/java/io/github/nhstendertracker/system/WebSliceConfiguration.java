package io.github.nhstendertracker.system;

import io.github.nhstendertracker.account.SignInAttempts;
import io.github.nhstendertracker.account.SignInHandlers;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.money.MoneyFormat;
import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs beyond the controllers and advice it picks up by
 * itself: the real security rules, sign-in handlers and headers, and the {@code @money},
 * {@code @dates} and {@code @links} beans that templates call. Controller tests in every
 * package import it with {@code @Import(WebSliceConfiguration.class)};
 * {@link SecurityConfiguration} is package-private, so it can only be imported from here.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SignInHandlers.class, MoneyFormat.class, PartialDates.class, Links.class,
		UploadLimit.class })
public class WebSliceConfiguration {

	/** Sign-in attempts are never made in a slice; the handlers still need the bean. */
	@Bean
	SignInAttempts signInAttempts() {
		return Mockito.mock(SignInAttempts.class);
	}

}
