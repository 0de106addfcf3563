package io.github.nhstendertracker.commissioner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Adding, editing, archiving and restoring commissioners through the admin pages, against
 * the real database. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class CommissionerAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void create_savesTheCommissionerWithAnAuditRecord_andRedirectsToItsPage() throws Exception {
		String name = "NHS Test ICB " + this.unique;
		this.mvc
			.perform(post("/admin/commissioners/new").with(csrf())
				.param("name", "  " + name + " ")
				.param("type", "ICB")
				.param("nhsRegion", "LONDON")
				.param("itlRegion", "TLI")
				.param("odsCode", "q1x")
				.param("notes", "Made in a test"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/commissioners/*"))
			.andExpect(flash().attribute("saved", "Commissioner added"));
		long id = idOf(name);
		assertThat(this.jdbc.sql("select ods_code from commissioner where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Q1X");
		assertThat(this.jdbc.sql("""
				select actor || ' ' || action || ' ' || entity_version || ' ' || entity_label ||
				       ' ' || (changes @> '[{"field": "Type", "after": "Integrated care board"}]')
				from audit_record where entity_type = 'COMMISSIONER' and entity_id = :id""")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("editor1 CREATE 0 " + name + " true");
		this.mvc.perform(get("/commissioners/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit commissioner")))
			.andExpect(content().string(not(containsString("Archive commissioner"))));
	}

	@Test
	void create_withBadInput_showsTheFormAgainWithTypedValues_andSavesNothing() throws Exception {
		long before = count();
		String future = String.valueOf(LocalDate.now().getYear() + 1);
		create("", "NOT_A_TYPE", "31", "2", "2017").andExpect(status().isOk())
			.andExpect(view().name("admin/commissioners/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "type", "abolishedOn"))
			.andExpect(content().string(containsString("<title>Error: Add a commissioner")))
			.andExpect(content().string(containsString("Enter a name")))
			.andExpect(content().string(containsString("Date abolished must be a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		create("x".repeat(201), "CCG", "1", "1", future)
			.andExpect(model().attributeHasFieldErrors("form", "name", "abolishedOn"))
			.andExpect(content().string(containsString("Name must be 200 characters or fewer")))
			.andExpect(content().string(containsString("Date abolished must be today or in the past")))
			.andExpect(content().string(containsString("value=\"" + future + "\"")));
		create("Some CCG " + this.unique, "CCG", "1", "", "2017")
			.andExpect(model().attributeHasFieldErrors("form", "abolishedOn"));
		create("Some CCG " + this.unique, "CCG", "aa", "1", "2017")
			.andExpect(content().string(containsString("Date abolished must be a real date")));
		this.mvc
			.perform(post("/admin/commissioners/new").with(csrf())
				.param("name", "Some CCG " + this.unique)
				.param("type", "CCG")
				.param("odsCode", "<b>1</b>")
				.param("notes", "n".repeat(1001))
				.param("successor", "999999")
				.param("nhsRegion", "ATLANTIS"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "odsCode", "notes", "successor", "nhsRegion"))
			.andExpect(content().string(containsString("ODS code must only include letters and numbers")))
			.andExpect(content().string(containsString("value=\"&lt;b&gt;1&lt;/b&gt;\"")));
		assertThat(count()).isEqualTo(before);
		assertThat(audits()).isZero();
	}

	@Test
	void create_storesScriptSqlAndUnicodeAsText_andShowsThemEscaped() throws Exception {
		String name = "<script>alert('x')</script> O'Brien\"; drop table commissioner; -- Ysbyty ✓ 日本 " + this.unique;
		create(name, "OTHER", "", "", "").andExpect(status().is3xxRedirection());
		long id = idOf(name);
		this.mvc.perform(get("/commissioners/" + id))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Brien&quot;")))
			.andExpect(content().string(containsString("Ysbyty ✓ 日本")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void create_whenTheNameExistsIgnoringCase_refusesWithALinkToTheExistingOne() throws Exception {
		long before = count();
		create("nhs dudley ccg", "CCG", "", "", "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "duplicate"))
			.andExpect(content().string(containsString("A commissioner called ‘NHS Dudley CCG’ already exists")))
			.andExpect(content().string(containsString("href=\"/admin/commissioners/8/edit\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void create_abolishedWithARealPastDateAndSuccessor_isSaved() throws Exception {
		String name = "NHS Gone CCG " + this.unique;
		this.mvc
			.perform(post("/admin/commissioners/new").with(csrf())
				.param("name", name)
				.param("type", "CCG")
				.param("abolished", "true")
				.param("abolishedOnDay", "1")
				.param("abolishedOnMonth", "7")
				.param("abolishedOnYear", "2022")
				.param("successor", "13"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select abolished_on || ' ' || successor_id from commissioner where id = :id")
			.param("id", idOf(name))
			.query(String.class)
			.single()).isEqualTo("2022-07-01 13");
	}

	@Test
	void edit_showsTheSavedValues_andSavingRecordsOnlyTheChangedFields() throws Exception {
		this.mvc.perform(get("/admin/commissioners/8/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"NHS Dudley CCG\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		edit(8, "NHS Dudley CCG " + this.unique, "0").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/commissioners/8"));
		assertThat(this.jdbc.sql("""
				select action || ' ' || entity_version || ' ' || jsonb_array_length(changes) || ' ' ||
				       (changes -> 0 ->> 'before') from audit_record
				where entity_type = 'COMMISSIONER' and entity_id = 8""").query(String.class).list())
			.containsExactly("UPDATE 1 1 NHS Dudley CCG");
	}

	@Test
	void edit_whenSomeoneElseSavedFirst_refusesWith409AndTheCurrentVersion() throws Exception {
		edit(8, "First " + this.unique, "0").andExpect(status().is3xxRedirection());
		edit(8, "Second " + this.unique, "0").andExpect(status().isConflict())
			.andExpect(view().name("admin/commissioners/form"))
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("First " + this.unique)))
			.andExpect(content().string(containsString("value=\"Second " + this.unique + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.sql("select name from commissioner where id = 8").query(String.class).single())
			.isEqualTo("First " + this.unique);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_record where entity_type = 'COMMISSIONER' and entity_id = 8
				and action = 'UPDATE'""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void addAndEditForms_onAPlainGet_showNoConflictNotice() throws Exception {
		for (String path : List.of("/admin/commissioners/new", "/admin/commissioners/8/edit")) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"version\"")))
				.andExpect(content().string(not(containsString("Someone else changed this while you were editing"))))
				.andExpect(content().string(not(containsString("id=\"conflict\""))))
				.andExpect(content().string(not(containsString("<title>Error: "))));
		}
	}

	@Test
	void edit_unknownId_is404() throws Exception {
		this.mvc.perform(get("/admin/commissioners/987654/edit")).andExpect(status().isNotFound());
		edit(987654, "Nobody", "0").andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void archive_hidesFromPublicPagesListsAndApi_andRestoreBringsItBack() throws Exception {
		this.mvc.perform(post("/admin/commissioners/8/archive").with(csrf()))
			.andExpect(redirectedUrl("/admin/commissioners"));
		this.mvc.perform(get("/commissioners/8")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/commissioners/8")).andExpect(status().isNotFound());
		this.mvc.perform(get("/commissioners?size=100"))
			.andExpect(content().string(not(containsString("NHS Dudley CCG"))));
		this.mvc.perform(get("/api/commissioners?size=100"))
			.andExpect(content().string(not(containsString("NHS Dudley CCG"))));
		// Its successor no longer lists it as a predecessor.
		this.mvc.perform(get("/commissioners/13")).andExpect(content().string(not(containsString("NHS Dudley CCG"))));
		this.mvc.perform(get("/admin/commissioners?show=archived&q=dudley"))
			.andExpect(content().string(containsString("NHS Dudley CCG")))
			.andExpect(content().string(containsString("/admin/commissioners/8/restore")));
		this.mvc.perform(get("/admin/commissioners?show=public&q=dudley"))
			.andExpect(content().string(containsString("No commissioners match")));

		this.mvc.perform(post("/admin/commissioners/8/restore").with(csrf()))
			.andExpect(redirectedUrl("/commissioners/8"));
		this.mvc.perform(get("/commissioners/8")).andExpect(status().isOk());
		assertThat(this.jdbc.sql("""
				select action from audit_record where entity_type = 'COMMISSIONER' and entity_id = 8 order by id""")
			.query(String.class)
			.list()).containsExactly("ARCHIVE", "RESTORE");
	}

	@Test
	void archivedTenders_leaveTheCommissionerPageAndItsCounts() throws Exception {
		this.mvc.perform(get("/commissioners/8"))
			.andExpect(content().string(containsString("Multispecialty community provider")));
		this.jdbc.sql("update tender set archived_at = now() where id = 8").update();
		this.mvc.perform(get("/commissioners/8"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Multispecialty community provider"))));
	}

	@Test
	void archive_byAnEditor_isForbidden() throws Exception {
		this.mvc.perform(post("/admin/commissioners/8/archive").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/commissioners/8")).andExpect(status().isOk());
	}

	@Test
	void adminList_searchesByName_andPages() throws Exception {
		this.mvc.perform(get("/admin/commissioners?q=STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NHS North Staffordshire CCG")))
			.andExpect(content().string(not(containsString("NHS Dudley CCG"))));
		this.mvc.perform(get("/admin/commissioners?q=%25_nothing"))
			.andExpect(content().string(containsString("No commissioners match")));
	}

	private ResultActions create(String name, String type, String day, String month, String year) throws Exception {
		return this.mvc.perform(post("/admin/commissioners/new").with(csrf())
			.param("name", name)
			.param("type", type)
			.param("abolished", "true")
			.param("abolishedOnDay", day)
			.param("abolishedOnMonth", month)
			.param("abolishedOnYear", year));
	}

	private ResultActions edit(long id, String name, String version) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/commissioners/" + id + "/edit").with(csrf())
			.param("name", name)
			.param("type", "CCG")
			.param("nhsRegion", "MIDLANDS")
			.param("itlRegion", "TLG")
			.param("odsCode", "05C")
			.param("abolished", "true")
			.param("abolishedOnDay", "1")
			.param("abolishedOnMonth", "4")
			.param("abolishedOnYear", "2021")
			.param("successor", "13")
			.param("notes",
					"Merged into Black Country and West Birmingham CCG in April 2021; its area is now served by the Black Country ICB.")
			.param("version", version);
		return this.mvc.perform(request);
	}

	private long idOf(String name) {
		return this.jdbc.sql("select id from commissioner where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from commissioner").query(Long.class).single();
	}

	private long audits() {
		return this.jdbc.sql("select count(*) from audit_record where entity_type = 'COMMISSIONER'")
			.query(Long.class)
			.single();
	}

}
