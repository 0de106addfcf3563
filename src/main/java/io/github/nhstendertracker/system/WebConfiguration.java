package io.github.nhstendertracker.system;

import java.time.Clock;
import java.util.Map;

import org.webjars.WebJarVersionLocator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Serves the GOV.UK Frontend fonts and images at the /assets URLs its CSS expects,
 * screens request parameters for control characters, keeps direct requests for the error
 * page from looking like server errors, and provides the clock that date rules use.
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

	/**
	 * Spring Boot registers this filter whenever the resource chain is on (as it is with
	 * the WebJars locator), and it makes every Thymeleaf link probe the classpath for a
	 * versioned static file. We use no versioned asset URLs, so it only cost time: about
	 * two thirds of a page's render.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Refuses control characters in GET and HEAD parameters before anything reads them:
	 * on every request, right after the character-encoding filter and before Spring
	 * Security.
	 */
	/**
	 * The site's error pages by status, as Spring Boot finds them, with one addition: an
	 * upload refused while the request was read (413) says how large an upload may be and
	 * what to do instead.
	 */
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	ErrorViewResolver errorViews(ApplicationContext context, WebProperties web, UploadLimit uploads) {
		DefaultErrorViewResolver standard = new DefaultErrorViewResolver(context, web.getResources());
		return (request, status, model) -> (status == HttpStatus.CONTENT_TOO_LARGE)
				? new ModelAndView("error/413", Map.of("message", uploads.advice()), status)
				: standard.resolveErrorView(request, status, model);
	}

	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter(JsonMapper json) {
		FilterRegistrationBean<ControlCharacterFilter> registration = new FilterRegistrationBean<>(
				new ControlCharacterFilter(json));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Sends a request made straight to the error path to the 404 page, instead of the
	 * error controller's 500.
	 */
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	FilterRegistrationBean<ErrorPathFilter> errorPathFilter(WebProperties web) {
		FilterRegistrationBean<ErrorPathFilter> registration = new FilterRegistrationBean<>(
				new ErrorPathFilter(web.getError().getPath()));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
