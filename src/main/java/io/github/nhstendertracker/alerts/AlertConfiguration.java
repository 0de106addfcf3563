package io.github.nhstendertracker.alerts;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Alert settings, and the plain-text parts of alert e-mails: templates named
 * {@code alerts/mail/*-text}, read as text (nothing escaped as HTML) from {@code .txt}
 * files beside the HTML ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertSettings.class)
class AlertConfiguration {

	@Bean
	SpringResourceTemplateResolver plainTextMailTemplates(ApplicationContext context) {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setApplicationContext(context);
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setResolvablePatterns(Set.of("alerts/mail/*-text"));
		resolver.setOrder(0);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
