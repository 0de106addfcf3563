package io.github.nhstendertracker.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.common.ListRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API description and its page, through the real filter chain as someone who has not
 * signed in: every {@code /api} operation described, with its parameters, errors and an
 * example, and nothing else; the page loads under the site's security headers, and the
 * footer of every page links to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ApiDocsTests {

	private static final String FOOTER_LINK = "<a class=\"govuk-footer__link\" href=\"/api-docs\">API documentation</a>";

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void description_isPublic_andListsEveryApiPath_andNoOther() throws Exception {
		String docs = description();
		Set<String> described = JsonPath.<Map<String, Object>>read(docs, "$.paths").keySet();
		Set<String> mapped = mappedPaths();
		assertThat(mapped).as("the application has admin pages to leave out").anyMatch((p) -> p.startsWith("/admin"));
		assertThat(described).containsExactlyInAnyOrderElementsOf(
				mapped.stream().filter((path) -> path.startsWith("/api/")).collect(Collectors.toSet()));
		assertThat(described).hasSizeGreaterThanOrEqualTo(11).allMatch((path) -> path.startsWith("/api/"));
		assertThat(docs).doesNotContain("/admin").doesNotContain("/account").doesNotContain("/sign-in");
	}

	@Test
	void description_carriesTheApiInfo() throws Exception {
		String docs = description();
		assertThat(JsonPath.<String>read(docs, "$.info.title")).isEqualTo(ApiDocsConfiguration.TITLE);
		assertThat(JsonPath.<String>read(docs, "$.info.version")).isEqualTo(ApiDocsConfiguration.VERSION);
		assertThat(JsonPath.<String>read(docs, "$.info.description")).contains("problem details");
		assertThat(JsonPath.<List<String>>read(docs, "$.tags[*].name")).containsExactly("Tenders", "Commissioners",
				"Bidders", "Sources");
	}

	@Test
	void everyOperation_hasASummaryDescriptionDescribedParametersErrorsAndAnExample() throws Exception {
		String docs = description();
		List<String> tags = JsonPath.read(docs, "$.tags[*].name");
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(docs, "$.paths");
		List<String> problems = new ArrayList<>();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			String at = method.toUpperCase() + " " + path;
			String json = JsonPath.parse(operation).jsonString();
			if (!hasText(json, "$.summary") || !hasText(json, "$.description") || !hasText(json, "$.operationId")) {
				problems.add(at + ": no summary, description or operationId");
			}
			List<String> operationTags = JsonPath.read(json, "$.tags[*]");
			if (operationTags.isEmpty() || !tags.containsAll(operationTags)) {
				problems.add(at + ": not under a described tag");
			}
			List<Map<String, Object>> parameters = JsonPath.read(json, "$.parameters[*]");
			parameters.stream()
				.filter((parameter) -> !(parameter.get("description") instanceof String text) || text.isBlank())
				.forEach((parameter) -> problems.add(at + ": parameter " + parameter.get("name") + " undescribed"));
			Map<String, Map<String, Object>> responses = JsonPath.read(json, "$.responses");
			if (JsonPath.<List<Object>>read(json, "$.responses.200.content.*.example").isEmpty()) {
				problems.add(at + ": no example answer");
			}
			if (!responses.containsKey("400") || !String.valueOf(responses.get("400").get("$ref")).contains("/Bad")) {
				problems.add(at + ": no 400 problem");
			}
			Map<String, Object> notFound = responses.getOrDefault("404", Map.of());
			if (path.contains("{id}") && !"#/components/responses/NotFound".equals(notFound.get("$ref"))) {
				problems.add(at + ": no 404 problem");
			}
			if (!responses.containsKey("503")) {
				problems.add(at + ": no 503 problem");
			}
		}));
		assertThat(problems).isEmpty();
	}

	@Test
	void errorResponses_describeTheProblemBody_withExamples() throws Exception {
		String docs = description();
		for (String name : List.of(ApiProblems.BAD_REQUEST, ApiProblems.BAD_SEARCH, ApiProblems.NOT_FOUND,
				ApiProblems.UNAVAILABLE)) {
			String media = "$.components.responses." + name + ".content['application/problem+json']";
			assertThat(JsonPath.<String>read(docs, media + ".schema.$ref")).isEqualTo("#/components/schemas/Problem");
			assertThat(JsonPath.<Map<String, Object>>read(docs, media + ".examples.problem.value"))
				.containsKeys("title", "status", "detail", "instance");
		}
		assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas.Problem.properties"))
			.containsKeys("title", "status", "detail", "instance", "errors");
		assertThat(JsonPath.<Map<String, Object>>read(docs,
				"$.components.responses.BadSearch.content['application/problem+json'].examples.problem.value.errors"))
			.containsKeys("region", "size");
	}

	@Test
	void listSizes_areTheOnesTheListsAccept() throws Exception {
		String docs = description();
		for (String path : List.of("/api/commissioners", "/api/bidders", "/api/sources")) {
			List<Integer> sizes = JsonPath.read(docs,
					"$.paths['" + path + "'].get.parameters[?(@.name == 'size')].schema.enum[*]");
			assertThat(new TreeSet<>(sizes)).as(path).containsExactlyElementsOf(new TreeSet<>(ListRequest.SIZES));
		}
	}

	@Test
	void everyExampleFile_isTheExampleOfAnOperation() throws Exception {
		List<String> operations = JsonPath.read(description(), "$.paths.*.*.operationId");
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath:/" + ApiExamples.FOLDER + "*.json");
		assertThat(Arrays.stream(files).map(Resource::getFilename).map((name) -> name.replace(".json", "")))
			.containsExactlyInAnyOrderElementsOf(operations);
	}

	/**
	 * Each example has the fields of a real answer from the seeded data, so examples do
	 * not go stale when an answer gains, loses or renames a field.
	 */
	@Test
	void everyExample_hasTheFieldsOfARealAnswer() throws Exception {
		String docs = description();
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		for (String path : paths.keySet()) {
			String operation = "$.paths['" + path + "'].get";
			String url = path.replace("{id}", exampleOf(docs, operation, "id"));
			if (path.endsWith("/suggest")) {
				url += "?q=" + exampleOf(docs, operation, "q");
			}
			else if (path.equals("/api/tenders")) {
				url += "?q=community";
			}
			Object example = JsonPath.read(docs, operation + ".responses.200.content['application/json'].example");
			String real = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
			assertThat(fields(JsonPath.parse(example).jsonString())).as(url).isEqualTo(fields(real));
		}
	}

	@Test
	void swaggerUi_loadsForSomeoneNotSignedIn_underTheSitesSecurityHeaders() throws Exception {
		MockHttpServletResponse entry = this.mvc.perform(get("/api-docs")).andReturn().getResponse();
		assertThat(entry.getStatus()).isEqualTo(302);
		assertThat(entry.getRedirectedUrl()).isEqualTo("/swagger-ui/index.html");
		MockHttpServletResponse page = this.mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentType()).startsWith("text/html");
		assertThat(page.getContentAsString()).contains("<div id=\"swagger-ui\"></div>")
			.contains("swagger-ui-bundle.js");
		assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		for (String asset : List.of("/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-ui.css",
				"/swagger-ui/swagger-initializer.js")) {
			assertThat(this.mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
		}
		String config = this.mvc.perform(get("/v3/api-docs/swagger-config"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(config, "$.url")).isEqualTo("/v3/api-docs");
		assertThat(JsonPath.<String>read(config, "$.layout")).isEqualTo("BaseLayout");
	}

	@Test
	void footer_linksToTheApiDocumentation_onEveryKindOfPage() throws Exception {
		for (String path : List.of("/", "/tenders", "/tenders/8", "/commissioners", "/sources/3", "/sign-in")) {
			String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(path).contains(FOOTER_LINK);
		}
	}

	private String description() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		return response.getContentAsString();
	}

	/** Every path pattern the application maps, as the description writes them. */
	private Set<String> mappedPaths() {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((info) -> info.getPatternValues().stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String exampleOf(String docs, String operation, String parameter) {
		List<Object> examples = JsonPath.read(docs,
				operation + ".parameters[?(@.name == '" + parameter + "')].example");
		return examples.isEmpty() ? "" : String.valueOf(examples.get(0));
	}

	/**
	 * The field names of an answer, and of its first item where it is a list or has
	 * items.
	 */
	private static Set<String> fields(String json) {
		Object root = JsonPath.read(json, "$");
		Object first = (root instanceof List<?> list) ? list.get(0)
				: (root instanceof Map<?, ?> map && map.get("items") instanceof List<?> items) ? items.get(0) : null;
		Set<String> fields = new TreeSet<>();
		if (root instanceof Map<?, ?> map) {
			map.keySet().forEach((key) -> fields.add(String.valueOf(key)));
		}
		if (first instanceof Map<?, ?> item) {
			item.keySet().forEach((key) -> fields.add("item." + key));
		}
		return fields;
	}

	private static boolean hasText(String json, String path) {
		Object value = JsonPath.read(json, path);
		return value instanceof String text && !text.isBlank();
	}

}
