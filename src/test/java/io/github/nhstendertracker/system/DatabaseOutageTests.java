package io.github.nhstendertracker.system;

import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.nhstendertracker.ProxiedDatabaseConfiguration;
import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The database goes away: the application's pool reaches PostgreSQL through a
 * {@link TcpProxy} that each test cuts. A save comes back within a few seconds as a 503
 * with everything that was typed and a button to send it again; nothing is written; and
 * once the database is back the same answers save.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, ProxiedDatabaseConfiguration.class })
@WithMockUser(username = "editor1", roles = "EDITOR")
class DatabaseOutageTests {

	/**
	 * Hikari's connection timeout (3 s, from application.properties) and time to render.
	 */
	private static final long WITHIN_MILLIS = 5_000;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	private final String name = "Outage Test CCG " + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void bringTheDatabaseBack() throws Exception {
		databaseBack();
		this.jdbc.sql("delete from commissioner where name = :name").param("name", this.name).update();
		this.jdbc.sql("delete from audit_record where entity_label = :name").param("name", this.name).update();
	}

	@Test
	void aSaveWhileTheDatabaseIsAway_comesBackAs503WithTheInput_andWritesNothing() throws Exception {
		this.mvc.perform(get("/admin/commissioners/new")).andReturn();
		ProxiedDatabaseConfiguration.proxy().cut();
		long started = System.nanoTime();
		MvcResult away = addCommissioner();
		long tookMillis = (System.nanoTime() - started) / 1_000_000;
		String page = away.getResponse().getContentAsString();

		assertThat(away.getResponse().getStatus()).isEqualTo(503);
		assertThat(tookMillis).isLessThan(WITHIN_MILLIS);
		assertThat(page).contains("Nothing has been saved yet")
			.contains("value=\"" + this.name + "\"")
			.contains("Try again")
			.contains("action=\"/admin/commissioners/new\"")
			.doesNotContain("Exception");

		databaseBack();
		assertThat(commissionersNamed()).isZero();
		MvcResult back = addCommissioner();
		assertThat(back.getResponse().getStatus()).isEqualTo(302);
		assertThat(commissionersNamed()).isOne();
	}

	@Test
	void anEditWhileTheDatabaseIsAway_keepsWhatWasTyped_andLeavesTheRecordAlone() throws Exception {
		String before = this.jdbc.sql("select description from tender where id = 8").query(String.class).single();
		ProxiedDatabaseConfiguration.proxy().cut();
		MvcResult away = this.mvc
			.perform(post("/admin/tenders/8/edit").with(csrf())
				.param("version", "0")
				.param("title", "Dudley MCP")
				.param("description", "A new description typed during the outage")
				.param("commissionerIds", "8"))
			.andReturn();
		assertThat(away.getResponse().getStatus()).isEqualTo(503);
		assertThat(away.getResponse().getContentAsString()).contains("A new description typed during the outage");
		databaseBack();
		assertThat(this.jdbc.sql("select description from tender where id = 8").query(String.class).single())
			.isEqualTo(before);
	}

	@Test
	void pagesWhileTheDatabaseIsAway_say503_inTheSiteStyleOrAsProblemJson() throws Exception {
		ProxiedDatabaseConfiguration.proxy().cut();
		MvcResult page = this.mvc.perform(get("/tenders/8")).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(503);
		assertThat(page.getResponse().getContentAsString()).contains("Sorry, the service is unavailable")
			.contains("Try again in a few minutes");
		MvcResult json = this.mvc.perform(get("/api/tenders/8")).andReturn();
		assertThat(json.getResponse().getStatus()).isEqualTo(503);
		assertThat(json.getResponse().getContentType()).contains("json");
		assertThat(json.getResponse().getContentAsString()).contains("cannot be reached");
	}

	/**
	 * Listens again, and has the pool drop the connections the cut broke (a real pool
	 * finds them when it next checks them).
	 */
	private void databaseBack() throws Exception {
		ProxiedDatabaseConfiguration.proxy().restore();
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
	}

	private MvcResult addCommissioner() throws Exception {
		return this.mvc
			.perform(post("/admin/commissioners/new").with(csrf()).param("name", this.name).param("type", "CCG"))
			.andReturn();
	}

	private long commissionersNamed() {
		return this.jdbc.sql("select count(*) from commissioner where name = :name")
			.param("name", this.name)
			.query(Long.class)
			.single();
	}

}
