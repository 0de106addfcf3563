package io.github.nhstendertracker.search;

import java.util.Collections;
import java.util.stream.IntStream;

import io.github.nhstendertracker.search.TenderQuery.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of search parameters is the parser's own: the parser reads every parameter on
 * it, accepts each example and each listed choice, and refuses what the list does not
 * offer. The API description is built from the same list.
 */
class SearchParameterTests {

	@ParameterizedTest
	@EnumSource(SearchParameter.class)
	void everyParameter_isReadByTheParser(SearchParameter parameter) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		if (parameter.kind().repeatable()) {
			IntStream.rangeClosed(0, TenderQuery.MAX_VALUES).forEach((n) -> params.add(parameter.param(), "x" + n));
			assertThat(TenderQuery.parse(params).errors()).containsEntry(parameter.param(),
					"Choose at most 50 values for ‘" + parameter.param() + "’");
		}
		else {
			params.addAll(parameter.param(), Collections.nCopies(2, "x"));
			assertThat(TenderQuery.parse(params).errors()).containsEntry(parameter.param(),
					"Give ‘" + parameter.param() + "’ only once");
		}
	}

	@ParameterizedTest
	@EnumSource(SearchParameter.class)
	void everyExample_isAccepted(SearchParameter parameter) {
		if (parameter.kind() == SearchParameter.Kind.CURSOR) {
			assertThat(parameter.example()).as("a cursor cannot be written by hand").isNull();
			return;
		}
		Parsed parsed = parse(parameter, parameter.example());
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.query()).isNotEqualTo(TenderQuery.all());
	}

	@ParameterizedTest
	@EnumSource(SearchParameter.class)
	void everyChoice_isAccepted_andNothingElse(SearchParameter parameter) {
		for (String choice : parameter.choices()) {
			assertThat(parse(parameter, choice).errors()).as(choice).isEmpty();
		}
		if (!parameter.choices().isEmpty()) {
			assertThat(parse(parameter, "none-of-these").errors()).containsKey(parameter.param());
		}
	}

	@Test
	void parametersAreNamedOnce_andFiltersComeBeforeOrderAndPaging() {
		assertThat(SearchParameter.values()).extracting(SearchParameter::param).doesNotHaveDuplicates();
		assertThat(SearchParameter.values()).filteredOn(SearchParameter::filter)
			.extracting(SearchParameter::param)
			.containsExactlyElementsOf(TenderQuery.parse(allFilters()).query().filterParams().keySet());
	}

	@Test
	void choicesText_readsAsPeopleWriteIt() {
		assertThat(SearchParameter.SIZE.choicesText()).isEqualTo("25, 50 or 100");
		assertThat(SearchParameter.DIR.choicesText()).isEqualTo("asc or desc");
	}

	/**
	 * The parameter alone, with keywords too where it needs them (sorting by relevance).
	 */
	private static Parsed parse(SearchParameter parameter, String value) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add(parameter.param(), value);
		if (parameter == SearchParameter.SORT) {
			params.add(SearchParameter.Q.param(), "care");
		}
		return TenderQuery.parse(params);
	}

	private static MultiValueMap<String, String> allFilters() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (SearchParameter parameter : SearchParameter.values()) {
			if (parameter.filter()) {
				params.add(parameter.param(), parameter.example());
			}
		}
		params.set(SearchParameter.VALUE_BASIS.param(), "annual");
		return params;
	}

}
