package io.github.nhstendertracker.bid;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.common.NameKeys;
import io.github.nhstendertracker.editing.NamedChoices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bid forms against the real database, each test rolled back. Seed tender 3
 * (Bedfordshire MSK) has Circle Health (bidder 2) as preferred bidder; tender 8 (Dudley)
 * has no bidders.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@Transactional
@WithMockUser(username = "editor1", roles = "EDITOR")
class BidAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private static MockHttpServletRequestBuilder addBid(long tenderId, String bidderId, String role, String note) {
		return post("/admin/tenders/{id}/bids/new", tenderId).with(csrf())
			.param("bidderId", bidderId)
			.param("role", role)
			.param("note", note)
			.param("sourceId", "4");
	}

	private long bidCount() {
		return this.jdbc.sql("select count(*) from bid").query(Long.class).single();
	}

	private long latestBidId() {
		return this.jdbc.sql("select max(id) from bid").query(Long.class).single();
	}

	@Test
	void newBidForm_listsBiddersRolesAndSources() throws Exception {
		this.mvc.perform(get("/admin/tenders/8/bids/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a bidder")))
			.andExpect(content().string(containsString("Circle Health")))
			.andExpect(content().string(containsString("Consortium lead")));
	}

	/**
	 * More bidders than a list can hold, as after an import: the form asks for a name.
	 */
	private void manyBidders() {
		for (int i = 0; i < NamedChoices.LIST_MAX + 1; i++) {
			this.jdbc.sql("insert into bidder (name, name_key, type) values (:name, :key, 'PRIVATE_COMPANY')")
				.param("name", "Imported Supplier " + i)
				.param("key", NameKeys.of("Imported Supplier " + i))
				.update();
		}
	}

	@Test
	void withManyBidders_theFormAsksForANameWithSuggestions_insteadOfAList() throws Exception {
		manyBidders();
		this.mvc.perform(get("/admin/tenders/8/bids/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bidderName\"")))
			.andExpect(content().string(containsString("/js/typeahead.js")))
			.andExpect(content().string(not(containsString("<select class=\"govuk-select\" id=\"bidderId\""))))
			.andExpect(content().string(not(containsString("Imported Supplier 7"))));
	}

	@Test
	void withManyBidders_aTypedName_picksTheBidder_ignoringCaseAndSpelling() throws Exception {
		manyBidders();
		this.mvc
			.perform(post("/admin/tenders/8/bids/new").with(csrf())
				.param("bidderName", "  circle health ")
				.param("role", "BIDDER")
				.param("note", "")
				.param("sourceId", ""))
			.andExpect(redirectedUrl("/tenders/8#bidders"));
		assertThat(this.jdbc.sql("select bidder_id from bid where id = :id")
			.param("id", latestBidId())
			.query(Long.class)
			.single()).isEqualTo(2L);
		this.jdbc
			.sql("insert into bidder (name, name_key, type) values ('Quillon Care Limited', :key, 'PRIVATE_COMPANY')")
			.param("key", NameKeys.of("Quillon Care Limited"))
			.update();
		this.mvc
			.perform(post("/admin/tenders/8/bids/new").with(csrf())
				.param("bidderName", "Quillon Care Ltd")
				.param("role", "BIDDER")
				.param("note", "")
				.param("sourceId", ""))
			.andExpect(redirectedUrl("/tenders/8#bidders"));
		assertThat(this.jdbc.sql("select b.name from bid join bidder b on b.id = bid.bidder_id where bid.id = :id")
			.param("id", latestBidId())
			.query(String.class)
			.single()).isEqualTo("Quillon Care Limited");
	}

	@Test
	void withManyBidders_aNameThatPicksNoneOrSeveral_isShownAgainWithTheReason() throws Exception {
		manyBidders();
		long before = bidCount();
		this.mvc
			.perform(post("/admin/tenders/8/bids/new").with(csrf())
				.param("bidderName", "Nobody Of That Name")
				.param("role", "BIDDER")
				.param("sourceId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no bidder called ‘Nobody Of That Name’")))
			.andExpect(content().string(containsString("value=\"Nobody Of That Name\"")));
		for (String name : new String[] { "Twin Care Limited", "Twin-Care Limited" }) {
			this.jdbc.sql("insert into bidder (name, name_key, type) values (:name, :key, 'PRIVATE_COMPANY')")
				.param("name", name)
				.param("key", NameKeys.of(name))
				.update();
		}
		this.mvc
			.perform(post("/admin/tenders/8/bids/new").with(csrf())
				.param("bidderName", "Twin Care Ltd")
				.param("role", "BIDDER")
				.param("sourceId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Several bidders are called ‘Twin Care Ltd’")));
		this.mvc
			.perform(post("/admin/tenders/8/bids/new").with(csrf())
				.param("bidderName", "")
				.param("role", "BIDDER")
				.param("sourceId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the bidder&#39;s name")));
		assertThat(bidCount()).isEqualTo(before);
	}

	@Test
	void withManyBidders_changingABid_showsItsBidderByName() throws Exception {
		manyBidders();
		long bidId = this.jdbc.sql("select id from bid where tender_id = 3 and bidder_id = 2 limit 1")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/admin/tenders/3/bids/{id}/edit", bidId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Circle Health\"")));
	}

	@Test
	void addingABidder_savesItWithAnAuditRecord() throws Exception {
		String note = "<b>Shortlisted</b> – Zürich 🚑 '; drop table bid; --";
		this.mvc.perform(addBid(8, "2", "BIDDER", note))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tenders/8#bidders"))
			.andExpect(flash().attribute("saved", "Bidder added"));
		long id = latestBidId();
		assertThat(this.jdbc.sql("select note from bid where id = :id").param("id", id).query(String.class).single())
			.isEqualTo(note);
		assertThat(this.jdbc.sql("""
				select actor || ' ' || tender_id || ' ' || entity_label from audit_record
				where entity_type = 'BID' and action = 'CREATE' and entity_id = :id""")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("editor1 8 Circle Health \u2013 Bidder");
		this.mvc.perform(get("/tenders/8"))
			.andExpect(content().string(containsString("&lt;b&gt;Shortlisted&lt;/b&gt;")))
			.andExpect(content().string(containsString("/admin/tenders/8/bids/" + id + "/edit")))
			.andExpect(content().string(not(containsString("/admin/tenders/8/bids/" + id + "/delete"))));
	}

	@Test
	void emptyAndTooLongInput_isRefusedAndNothingSaved() throws Exception {
		long before = bidCount();
		this.mvc.perform(post("/admin/tenders/8/bids/new").with(csrf()).param("bidderId", "").param("role", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a bidder")))
			.andExpect(content().string(containsString("Select a bidder")))
			.andExpect(content().string(containsString("Select a role")));
		this.mvc.perform(addBid(8, "2", "BIDDER", "n".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Note must be 1000 characters or fewer")));
		this.mvc.perform(addBid(8, "999999", "NOT_A_ROLE", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a bidder from the list")))
			.andExpect(content().string(containsString("Select a role from the list")));
		assertThat(bidCount()).isEqualTo(before);
	}

	@Test
	void theSameBidderInTheSameRole_isRefusedWithAClearMessage() throws Exception {
		long before = bidCount();
		this.mvc.perform(addBid(3, "2", "PREFERRED_BIDDER", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Circle Health already has the role Preferred bidder on this tender")));
		assertThat(bidCount()).isEqualTo(before);
		this.mvc.perform(addBid(3, "2", "BIDDER", "Also bid")).andExpect(status().is3xxRedirection());
		assertThat(bidCount()).isEqualTo(before + 1);
	}

	@Test
	void theAwardedRole_onATenderCancelledWithoutAnAward_isRefused() throws Exception {
		this.mvc
			.perform(post("/admin/tenders/8/events/new").with(csrf())
				.param("type", "CANCELLATION")
				.param("dateDay", "1")
				.param("dateMonth", "9")
				.param("dateYear", "2017")
				.param("timing", "HAPPENED")
				.param("description", "Cancelled")
				.param("sourceIds", "4"))
			.andExpect(status().is3xxRedirection());
		long before = bidCount();
		this.mvc.perform(addBid(8, "2", "AWARDED", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The tender was cancelled (1 September 2017) without being awarded, so no bidder can have the Awarded role")));
		assertThat(bidCount()).isEqualTo(before);
	}

	@Test
	void twoEditorsSavingTheSameBid_firstWins_secondGetsAConflict() throws Exception {
		this.mvc.perform(addBid(8, "2", "BIDDER", "Original")).andExpect(status().is3xxRedirection());
		long id = latestBidId();
		this.mvc.perform(get("/admin/tenders/8/bids/{b}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Original</textarea>")));
		this.mvc
			.perform(post("/admin/tenders/8/bids/{b}/edit", id).with(csrf())
				.param("bidderId", "2")
				.param("role", "PREFERRED_BIDDER")
				.param("note", "First")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/tenders/8/bids/{b}/edit", id).with(csrf())
				.param("bidderId", "2")
				.param("role", "BIDDER")
				.param("note", "Second")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this while you were editing")))
			.andExpect(content().string(containsString("Second</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.sql("select role || ' ' || note from bid where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("PREFERRED_BIDDER First");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_record where entity_type = 'BID' and action = 'UPDATE'
				and entity_id = :id""").param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyAnAdminRemovesABid_andTheAuditKeepsIt() throws Exception {
		this.mvc.perform(addBid(8, "2", "BIDDER", "To remove")).andExpect(status().is3xxRedirection());
		long id = latestBidId();
		this.mvc.perform(post("/admin/tenders/8/bids/{b}/delete", id).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from bid where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(1);
		this.mvc.perform(post("/admin/tenders/8/bids/{b}/delete", id).with(csrf()).with(user("admin1").roles("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "Bidder removed"));
		assertThat(this.jdbc.sql("select count(*) from bid where id = :id").param("id", id).query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("""
				select changes::text from audit_record where entity_type = 'BID' and action = 'DELETE'
				and entity_id = :id and tender_id = 8""").param("id", id).query(String.class).single())
			.contains("To remove")
			.contains("Circle Health");
	}

	@Test
	void unknownBids_bidsOfAnotherTender_andArchivedTenders_areNotFound() throws Exception {
		long seeded = this.jdbc.sql("select id from bid where tender_id = 3").query(Long.class).single();
		this.mvc.perform(get("/admin/tenders/8/bids/{b}/edit", seeded)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/tenders/8/bids/999999/edit")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/tenders/999999/bids/new")).andExpect(status().isNotFound());
		this.jdbc.sql("update tender set archived_at = now() where id = 8").update();
		long before = bidCount();
		this.mvc.perform(addBid(8, "2", "BIDDER", "")).andExpect(status().isNotFound());
		assertThat(bidCount()).isEqualTo(before);
	}

}
