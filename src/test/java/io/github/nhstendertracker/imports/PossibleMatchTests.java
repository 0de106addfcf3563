package io.github.nhstendertracker.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.audit.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An imported process that looks like a tender news reported is listed as a possible
 * match, and an admin merges the two or keeps them apart; nothing merges by itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(username = "admin1", roles = { "ADMIN", "EDITOR" })
class PossibleMatchTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Imports imports;

	@Autowired
	private PossibleMatches matches;

	@Autowired
	private MatchMerges merges;

	@TempDir
	private Path folder;

	private ImportedData data;

	private MatchFixtures fixtures;

	@BeforeEach
	void newsTender() {
		this.data = ImportedData.mark(this.jdbc);
		this.fixtures = new MatchFixtures(this.jdbc, this.folder).newsTender();
	}

	@AfterEach
	void removeImported() {
		this.data.remove();
	}

	@Test
	void aNoticeOfTheSameBuyerWithASimilarTitleAndValue_isListedAsAPossibleMatch_andNotMerged() throws Exception {
		ImportRuns.Run run = importFiles(this.fixtures.tenderNotice());
		assertThat(run.created()).isEqualTo(1);
		List<Long> found = this.fixtures.matchesOf(this.fixtures.newsTenderId);
		assertThat(found).hasSize(1);
		PossibleMatches.Match match = this.matches.find(found.get(0));
		assertThat(match.status()).isEqualTo(PossibleMatches.Status.OPEN);
		assertThat(match.imported().ocid()).isEqualTo(this.fixtures.ocid);
		assertThat(match.run()).isEqualTo(run.id());
		assertThat(match.reasons()).contains("Same buyer: " + this.fixtures.buyer)
			.contains("Titles share 3 words: matchshire, " + this.fixtures.tag + ", integrated")
			.contains("Values overlap: £118m and £120m");
		assertThat(this.fixtures.count("select count(*) from tender where ocid = ? and archived_at is null",
				this.fixtures.ocid))
			.isEqualTo(1);
		assertThat(this.fixtures.count("select count(*) from tender_source where tender_id = ?",
				this.fixtures.newsTenderId))
			.isEqualTo(1);
		this.mvc.perform(get("/admin/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Possible matches")))
			.andExpect(content().string(containsString("Matchshire " + this.fixtures.tag + " integrated MSK services")))
			.andExpect(content().string(containsString("/admin/imports/matches/" + match.id())))
			.andExpect(content().string(containsString("Compare and decide")));
		this.mvc.perform(get("/admin/imports/matches/{id}", match.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merge into the existing tender")))
			.andExpect(content().string(containsString("Keep apart")))
			.andExpect(content().string(containsString("Integrated musculoskeletal service (Matchshire")))
			.andExpect(content().string(containsString(this.fixtures.ocid)));
	}

	@Test
	void aDissimilarTitle_orAnotherBuyer_isNotListed() throws Exception {
		ImportRuns.Run run = importFiles(this.fixtures.unlikeNotice(), this.fixtures.otherBuyerNotice());
		assertThat(run.created()).isEqualTo(2);
		assertThat(this.fixtures.matchesOf(this.fixtures.newsTenderId)).isEmpty();
	}

	@Test
	void merging_makesTheNoticeAnotherSourceOfTheNewsTender_andItsDifferingValueShowsAsADisagreement()
			throws Exception {
		importFiles(this.fixtures.tenderNotice(), this.fixtures.awardNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		long imported = this.matches.find(matchId).imported().id();
		long kept = this.fixtures.newsTenderId;
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", matchId).with(csrf()))
			.andExpect(redirectedUrl("/tenders/" + kept))
			.andExpect(flash().attribute("saved", containsString("merged into this tender")));

		assertThat(this.matches.find(matchId).status()).isEqualTo(PossibleMatches.Status.MERGED);
		assertThat(this.matches.find(matchId).decidedBy()).isEqualTo("admin1");
		assertThat(
				this.fixtures.count("select count(*) from tender where id = ? and archived_at is not null", imported))
			.isEqualTo(1);
		Map<String, Object> tender = this.jdbc.sql("select ocid, status, value_high from tender where id = ?")
			.params(kept)
			.query()
			.singleRow();
		assertThat(tender.get("ocid")).isEqualTo(this.fixtures.ocid);
		assertThat(tender.get("status")).isEqualTo("AWARDED");
		assertThat(this.jdbc.sql("select source_id from tender_source where tender_id = ?")
			.params(kept)
			.query(Long.class)
			.list())
			.contains(this.fixtures.articleId)
			.containsAll(this.jdbc.sql("select source_id from tender_source where tender_id = ?")
				.params(imported)
				.query(Long.class)
				.list());
		assertThat(this.fixtures.count("select count(*) from tender_source ts join source s on s.id = ts.source_id"
				+ " where ts.tender_id = ? and s.ocid = ?", kept, this.fixtures.ocid))
			.isEqualTo(2);
		assertThat(this.jdbc
			.sql("select distinct value_high::bigint from reported_figure where tender_id = ? order by 1 desc")
			.params(kept)
			.query(Long.class)
			.list()).containsExactly(120_000_000L, 118_000_000L, 117_500_000L);
		assertThat(this.fixtures.count("select count(*) from reported_figure where tender_id = ?", kept))
			.isEqualTo(1 + this.fixtures.count("select count(*) from reported_figure where tender_id = ?", imported));
		assertThat(this.jdbc.sql("select type from tender_event where tender_id = ? order by event_date, id")
			.params(kept)
			.query(String.class)
			.list()).containsSubsequence("MARKET_ENGAGEMENT", "NOTICE_PUBLISHED", "AWARD");
		assertThat(this.jdbc
			.sql("select b.name || ':' || bid.role from bid join bidder b on b.id = bid.bidder_id"
					+ " where bid.tender_id = ?")
			.params(kept)
			.query(String.class)
			.list()).containsExactly("Acme Health " + this.fixtures.tag + " Ltd:AWARDED");
		assertThat(this.jdbc.sql("select code from tender_cpv where tender_id = ?")
			.params(kept)
			.query(String.class)
			.list()).containsExactly("85100000");
		assertThat(
				this.fixtures.count("select count(*) from audit_record where actor = 'admin1' and tender_id = ?", kept))
			.isGreaterThan(3);
		assertThat(this.fixtures.count(
				"select count(*) from audit_record where actor = 'admin1' and entity_id = ? and action = 'ARCHIVE'",
				imported))
			.isEqualTo(1);

		this.mvc.perform(get("/tenders/{id}", kept))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sources disagree on this tender")))
			.andExpect(content().string(containsString(this.fixtures.ocid)));
		this.mvc.perform(get("/api/tenders/{id}", kept))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figuresDisagree").value(true));
		this.mvc.perform(get("/admin/imports"))
			.andExpect(content().string(not(containsString("/admin/imports/matches/" + matchId + "\""))));
	}

	@Test
	void aLaterReleaseOfAMergedProcess_updatesTheTenderItWasMergedInto() throws Exception {
		importFiles(this.fixtures.tenderNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		this.merges.merge(matchId, Actor.person("admin1"));

		ImportRuns.Run later = importFiles(this.fixtures.awardNotice(), this.fixtures.contractNotice());
		assertThat(later.created()).isZero();
		assertThat(later.updated()).isEqualTo(2);
		assertThat(this.fixtures.count("select count(*) from tender where ocid = ? and archived_at is null",
				this.fixtures.ocid))
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select type from tender_event where tender_id = ? order by event_date, id")
			.params(this.fixtures.newsTenderId)
			.query(String.class)
			.list()).contains("AWARD", "CONTRACT_SIGNED");
		ImportRuns.Run again = importFiles(this.fixtures.tenderNotice(), this.fixtures.awardNotice());
		assertThat(again.unchanged()).isEqualTo(2);
	}

	@Test
	void whenTheTenderKeptHasAnOcidOfItsOwn_itKeepsIt_andTheImporterFollowsTheMerge() throws Exception {
		this.jdbc.sql("update tender set ocid = ? where id = ?")
			.params("ocds-b5fd17-own-" + this.fixtures.tag, this.fixtures.newsTenderId)
			.update();
		importFiles(this.fixtures.tenderNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		this.merges.merge(matchId, Actor.person("admin1"));

		ImportRuns.Run later = importFiles(this.fixtures.awardNotice());
		assertThat(later.created()).isZero();
		assertThat(this.jdbc.sql("select ocid from tender where id = ?")
			.params(this.fixtures.newsTenderId)
			.query(String.class)
			.single()).isEqualTo("ocds-b5fd17-own-" + this.fixtures.tag);
		assertThat(this.fixtures.count("select count(*) from tender_event where tender_id = ? and type = 'AWARD'",
				this.fixtures.newsTenderId))
			.isEqualTo(1);
	}

	@Test
	void merging_givesTheImportedLotsToTheTenderKept() throws Exception {
		importFiles(this.fixtures.tenderNoticeInLots());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		long imported = this.matches.find(matchId).imported().id();
		assertThat(this.fixtures.count("select count(*) from tender where parent_id = ?", imported)).isEqualTo(2);
		this.merges.merge(matchId, Actor.person("admin1"));
		assertThat(this.jdbc.sql("select lot_id from tender where parent_id = ? and ocid = ? order by lot_id")
			.params(this.fixtures.newsTenderId, this.fixtures.ocid)
			.query(String.class)
			.list()).containsExactly("1", "2");
		assertThat(this.fixtures.count("select count(*) from tender where parent_id = ?", imported)).isZero();
		this.mvc.perform(get("/tenders/{id}", this.fixtures.newsTenderId))
			.andExpect(content().string(containsString("North Matchshire MSK")));
	}

	@Test
	void eventsAndRolesTheTimelineOfTheTenderKeptDoesNotAllow_areLeftOutAndSaid() throws Exception {
		this.fixtures.cancelNewsTender();
		importFiles(this.fixtures.tenderNotice(), this.fixtures.awardNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", matchId).with(csrf()))
			.andExpect(redirectedUrl("/tenders/" + this.fixtures.newsTenderId))
			.andExpect(flash().attribute("saved",
					containsString("Left out the event ‘Contract awarded’ of 20 November 2026")))
			.andExpect(flash().attribute("saved", containsString("Left out the role Awarded of Acme Health")));
		assertThat(this.fixtures.count("select count(*) from tender_event where tender_id = ? and type = 'AWARD'",
				this.fixtures.newsTenderId))
			.isZero();
		assertThat(this.fixtures.count("select count(*) from bid where tender_id = ? and role = 'AWARDED'",
				this.fixtures.newsTenderId))
			.isZero();
		assertThat(this.jdbc.sql("select status from tender where id = ?")
			.params(this.fixtures.newsTenderId)
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
	}

	@Test
	void keepingApart_recordsTheDecision_andThePairIsNotProposedAgain() throws Exception {
		importFiles(this.fixtures.tenderNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		long imported = this.matches.find(matchId).imported().id();
		this.mvc.perform(post("/admin/imports/matches/{id}/keep-apart", matchId).with(csrf()))
			.andExpect(redirectedUrl("/admin/imports"))
			.andExpect(flash().attribute("saved", containsString("kept apart")));
		PossibleMatches.Match match = this.matches.find(matchId);
		assertThat(match.status()).isEqualTo(PossibleMatches.Status.KEPT_APART);
		assertThat(match.decidedBy()).isEqualTo("admin1");
		assertThat(this.matches.look(imported, null)).isZero();
		assertThat(this.fixtures.matchesOf(this.fixtures.newsTenderId)).containsExactly(matchId);
		assertThat(this.matches.find(matchId).status()).isEqualTo(PossibleMatches.Status.KEPT_APART);
		assertThat(this.fixtures.count("select count(*) from tender where id = ? and archived_at is null", imported))
			.isEqualTo(1);
		this.mvc.perform(get("/admin/imports/matches/{id}", matchId))
			.andExpect(content().string(containsString("Kept apart")))
			.andExpect(content().string(not(containsString("Merge into the existing tender"))));
	}

	@Test
	void twoAdminsDecidingAtOnce_oneWins_theOtherIsTold_andNothingIsHalfMerged() throws Exception {
		importFiles(this.fixtures.tenderNotice(), this.fixtures.awardNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		long imported = this.matches.find(matchId).imported().id();
		List<Object> outcomes = race(() -> this.merges.merge(matchId, Actor.person("racer1")),
				() -> this.matches.keepApart(matchId, "racer2"));
		assertThat(outcomes).hasSize(2);
		assertThat(outcomes).filteredOn(MatchMerges.AlreadyDecided.class::isInstance).hasSize(1);
		PossibleMatches.Match match = this.matches.find(matchId);
		long archived = this.fixtures.count("select count(*) from tender where id = ? and archived_at is not null",
				imported);
		long awards = this.fixtures.count("select count(*) from tender_event where tender_id = ? and type = 'AWARD'",
				this.fixtures.newsTenderId);
		if (match.status() == PossibleMatches.Status.MERGED) {
			assertThat(archived).isEqualTo(1);
			assertThat(awards).isEqualTo(1);
		}
		else {
			assertThat(match.status()).isEqualTo(PossibleMatches.Status.KEPT_APART);
			assertThat(archived).isZero();
			assertThat(awards).isZero();
		}
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", matchId).with(csrf()))
			.andExpect(redirectedUrl("/admin/imports/matches/" + matchId))
			.andExpect(flash().attribute("matchProblem", containsString("Someone decided this possible match first")));
	}

	@Test
	void aMatchWhoseTenderWasArchivedSince_saysSo_andCannotBeMerged() throws Exception {
		importFiles(this.fixtures.tenderNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		this.jdbc.sql("update tender set archived_at = now() where id = ?").params(this.fixtures.newsTenderId).update();
		this.mvc.perform(get("/admin/imports/matches/{id}", matchId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be merged")))
			.andExpect(content().string(not(containsString("Merge into the existing tender"))));
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", matchId).with(csrf()))
			.andExpect(redirectedUrl("/admin/imports/matches/" + matchId))
			.andExpect(flash().attribute("matchProblem", containsString("archived or merged since")));
		assertThat(this.matches.find(matchId).status()).isEqualTo(PossibleMatches.Status.OPEN);
	}

	@Test
	void anUnknownPossibleMatch_is404() throws Exception {
		this.mvc.perform(get("/admin/imports/matches/{id}", 999_999_999L)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", 999_999_999L).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/imports/matches/{id}/keep-apart", 999_999_999L).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDecisionWithoutItsCsrfToken_isRefused() throws Exception {
		importFiles(this.fixtures.tenderNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", matchId)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/imports/matches/{id}/keep-apart", matchId)).andExpect(status().isForbidden());
		assertThat(this.matches.find(matchId).status()).isEqualTo(PossibleMatches.Status.OPEN);
	}

	@Test
	@WithMockUser(username = "editor1", roles = "EDITOR")
	void anEditor_seesPossibleMatches_butOnlyAnAdminDecides() throws Exception {
		importFiles(this.fixtures.tenderNotice());
		long matchId = this.fixtures.matchesOf(this.fixtures.newsTenderId).get(0);
		this.mvc.perform(get("/admin/imports/matches/{id}", matchId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only an admin can merge")))
			.andExpect(content().string(not(containsString("Merge into the existing tender"))));
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", matchId).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.matches.find(matchId).status()).isEqualTo(PossibleMatches.Status.OPEN);
	}

	@Test
	@WithAnonymousUser
	void someoneNotSignedIn_isSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/imports/matches")).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(post("/admin/imports/matches/{id}/merge", 1).with(csrf()))
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void withNoPossibleMatches_theListSaysSo() throws Exception {
		this.jdbc
			.sql("update possible_match set status = 'KEPT_APART', decided_by = 'test', decided_at = now()"
					+ " where status = 'OPEN'")
			.update();
		this.mvc.perform(get("/admin/imports/matches"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are no possible matches to decide")));
	}

	@Test
	void manyPossibleMatches_arePaged_andTheImportsPageLinksToTheRest() throws Exception {
		this.jdbc
			.sql("update possible_match set status = 'KEPT_APART', decided_by = 'test', decided_at = now()"
					+ " where status = 'OPEN'")
			.update();
		this.jdbc.sql("""
				insert into possible_match (imported_tender_id, existing_tender_id, score, reasons)
				select a.id, b.id, 0.5, 'Listed for paging' from tender a cross join tender b
				where a.id <> b.id and a.id <= 8 and b.id <= 8 order by a.id, b.id limit 26""").update();
		try {
			this.mvc.perform(get("/admin/imports"))
				.andExpect(content().string(containsString("See more possible matches")))
				.andExpect(content().string(containsString("(26 in all)")));
			this.mvc.perform(get("/admin/imports/matches"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("govuk-pagination")))
				.andExpect(content().string(containsString("Showing <strong>1</strong> to <strong>25</strong>")));
			this.mvc.perform(get("/admin/imports/matches").param("page", "2"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Showing <strong>26</strong> to <strong>26</strong>")));
			this.mvc.perform(get("/admin/imports/matches").param("page", "3")).andExpect(status().isBadRequest());
		}
		finally {
			this.jdbc.sql("delete from possible_match where reasons = 'Listed for paging'").update();
		}
	}

	private ImportRuns.Run importFiles(Path... files) {
		return this.imports.importNow(List.of(files), ImportRuns.Kind.FILES, "possible matches", "test");
	}

	/** Runs two decisions at once, each signed in as an admin; how each ended. */
	private static List<Object> race(Decision first, Decision second) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Decision decision : List.of(first, second)) {
			futures.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("racer", "n/a",
							AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR")));
				go.await();
				try {
					return decision.decide();
				}
				catch (MatchMerges.AlreadyDecided ex) {
					return ex;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		go.countDown();
		List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
		for (Future<Object> future : futures) {
			try {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			catch (Exception ex) {
				outcomes.add(ex);
			}
		}
		pool.shutdownNow();
		return outcomes;
	}

	@FunctionalInterface
	private interface Decision {

		Object decide();

	}

}
