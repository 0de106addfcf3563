package io.github.nhstendertracker.bidder;

import java.util.List;
import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Adding, editing, archiving and restoring bidders through the admin pages, against the
 * real database. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class BidderAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void create_savesNameTypeFormerNamesAndDescription_withAnAuditRecord() throws Exception {
		String name = "Test Care Ltd " + this.unique;
		create(name, "PRIVATE_COMPANY", "  Old Name One \n\n Old Name Two\r\n", "Runs clinics.")
			.andExpect(redirectedUrlPattern("/bidders/*"))
			.andExpect(flash().attribute("saved", "Bidder added"));
		long id = idOf(name);
		assertThat(this.jdbc.sql("select array_to_string(former_names, '|') from bidder where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Old Name One|Old Name Two");
		assertThat(this.jdbc
			.sql("""
					select action || ' ' || (changes @> '[{"field": "Former names", "after": "Old Name One; Old Name Two"}]')
					from audit_record where entity_type = 'BIDDER' and entity_id = :id""")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("CREATE true");
		this.mvc.perform(get("/bidders/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Old Name One, Old Name Two")))
			.andExpect(content().string(containsString("/admin/bidders/" + id + "/edit")));
	}

	@Test
	void create_withBadInput_showsTheFormAgainWithTypedValues_andSavesNothing() throws Exception {
		long before = count();
		create("", "", "x".repeat(201), "d".repeat(1001)).andExpect(status().isOk())
			.andExpect(view().name("admin/bidders/form"))
			.andExpect(model().attributeHasFieldErrors("form", "name", "type", "formerNames", "description"))
			.andExpect(content().string(containsString("<title>Error: Add a bidder")))
			.andExpect(content().string(containsString("Each former name must be 200 characters or fewer")))
			.andExpect(content().string(containsString("Description must be 1000 characters or fewer")))
			.andExpect(content().string(containsString("d".repeat(1001))));
		create("n".repeat(201), "SPACESHIP", "", "<script>alert(1)</script>")
			.andExpect(model().attributeHasFieldErrors("form", "name", "type"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from audit_record where entity_type = 'BIDDER'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void create_storesScriptSqlAndUnicodeAsText_andShowsThemEscaped() throws Exception {
		String name = "<script>alert(1)</script>'; delete from bidder; -- Société Générale ✓ " + this.unique;
		create(name, "THIRD_SECTOR", "", "").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/bidders/" + idOf(name)))
			.andExpect(
					content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;&#39;; delete from bidder")))
			.andExpect(content().string(containsString("Société Générale ✓")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void create_whenTheNameMatchesIgnoringCasePunctuationAndSpacing_refusesWithALink() throws Exception {
		create("Circle Health Ltd. " + this.unique, "PRIVATE_COMPANY", "", "").andExpect(status().is3xxRedirection());
		long before = count();
		create("circle health ltd " + this.unique.toUpperCase(), "PRIVATE_COMPANY", "", "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "duplicate"))
			.andExpect(content().string(containsString("A bidder called ‘Circle Health Ltd. " + this.unique)))
			.andExpect(content()
				.string(containsString("/admin/bidders/" + idOf("Circle Health Ltd. " + this.unique) + "/edit")));
		create("  CIRCLE-HEALTH ", "PRIVATE_COMPANY", "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("A bidder called ‘Circle Health’ already exists")))
			.andExpect(content().string(containsString("href=\"/admin/bidders/2/edit\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void create_whenTheNameMatchesAnArchivedBidder_saysItIsArchived() throws Exception {
		this.jdbc.sql("update bidder set archived_at = now() where id = 6").update();
		create("OPTUM.", "PRIVATE_COMPANY", "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("A bidder called ‘Optum’ already exists (archived)")))
			.andExpect(content().string(containsString("href=\"/admin/bidders/6/edit\"")));
	}

	@Test
	void edit_whenSomeoneElseSavedFirst_refusesWith409_andOnlyTheFirstIsAudited() throws Exception {
		this.mvc.perform(get("/admin/bidders/8/edit"))
			.andExpect(content().string(containsString("value=\"Virgin Care\"")));
		edit(8, "Virgin Care " + this.unique, "0").andExpect(redirectedUrl("/bidders/8"));
		edit(8, "Virgin Care Services " + this.unique, "0").andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("value=\"Virgin Care Services " + this.unique + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.sql("select name from bidder where id = 8").query(String.class).single())
			.isEqualTo("Virgin Care " + this.unique);
		assertThat(this.jdbc.sql("""
				select action || ' ' || jsonb_array_length(changes) from audit_record
				where entity_type = 'BIDDER' and entity_id = 8""").query(String.class).list())
			.containsExactly("UPDATE 1");
		// Saving again from the current version applies the change deliberately.
		edit(8, "Virgin Care Services " + this.unique, "1").andExpect(redirectedUrl("/bidders/8"));
	}

	@Test
	void addAndEditForms_onAPlainGet_showNoConflictNotice() throws Exception {
		for (String path : List.of("/admin/bidders/new", "/admin/bidders/8/edit")) {
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
		this.mvc.perform(get("/admin/bidders/987654/edit")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void archive_hidesFromPublicPagesListsApiAndConsortia_andRestoreBringsItBack() throws Exception {
		this.mvc.perform(get("/bidders/5")).andExpect(content().string(containsString("Archive bidder")));
		this.mvc.perform(post("/admin/bidders/5/archive").with(csrf())).andExpect(redirectedUrl("/admin/bidders"));
		this.mvc.perform(get("/bidders/5")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/bidders/5")).andExpect(status().isNotFound());
		this.mvc.perform(get("/bidders?size=100")).andExpect(content().string(not(containsString("Interserve"))));
		this.mvc.perform(get("/api/bidders?size=100")).andExpect(content().string(not(containsString("Interserve"))));
		this.mvc.perform(get("/bidders/10")).andExpect(content().string(not(containsString("href=\"/bidders/5\""))));
		this.mvc.perform(get("/admin/bidders?show=archived"))
			.andExpect(content().string(containsString("Interserve Investments")))
			.andExpect(content().string(containsString("/admin/bidders/5/restore")));
		this.mvc.perform(post("/admin/bidders/5/restore").with(csrf())).andExpect(redirectedUrl("/bidders/5"));
		this.mvc.perform(get("/bidders/10")).andExpect(content().string(containsString("Interserve Investments")));
		assertThat(this.jdbc
			.sql("select action from audit_record where entity_type = 'BIDDER' and entity_id = 5 order by id")
			.query(String.class)
			.list()).containsExactly("ARCHIVE", "RESTORE");
	}

	@Test
	void archive_byAnEditor_isForbidden() throws Exception {
		this.mvc.perform(post("/admin/bidders/5/archive").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/bidders/5/restore").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void adminPages_whenSignedOut_redirectToSignIn() throws Exception {
		for (String path : new String[] { "/admin/bidders", "/admin/bidders/new", "/admin/bidders/2/edit",
				"/admin/commissioners", "/admin/sources/new" }) {
			this.mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
		}
		this.mvc.perform(get("/bidders/2")).andExpect(content().string(not(containsString("Edit bidder"))));
		this.mvc.perform(post("/admin/bidders/new").with(csrf()).param("name", "X").param("type", "CONSORTIUM"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from bidder where name = 'X'").query(Long.class).single()).isZero();
	}

	@Test
	void adminList_searchesByNameAndFilters() throws Exception {
		this.mvc.perform(get("/admin/bidders").param("q", "NHS trust").param("show", "public"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The Royal Wolverhampton NHS Trust")))
			.andExpect(content().string(not(containsString("Optum"))));
		this.mvc.perform(get("/admin/bidders?show=archived"))
			.andExpect(content().string(containsString("No bidders match")));
	}

	private ResultActions create(String name, String type, String formerNames, String description) throws Exception {
		return this.mvc.perform(post("/admin/bidders/new").with(csrf())
			.param("name", name)
			.param("type", type)
			.param("formerNames", formerNames)
			.param("description", description));
	}

	private ResultActions edit(long id, String name, String version) throws Exception {
		return this.mvc.perform(post("/admin/bidders/" + id + "/edit").with(csrf())
			.param("name", name)
			.param("type", "PRIVATE_COMPANY")
			.param("formerNames", "")
			.param("description", "")
			.param("version", version));
	}

	private long idOf(String name) {
		return this.jdbc.sql("select id from bidder where name = :name").param("name", name).query(Long.class).single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from bidder").query(Long.class).single();
	}

}
