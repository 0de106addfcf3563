package io.github.nhstendertracker.admin;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL byte or other hidden control character typed or pasted into any form is a field
 * error on that form, never a database error page, and nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "admin1", roles = "ADMIN")
class ControlCharacterFormsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/admin/commissioners/new | name        | type=CCG                             | commissioner
			/admin/commissioners/new | notes       | type=CCG&name=Control Test CCG        | commissioner
			/admin/bidders/new       | name        | type=PRIVATE_COMPANY                 | bidder
			/admin/bidders/new       | description | type=PRIVATE_COMPANY&name=Control Ltd | bidder
			/admin/sources/new       | title       | publication=HSJ&summary=Says so&publishedYear=2017 | source
			/admin/tenders/new       | title       | description=Words&commissionerIds=8  | tender
			/admin/tenders/8/bids/new | note       | bidderId=2&role=BIDDER               | bid
			/admin/tenders/8/events/new | description | type=REVIEW&timing=EXPECTED&dateYear=2030 | tender_event
			""")
	void aControlCharacterInAnyField_isAFieldError_andNothingIsSaved(String path, String field, String others,
			String table) throws Exception {
		long before = rows(table);
		var request = post(path).with(csrf()).param(field, "Before\u0000after");
		for (String pair : others.split("&")) {
			String[] parts = pair.split("=", 2);
			request.param(parts[0], parts[1]);
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must not contain hidden control characters")));
		assertThat(rows(table)).isEqualTo(before);
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
