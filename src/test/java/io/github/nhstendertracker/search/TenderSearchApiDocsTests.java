package io.github.nhstendertracker.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API description of the tender search lists exactly the parameters the parser reads,
 * each described, with its example and its choices.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class TenderSearchApiDocsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void searchAndSummary_describeEverySearchParameter_inOrder() throws Exception {
		String docs = description();
		List<String> expected = Arrays.stream(SearchParameter.values()).map(SearchParameter::param).toList();
		for (String path : List.of("/api/tenders", "/api/tenders/summary")) {
			assertThat(JsonPath.<List<String>>read(docs, parameters(path) + "[*].name")).as(path)
				.containsExactlyElementsOf(expected);
		}
	}

	@Test
	void eachParameter_hasItsDescriptionExampleAndChoices() throws Exception {
		String docs = description();
		for (SearchParameter parameter : SearchParameter.values()) {
			Map<String, Object> described = parameter(docs, "/api/tenders", parameter);
			assertThat(described).as(parameter.param())
				.containsEntry("in", "query")
				.containsEntry("required", false)
				.containsEntry("description", parameter.description());
			String json = JsonPath.parse(described).jsonString();
			if (!parameter.choices().isEmpty()) {
				String choices = parameter.kind().repeatable() ? "$.schema.items.enum[*]" : "$.schema.enum[*]";
				assertThat(JsonPath.<List<Object>>read(json, choices)).as(parameter.param())
					.map(String::valueOf)
					.containsExactlyElementsOf(parameter.choices());
			}
			if (parameter.kind().repeatable()) {
				assertThat(described).containsEntry("explode", true);
				assertThat(JsonPath.<String>read(json, "$.schema.type")).isEqualTo("array");
			}
			if (parameter.example() != null) {
				assertThat(String.valueOf(described.get("example"))).contains(parameter.example());
			}
		}
	}

	@Test
	void summary_saysWhichParametersDoNotChangeIt() throws Exception {
		String docs = description();
		for (SearchParameter parameter : SearchParameter.values()) {
			String description = (String) parameter(docs, "/api/tenders/summary", parameter).get("description");
			assertThat(description.contains("does not change the answer")).as(parameter.param())
				.isEqualTo(!parameter.filter());
		}
	}

	@Test
	void theMapOfRawParameters_isNotDescribed() throws Exception {
		assertThat(description()).doesNotContain("\"name\":\"params\"");
	}

	private String description() throws Exception {
		return this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String parameters(String path) {
		return "$.paths['" + path + "'].get.parameters";
	}

	private static Map<String, Object> parameter(String docs, String path, SearchParameter parameter) {
		List<Map<String, Object>> found = JsonPath.read(docs,
				parameters(path) + "[?(@.name == '" + parameter.param() + "')]");
		assertThat(found).as(parameter.param()).hasSize(1);
		return found.get(0);
	}

}
