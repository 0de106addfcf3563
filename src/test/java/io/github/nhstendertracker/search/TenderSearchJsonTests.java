package io.github.nhstendertracker.search;

import java.util.List;

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
 * The search API's items are plain records against the real database: the words a search
 * matched come as data, never as HTML, so a program reading the JSON gets the text as
 * written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class TenderSearchJsonTests {

	/**
	 * Keywords that match the seeded tenders' titles and descriptions, among seeded
	 * commissioners only: other tests may commit tenders whose text really holds a
	 * {@code <}.
	 */
	private static final String SEEDED_MATCHES = "/api/tenders?q=community&commissioner=1&commissioner=6&commissioner=8";

	@Autowired
	private MockMvc mvc;

	@Test
	void searchItems_holdNoHtml_andGiveTheMatchedWordsAsHighlightedParts() throws Exception {
		String json = this.mvc.perform(get(SEEDED_MATCHES))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> values = JsonPath.read(json, "$.items..*");
		List<String> texts = values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		assertThat(texts).hasSizeGreaterThan(20);
		assertThat(texts).allSatisfy((text) -> assertThat(text).doesNotContain("<").doesNotContain("&#"));
		List<String> highlighted = JsonPath.read(json, "$.items[*]['title','snippet'][?(@.highlighted == true)].text");
		assertThat(highlighted).isNotEmpty().allSatisfy((text) -> assertThat(text).isEqualToIgnoringCase("community"));
		List<String> titles = JsonPath.read(json, "$.items[*].tender.title");
		assertThat(titles).contains("Older people's services lead provider (Cambridgeshire and Peterborough)");
	}

}
