package io.github.nhstendertracker.tender;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.common.NameKeys;
import io.github.nhstendertracker.editing.NamedChoices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
 * Adding, checking, editing, archiving and restoring tenders through the admin pages,
 * against the real database. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class TenderAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private long commissioner;

	private long otherCommissioner;

	private long source;

	private String title;

	@BeforeEach
	void pickSeedRecords() {
		List<Long> commissioners = this.jdbc.sql("select id from commissioner order by id limit 2")
			.query(Long.class)
			.list();
		this.commissioner = commissioners.get(0);
		this.otherCommissioner = commissioners.get(1);
		this.source = this.jdbc.sql("select min(id) from source").query(Long.class).single();
		this.title = "Community services test " + UUID.randomUUID();
	}

	@Test
	void newForm_rendersWithChoices() throws Exception {
		this.mvc.perform(get("/admin/tenders/new"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tenders/form"))
			.andExpect(content().string(containsString("<title>Add a tender")))
			.andExpect(content().string(containsString("name=\"commissionerIds\"")))
			.andExpect(content().string(containsString("Lead provider")));
	}

	/** More commissioners than a list can hold, as after an import. */
	private void manyCommissioners() {
		for (int i = 0; i < NamedChoices.LIST_MAX + 1; i++) {
			this.jdbc.sql("insert into commissioner (name, name_key, type) values (:name, :key, 'OTHER')")
				.param("name", "Imported Buyer " + i)
				.param("key", NameKeys.of("Imported Buyer " + i))
				.update();
		}
	}

	@Test
	void withManyCommissioners_theFormListsOnlyTheChosen_andAsksForAName() throws Exception {
		manyCommissioners();
		this.mvc.perform(get("/admin/tenders/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commissionerName\"")))
			.andExpect(content().string(containsString("/js/typeahead.js")))
			.andExpect(content().string(not(containsString("Imported Buyer 7"))));
	}

	@Test
	void withManyCommissioners_aTypedName_joinsTheChosen_andIsSaved() throws Exception {
		manyCommissioners();
		String name = this.jdbc.sql("select name from commissioner where id = :id")
			.param("id", this.otherCommissioner)
			.query(String.class)
			.single();
		this.mvc
			.perform(
					tenderForm("/admin/tenders/new", Map.of("commissionerName", name.toUpperCase(java.util.Locale.UK))))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tenders/check"))
			.andExpect(content().string(containsString(
					"<input type=\"hidden\" name=\"commissionerIds\" value=\"" + this.otherCommissioner + "\">")));
		this.mvc
			.perform(tenderForm("/admin/tenders/new", Map.of("commissionerName", "Nobody Of That Name", "title", "")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tenders/form"))
			.andExpect(model().attributeHasFieldErrors("tenderForm", "commissionerName"))
			.andExpect(content().string(containsString("There is no commissioner called ‘Nobody Of That Name’")))
			.andExpect(content().string(containsString("href=\"#commissionerName\"")));
	}

	@Test
	void createCheckSave_showsWhatWasUnderstood_thenSavesAndShowsThePublicPage() throws Exception {
		long before = count("tender");
		this.mvc.perform(tenderForm("/admin/tenders/new", Map.of("value", "£3.4bn to £5.4bn", "duration", "5 years")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tenders/check"))
			.andExpect(content().string(containsString("£3,400,000,000 to £5,400,000,000 in total")))
			.andExpect(content().string(containsString("5 years")))
			.andExpect(content().string(containsString("Save tender")))
			.andExpect(content().string(containsString("name=\"value\" value=\"£3.4bn to £5.4bn\"")));
		assertThat(count("tender")).as("nothing saved at the check step").isEqualTo(before);

		MvcResult saved = this.mvc
			.perform(tenderForm("/admin/tenders", Map.of("value", "£3.4bn to £5.4bn", "duration", "5 years")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/tenders/*"))
			.andExpect(flash().attribute("saved", "Tender added"))
			.andReturn();
		long id = idOf(saved);
		Map<String, Object> row = this.jdbc.sql("select * from tender where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("title")).isEqualTo(this.title);
		assertThat(row.get("status")).isEqualTo("PLANNED");
		assertThat(row.get("value_low").toString()).isEqualTo("3400000000.00");
		assertThat(row.get("value_high").toString()).isEqualTo("5400000000.00");
		assertThat(row.get("value_basis")).isEqualTo("TOTAL");
		assertThat(row.get("duration_min_months")).isEqualTo(60);
		this.mvc.perform(get("/tenders/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.title)));

		List<Map<String, Object>> audit = this.jdbc
			.sql("select action, entity_type, actor, changes::text as changes from audit_record where tender_id = :id")
			.param("id", id)
			.query()
			.listOfRows();
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0)).containsEntry("action", "CREATE")
			.containsEntry("entity_type", "TENDER")
			.containsEntry("actor", "editor1");
		assertThat((String) audit.get(0).get("changes")).contains("\"field\": \"Title\"")
			.contains("£3,400,000,000 to £5,400,000,000 in total");
	}

	@Test
	void save_withASource_keepsTheValueAsThatSourceReportedIt_andAuditsTheFigure() throws Exception {
		long id = idOf(this.mvc
			.perform(tenderForm("/admin/tenders",
					Map.of("value", "£50m a year", "sourceId", String.valueOf(this.source), "duration",
							"3 to 5 years")))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		Map<String, Object> figure = this.jdbc.sql("select * from reported_figure where tender_id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(figure.get("source_id")).isEqualTo(this.source);
		assertThat(figure.get("value_basis")).isEqualTo("ANNUAL");
		assertThat(figure.get("duration_max_months")).isEqualTo(60);
		assertThat(this.jdbc.sql("select count(*) from tender_source where tender_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select entity_type from audit_record where tender_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("TENDER", "FIGURE");
	}

	@Test
	void changeOnTheCheckPage_returnsToTheFormWithTheAnswersKept() throws Exception {
		this.mvc.perform(tenderForm("/admin/tenders", Map.of("value", "over £1bn", "change", "yes")))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tenders/form"))
			.andExpect(content().string(containsString("value=\"over £1bn\"")))
			.andExpect(content().string(containsString("value=\"" + this.title + "\"")))
			.andExpect(content().string(containsString("Read as <strong>over £1,000,000,000 in total</strong>")))
			.andExpect(content().string(not(containsString("There is a problem"))));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|',
			value = { "title | '' | Enter a title", "description | '' | Enter a description",
					"value | -£5m | Value cannot be negative",
					"value | £5bn to £3bn | The lower figure must not be more than the higher",
					"value | £340bn | Value must be £100bn or less – check for a typing mistake",
					"value | lots | Enter the value like £3.4bn, £750m to £1bn, over £1bn or £50m a year",
					"duration | 5 to 3 years | The shorter duration must not be more than the longer",
					"contractModel | NOT_A_MODEL | Choose a contract model from the list",
					"nhsRegion | <script> | Choose an NHS region from the list",
					"serviceAreas | CANCER' OR 1=1 | Choose service areas from the list",
					"commissionerIds | 999999999 | Choose commissioners from the list",
					"sourceId | 999999999 | Choose a source from the list",
					"parentId | abc | Enter the parent tender's number, like 12" })
	void badInput_showsTheFormAgainWithTheErrorAndTypedValues_andSavesNothing(String field, String typed,
			String message) throws Exception {
		long tenders = count("tender");
		long audits = count("audit_record");
		for (String path : List.of("/admin/tenders/new", "/admin/tenders")) {
			this.mvc.perform(tenderForm(path, Map.of(field, typed)))
				.andExpect(status().isOk())
				.andExpect(view().name("admin/tenders/form"))
				.andExpect(model().attributeHasFieldErrors("tenderForm", field))
				.andExpect(content().string(containsString("<title>Error: Add a tender")))
				.andExpect(content().string(containsString("There is a problem")))
				.andExpect(content().string(containsString("href=\"#" + field + "\"")))
				.andExpect(content().string(containsString(escape(message))));
		}
		assertThat(count("tender")).isEqualTo(tenders);
		assertThat(count("audit_record")).isEqualTo(audits);
	}

	@Test
	void tooLongTitle_isRefused_andKeptInTheForm() throws Exception {
		String longTitle = "x".repeat(301);
		long tenders = count("tender");
		this.mvc.perform(tenderForm("/admin/tenders", Map.of("title", longTitle)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Title must be 300 characters or fewer")))
			.andExpect(content().string(containsString("value=\"" + longTitle + "\"")));
		assertThat(count("tender")).isEqualTo(tenders);
		this.mvc.perform(tenderForm("/admin/tenders", Map.of("title", "x".repeat(300))))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void noCommissioner_isRefused() throws Exception {
		this.mvc
			.perform(post("/admin/tenders/new").with(csrf())
				.param("title", this.title)
				.param("description", "A description"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("tenderForm", "commissionerIds"))
			.andExpect(content().string(containsString("Choose at least one commissioner")));
	}

	@Test
	void scriptTagsSqlAndUnicode_areStoredAsTyped_andShownEscaped() throws Exception {
		for (String typed : List.of("<script>alert(1)</script> " + this.title,
				"Robert'); drop table tender;-- " + this.title, "Ysbyty Gwynedd – “ŵ” 🏥 " + this.title)) {
			long id = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of("title", typed, "description", typed)))
				.andExpect(status().is3xxRedirection())
				.andReturn());
			assertThat(this.jdbc.sql("select title from tender where id = :id")
				.param("id", id)
				.query(String.class)
				.single()).isEqualTo(typed);
			String page = this.mvc.perform(get("/tenders/" + id))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain("<script>alert(1)</script>").contains(escape(typed));
		}
		assertThat(count("tender")).isPositive();
	}

	@Test
	void duplicateTitleWithASharedCommissioner_isRefusedWithALinkToTheExistingTender() throws Exception {
		long existing = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		long tenders = count("tender");
		this.mvc
			.perform(post("/admin/tenders/new").with(csrf())
				.param("title", "  " + this.title.toUpperCase() + " ")
				.param("description", "Another")
				.param("commissionerIds", String.valueOf(this.otherCommissioner), String.valueOf(this.commissioner)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("tenderForm", "title"))
			.andExpect(content().string(containsString("A tender with this title and commissioner already exists")))
			.andExpect(content().string(containsString("href=\"/tenders/" + existing + "\"")));
		this.mvc
			.perform(post("/admin/tenders").with(csrf())
				.param("title", this.title)
				.param("description", "Another")
				.param("commissionerIds", String.valueOf(this.commissioner)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("tenderForm", "title"));
		assertThat(count("tender")).isEqualTo(tenders);
		// The same title for a different commissioner is a different contract.
		this.mvc
			.perform(post("/admin/tenders").with(csrf())
				.param("title", this.title)
				.param("description", "Another")
				.param("commissionerIds", String.valueOf(this.otherCommissioner)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void edit_showsTheSavedValuesAsText_andSavesWithAFieldLevelAudit() throws Exception {
		long id = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of("value", "£750m to over £1bn")))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		long version = this.jdbc.sql("select version from tender where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/admin/tenders/" + id + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"£750m to over £1bn\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
		this.mvc
			.perform(tenderForm("/admin/tenders/" + id + "/edit",
					Map.of("value", "£800m to over £1bn", "version", String.valueOf(version))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tenders/" + id))
			.andExpect(flash().attribute("saved", "Tender saved"));
		Map<String, Object> update = this.jdbc.sql("""
				select c.field, c.before, c.after, a.entity_version from audit_record a
				cross join lateral jsonb_to_recordset(a.changes) c(field text, before text, after text)
				where a.tender_id = :id and a.action = 'UPDATE'""").param("id", id).query().singleRow();
		assertThat(update).containsEntry("field", "Value")
			.containsEntry("before", "£750,000,000 to over £1,000,000,000 in total")
			.containsEntry("after", "£800,000,000 to over £1,000,000,000 in total")
			.containsEntry("entity_version", version + 1);
	}

	@Test
	void edit_withNoChange_writesNoAuditAndKeepsTheVersion() throws Exception {
		long id = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of("value", "£1,234,567.50 a year")))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		long version = this.jdbc.sql("select version from tender where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(tenderForm("/admin/tenders/" + id + "/edit",
					Map.of("value", "£1,234,567.50 a year", "version", String.valueOf(version))))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.sql("select version from tender where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(version);
		assertThat(this.jdbc.sql("select changes::text from audit_record where tender_id = :id and action = 'UPDATE'")
			.param("id", id)
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void edit_fromAnOldVersion_isAConflict_andResubmittingApplies() throws Exception {
		long id = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		long start = this.jdbc.sql("select version from tender where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(tenderForm("/admin/tenders/" + id + "/edit",
					Map.of("description", "First editor's description", "version", String.valueOf(start))))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(tenderForm("/admin/tenders/" + id + "/edit",
					Map.of("description", "Second editor's description", "version", String.valueOf(start))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("First editor&#39;s description")))
			.andExpect(content().string(containsString("Second editor&#39;s description")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (start + 1) + "\"")));
		assertThat(description(id)).isEqualTo("First editor's description");
		assertThat(this.jdbc.sql("select count(*) from audit_record where tender_id = :id and action = 'UPDATE'")
			.param("id", id)
			.query(Long.class)
			.single()).as("only the first editor's change is recorded").isEqualTo(1);
		this.mvc
			.perform(tenderForm("/admin/tenders/" + id + "/edit",
					Map.of("description", "Second editor's description", "version", String.valueOf(start + 1))))
			.andExpect(status().is3xxRedirection());
		assertThat(description(id)).isEqualTo("Second editor's description");
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void archive_hidesTheTenderFromPublicPages_andRestoreBringsItBack() throws Exception {
		String word = "Zqxarchive" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long id = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of("title", word + " services")))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		this.mvc.perform(get("/tenders").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/tenders/" + id + "\"")));

		this.mvc.perform(post("/admin/tenders/" + id + "/archive").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/tenders?show=archived"))
			.andExpect(flash().attribute("saved", "Tender archived: " + word + " services"));
		this.mvc.perform(get("/tenders/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/tenders").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/tenders/" + id + "\""))));
		this.mvc.perform(get("/admin/tenders").param("show", "archived").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/tenders/" + id + "/edit")));
		this.mvc.perform(get("/admin/tenders").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No tenders match")));
		this.mvc.perform(get("/admin/tenders/" + id + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This tender is archived")))
			.andExpect(content().string(containsString("Restore this tender")));

		this.mvc.perform(post("/admin/tenders/" + id + "/restore").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tenders/" + id));
		this.mvc.perform(get("/tenders/" + id)).andExpect(status().isOk());
		this.mvc.perform(get("/tenders").param("q", word))
			.andExpect(content().string(containsString("/tenders/" + id + "\"")));
		assertThat(this.jdbc.sql("select action from audit_record where tender_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("CREATE", "ARCHIVE", "RESTORE");
	}

	@Test
	void editor_cannotArchiveOrRestore() throws Exception {
		long id = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		this.mvc.perform(post("/admin/tenders/" + id + "/archive").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tenders/" + id + "/restore").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/tenders/" + id + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Archive this tender"))));
		assertThat(this.jdbc.sql("select archived_at is null from tender where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void unknownTender_isA404() throws Exception {
		this.mvc.perform(get("/admin/tenders/999999999/edit")).andExpect(status().isNotFound());
		this.mvc.perform(tenderForm("/admin/tenders/999999999/edit", Map.of("version", "0")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/tenders/999999999/archive").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void adminList_filtersByTitle_andSaysWhenNothingMatches() throws Exception {
		this.mvc.perform(tenderForm("/admin/tenders", Map.of())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/tenders").param("q", this.title.substring(this.title.length() - 12)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.title)));
		this.mvc.perform(get("/admin/tenders").param("q", "no such tender 100%_x").param("page", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No tenders match")));
		this.mvc.perform(get("/admin/tenders").param("show", "all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All tenders, newest first")));
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void parent_mustBeAnotherExistingTender() throws Exception {
		long parent = idOf(this.mvc.perform(tenderForm("/admin/tenders", Map.of()))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		this.mvc
			.perform(tenderForm("/admin/tenders",
					Map.of("title", this.title + " lot 1", "parentId", String.valueOf(parent))))
			.andExpect(status().is3xxRedirection());
		long version = this.jdbc.sql("select version from tender where id = :id")
			.param("id", parent)
			.query(Long.class)
			.single();
		this.mvc
			.perform(tenderForm("/admin/tenders/" + parent + "/edit",
					Map.of("parentId", String.valueOf(parent), "version", String.valueOf(version))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A tender cannot be part of itself")));
		this.mvc.perform(tenderForm("/admin/tenders", Map.of("title", this.title + " lot 2", "parentId", "999999999")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no tender number 999999999")));
	}

	@Test
	@WithAnonymousUser
	void anonymous_isSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/tenders/new"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
		long tenders = count("tender");
		this.mvc.perform(tenderForm("/admin/tenders", Map.of())).andExpect(status().is3xxRedirection());
		assertThat(count("tender")).isEqualTo(tenders);
	}

	private MockHttpServletRequestBuilder tenderForm(String path, Map<String, String> overrides) {
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put("title", new String[] { this.title });
		params.put("description", new String[] { "Community services for older people, entered by a test." });
		params.put("commissionerIds", new String[] { String.valueOf(this.commissioner) });
		params.put("contractModel", new String[] { "LEAD_PROVIDER" });
		params.put("nhsRegion", new String[] { "MIDLANDS" });
		params.put("itlRegion", new String[] { "TLG" });
		params.put("serviceAreas", new String[] { "COMMUNITY", "OLDER_PEOPLE" });
		overrides.forEach((name, value) -> params.put(name, new String[] { value }));
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private long idOf(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/tenders/");
		return Long.parseLong(location.substring("/tenders/".length()));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String description(long id) {
		return this.jdbc.sql("select description from tender where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&#39;");
	}

}
