package io.github.nhstendertracker.system;

import java.time.Clock;

import org.webjars.WebJarVersionLocator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GOV.UK Frontend fonts and images at the /assets URLs its CSS expects, and
 * provides the clock that date rules use.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
