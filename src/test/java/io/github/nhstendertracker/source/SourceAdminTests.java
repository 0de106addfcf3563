package io.github.nhstendertracker.source;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Adding, editing, archiving and restoring sources through the admin pages, against the
 * real database. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class SourceAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@ParameterizedTest
	@CsvSource({ "9,6,2017,2017-06-09,DAY", ",6,2017,2017-06-01,MONTH", ",,2017,2017-01-01,YEAR",
			"29,2,2016,2016-02-29,DAY" })
	void create_storesThePublishedDateAtThePrecisionGiven(String day, String month, String year, String stored,
			String precision) throws Exception {
		String title = "Test article " + this.unique;
		create(title, day, month, year, "https://example.org/" + this.unique)
			.andExpect(redirectedUrlPattern("/sources/*"));
		assertThat(this.jdbc.sql("select published_on || ' ' || published_precision from source where title = :title")
			.param("title", title)
			.query(String.class)
			.single()).isEqualTo(stored + " " + precision);
		assertThat(this.jdbc.sql("""
				select action || ' ' || entity_label from audit_record
				where entity_type = 'SOURCE' and entity_label = :title""")
			.param("title", title)
			.query(String.class)
			.list()).containsExactly("CREATE " + title);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "31|2|2017|Date published must be a real date", "29|2|2017|Date published must be a real date",
					"1|13|2017|Date published must be a real date", "x|1|2017|Date published must be a real date",
					"1|1|17|Date published must be a real date",
					"1||2017|Date published must include a year, and a month if it has a day",
					"1|1||Date published must include a year, and a month if it has a day",
					"||| Enter the date it was published, or at least the year",
					"1|1|FUTURE|Date published must be today or in the past" })
	void create_withABadDate_showsTheFormAgain_andSavesNothing(String day, String month, String year, String message)
			throws Exception {
		String typedYear = "FUTURE".equals(year) ? String.valueOf(LocalDate.now().getYear() + 1) : year;
		long before = count();
		create("Bad date " + this.unique, day, month, typedYear, null).andExpect(status().isOk())
			.andExpect(view().name("admin/sources/form"))
			.andExpect(model().attributeHasFieldErrors("form", "published"))
			.andExpect(content().string(containsString("<title>Error: Add a source")))
			.andExpect(content().string(containsString(message.strip())))
			.andExpect(content().string(containsString("value=\"Bad date " + this.unique + "\"")));
		assertThat(count()).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "javascript:alert(1)|not javascript:", "ftp://files.example.org/a|not ftp:",
					"data:text/html,<b>x</b>|not data:",
					"www.hsj.co.uk/news|Enter a web address that starts with http:// or https://",
					"https://exa mple.org|Enter a web address in the correct format",
					"https:/nohost|Enter a web address in the correct format" })
	void create_withAWebAddressThatIsNotHttp_isRefusedWithAClearMessage(String url, String message) throws Exception {
		long before = count();
		create("Bad url " + this.unique, "1", "1", "2017", url).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "url"))
			.andExpect(content().string(containsString(message)));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void create_withAnUpperCaseScheme_storesItInLowerCase() throws Exception {
		create("Upper " + this.unique, "", "", "2017", "HTTPS://Example.org/" + this.unique)
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select url from source where title = :t")
			.param("t", "Upper " + this.unique)
			.query(String.class)
			.single()).isEqualTo("https://Example.org/" + this.unique);
	}

	@Test
	void create_withMissingOrTooLongText_showsEveryError_andKeepsWhatWasTyped() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/admin/sources/new").with(csrf())
				.param("publication", "p".repeat(201))
				.param("publishedYear", "2017")
				.param("title", "")
				.param("summary", " ")
				.param("citation", "c".repeat(301))
				.param("url", "https://example.org/" + "u".repeat(500)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "publication", "title", "summary", "citation", "url"))
			.andExpect(content().string(containsString("Enter a one-line summary in your own words")))
			.andExpect(content().string(containsString("Publication must be 200 characters or fewer")))
			.andExpect(content().string(containsString("Web address must be 500 characters or fewer")))
			.andExpect(content().string(containsString("c".repeat(301))));
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from audit_record where entity_type = 'SOURCE'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void create_storesScriptSqlAndUnicodeAsText_andShowsThemEscaped() throws Exception {
		String title = "<script>alert(1)</script> Robert'); drop table source;-- “Quotes” ✓ " + this.unique;
		create(title, "", "", "2016", null).andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from source where title = :t").param("t", title).query(Long.class).single();
		this.mvc.perform(get("/sources/" + id))
			.andExpect(content().string(containsString(
					"&lt;script&gt;alert(1)&lt;/script&gt; Robert&#39;); drop table source;-- “Quotes” ✓")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("No web address recorded")));
	}

	@Test
	void create_whenTheUrlOrPublicationAndTitleAreRecorded_refusesWithALink() throws Exception {
		long before = count();
		create("Another title " + this.unique, "1", "2", "2016", "https://www.bmj.com/content/352/bmj.i745")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "url", "duplicate"))
			.andExpect(content().string(containsString("A source with this web address is already recorded")))
			.andExpect(content().string(containsString("href=\"/admin/sources/3/edit\"")));
		String seededTitle = this.jdbc.sql("select title from source where id = 4").query(String.class).single();
		this.mvc
			.perform(post("/admin/sources/new").with(csrf())
				.param("publication", "hsj")
				.param("publishedYear", "2017")
				.param("title", seededTitle.toUpperCase())
				.param("summary", "A summary."))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "duplicate"))
			.andExpect(content().string(containsString("href=\"/admin/sources/4/edit\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void edit_keepsThePrecision_andAConflictingSaveIsRefusedWith409() throws Exception {
		this.mvc.perform(get("/admin/sources/4/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publishedDay\" name=\"publishedDay\" value=\"\"")))
			.andExpect(content().string(containsString("id=\"publishedMonth\" name=\"publishedMonth\" value=\"6\"")));
		String title = this.jdbc.sql("select title from source where id = 4").query(String.class).single();
		edit(4, title + " (corrected)", "0").andExpect(redirectedUrl("/sources/4"));
		edit(4, title + " (mine)", "0").andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc
			.sql("""
					select action || ' ' || string_agg(c ->> 'field', ',') from audit_record,
					     jsonb_array_elements(changes) c where entity_type = 'SOURCE' and entity_id = 4 group by id, action""")
			.query(String.class)
			.list()).containsExactly("UPDATE Title");
		assertThat(this.jdbc.sql("select published_precision from source where id = 4").query(String.class).single())
			.isEqualTo("MONTH");
	}

	@Test
	void addAndEditForms_onAPlainGet_showNoConflictNotice() throws Exception {
		for (String path : List.of("/admin/sources/new", "/admin/sources/4/edit")) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"version\"")))
				.andExpect(content().string(not(containsString("Someone else changed this while you were editing"))))
				.andExpect(content().string(not(containsString("id=\"conflict\""))))
				.andExpect(content().string(not(containsString("<title>Error: "))));
		}
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void archive_hidesFromPublicPagesListsAndApi_andRestoreBringsItBack() throws Exception {
		String title = this.jdbc.sql("select title from source where id = 3").query(String.class).single();
		this.mvc.perform(post("/admin/sources/3/archive").with(csrf())).andExpect(redirectedUrl("/admin/sources"));
		this.mvc.perform(get("/sources/3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/sources/3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sources")).andExpect(content().string(not(containsString("href=\"/sources/3\""))));
		this.mvc.perform(get("/api/sources")).andExpect(content().string(not(containsString("bmj.i745"))));
		this.mvc.perform(get("/admin/sources?show=archived"))
			.andExpect(content().string(containsString("/admin/sources/3/restore")));
		this.mvc.perform(post("/admin/sources/3/restore").with(csrf())).andExpect(redirectedUrl("/sources/3"));
		this.mvc.perform(get("/sources/3")).andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("select action from audit_record where entity_type = 'SOURCE' and entity_id = 3 order by id")
			.query(String.class)
			.list()).containsExactly("ARCHIVE", "RESTORE");
		assertThat(title).isNotBlank();
	}

	@Test
	void archivedTenders_leaveTheSourcePage() throws Exception {
		this.mvc.perform(get("/sources/3")).andExpect(content().string(containsString("href=\"/tenders/6\"")));
		this.jdbc.sql("update tender set archived_at = now() where id = 6").update();
		this.mvc.perform(get("/sources/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/tenders/6\""))));
	}

	@Test
	void archive_byAnEditor_isForbidden() throws Exception {
		this.mvc.perform(post("/admin/sources/3/archive").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/sources/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit source")))
			.andExpect(content().string(not(containsString("Archive source"))));
	}

	private ResultActions create(String title, String day, String month, String year, String url) throws Exception {
		return this.mvc.perform(post("/admin/sources/new").with(csrf())
			.param("publication", "Test Journal")
			.param("publishedDay", (day != null) ? day : "")
			.param("publishedMonth", (month != null) ? month : "")
			.param("publishedYear", (year != null) ? year : "")
			.param("title", title)
			.param("summary", "What the article says, in our words.")
			.param("url", (url != null) ? url : ""));
	}

	private ResultActions edit(long id, String title, String version) throws Exception {
		String publication = this.jdbc.sql("select publication from source where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String summary = this.jdbc.sql("select summary from source where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return this.mvc.perform(post("/admin/sources/" + id + "/edit").with(csrf())
			.param("publication", publication)
			.param("publishedMonth", "6")
			.param("publishedYear", "2017")
			.param("title", title)
			.param("summary", summary)
			.param("version", version));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from source").query(Long.class).single();
	}

}
