package io.github.nhstendertracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules for templates that Thymeleaf does not enforce itself.
 */
class TemplateRulesTests {

	/** A start tag, with attribute values that may hold {@code >}. */
	private static final Pattern START_TAG = Pattern.compile("<[A-Za-z][^\"'<>]*(?:(?:\"[^\"]*\"|'[^']*')[^\"'<>]*)*>");

	private static final Pattern REPLACE = Pattern.compile("\\sth:replace=");

	private static final Pattern CONDITION_OR_LOOP = Pattern.compile("\\sth:(if|unless|each)=");

	/**
	 * Templates escape everything they write: text that should look different, such as
	 * the words a search matched, comes as data and gets its markup in the template.
	 */
	@Test
	void noTemplateWritesUnescapedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Resource template : templates()) {
			if (template.getContentAsString(StandardCharsets.UTF_8).contains("th:utext")) {
				found.add(template.getFilename());
			}
		}
		assertThat(found).isEmpty();
	}

	/**
	 * th:replace runs before th:if, th:unless and th:each on the same element, so they
	 * would be ignored: the fragment would always show, once. Put the condition or loop
	 * on a wrapping th:block instead.
	 */
	@Test
	void noElementHasThReplaceTogetherWithAConditionOrLoop() throws IOException {
		List<String> found = new ArrayList<>();
		for (Resource template : templates()) {
			String name = template.getURI().toString().replaceFirst(".*/templates/", "");
			String text = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher tag = START_TAG.matcher(text);
			while (tag.find()) {
				if (REPLACE.matcher(tag.group()).find() && CONDITION_OR_LOOP.matcher(tag.group()).find()) {
					found.add(name + ": " + tag.group());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static Resource[] templates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:/templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(20);
		return templates;
	}

}
