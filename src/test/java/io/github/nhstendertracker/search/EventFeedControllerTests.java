package io.github.nhstendertracker.search;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /events.atom} against the seeded database, read back with a namespace-aware XML
 * parser: Atom 1.0's required elements, ids that do not change, newest first, every
 * filter of the search, and the search's 400 for bad parameters. Nobody is signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, EventFeedControllerTests.FixedClock.class })
class EventFeedControllerTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final Pattern TENDER_URL = Pattern.compile("^http://localhost/tenders/(\\d+)$");

	private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void feed_isAtomWithRequiredElementsAndAbsoluteLinks() throws Exception {
		MvcResult result = this.mvc.perform(get("/events.atom").param("region", "midlands"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
			.isEqualTo(new MediaType("application", "atom+xml", StandardCharsets.UTF_8));
		Element feed = parse(result).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, "id")).isEqualTo("tag:nhstendertracker.github.io,2026:/events.atom?region=midlands");
		assertThat(text(feed, "title")).isEqualTo("Tender events (NHS region: Midlands)");
		assertThat(text(child(child(feed, "author"), "name"))).isEqualTo("NHS Tender Tracker");
		assertThat(link(feed, "self")).isEqualTo("http://localhost/events.atom?region=midlands");
		assertThat(link(feed, "alternate")).isEqualTo("http://localhost/tenders?region=midlands");
		List<Element> entries = entries(feed);
		assertThat(entries).isNotEmpty();
		assertThat(text(feed, "updated")).isEqualTo(text(entries.get(0), "updated"));
		for (Element entry : entries) {
			assertThat(children(entry, "id")).hasSize(1);
			assertThat(children(entry, "title")).hasSize(1);
			assertThat(OffsetDateTime.parse(text(entry, "updated"))).isNotNull();
			assertThat(link(entry, "alternate")).matches(TENDER_URL);
			assertThat(child(entry, "content").getAttribute("type")).isEqualTo("html");
		}
	}

	@Test
	void entries_areNewestFirstWithStableIds() throws Exception {
		List<Element> first = entries(fetch(get("/events.atom")));
		List<Element> second = entries(fetch(get("/events.atom")));
		assertThat(first).hasSizeBetween(1, EventFeed.DEFAULT_LIMIT);
		assertThat(ids(first)).isEqualTo(ids(second)).doesNotHaveDuplicates();
		assertThat(ids(first)).allMatch((id) -> id.matches("tag:nhstendertracker\\.github\\.io,2026:event:\\d+"));
		List<OffsetDateTime> updated = first.stream().map((e) -> OffsetDateTime.parse(text(e, "updated"))).toList();
		assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
		long newest = this.jdbc.sql("""
				select e.id from tender_event e join tender t on t.id = e.tender_id
				where t.archived_at is null and not e.expected
				order by e.event_date desc, t.id desc, e.id desc limit 1""").query(Long.class).single();
		assertThat(ids(first).get(0)).isEqualTo(AtomFeedWriter.entryId(newest));
	}

	@Test
	void entry_saysWhatHappenedWhenAtItsPrecisionTheValueAndLinksTheTender() throws Exception {
		Element feed = fetch(get("/events.atom").param("q", "older people"));
		Element collapse = entries(feed).stream()
			.filter((e) -> text(e, "id").equals(AtomFeedWriter.entryId(6)))
			.findFirst()
			.orElseThrow();
		String title = this.jdbc.sql("select title from tender where id = 1").query(String.class).single();
		assertThat(text(collapse, "title")).isEqualTo(title + ": Collapsed");
		assertThat(text(collapse, "updated")).isEqualTo("2016-02-01T00:00:00Z");
		assertThat(link(collapse, "alternate")).isEqualTo("http://localhost/tenders/1");
		assertThat(text(collapse, "content")).contains("<strong>Collapsed</strong>: by February 2016")
			.contains("judged no longer financially sustainable")
			.contains("Value: £750m to over £1bn (£150m to over £200m a year)")
			.contains("<a href=\"http://localhost/tenders/1\">");
		assertThat(ids(entries(feed))).as("the review only expected is left out")
			.doesNotContain(AtomFeedWriter.entryId(8))
			.contains(AtomFeedWriter.entryId(7));
	}

	@Test
	void filters_pickTheTendersWhoseEventsAreShown() throws Exception {
		assertThat(tenders(get("/events.atom").param("commissioner", "8"))).containsOnly(8L);
		assertThat(tenders(get("/events.atom").param("q", "end of life"))).containsOnly(5L, 7L);
		Set<Long> midlands = Set
			.copyOf(this.jdbc.sql("select id from tender where nhs_region = 'MIDLANDS' and archived_at is null")
				.query(Long.class)
				.list());
		assertThat(tenders(get("/events.atom").param("region", "midlands"))).contains(8L).isSubsetOf(midlands);
		Set<Long> collapsed = Set
			.copyOf(this.jdbc.sql("select id from tender where status = 'COLLAPSED'").query(Long.class).list());
		assertThat(tenders(get("/events.atom").param("status", "collapsed"))).contains(1L).isSubsetOf(collapsed);
		List<Long> dudleyEvents = this.jdbc
			.sql("select id from tender_event where tender_id = 8 and not expected order by id")
			.query(Long.class)
			.list();
		assertThat(entries(fetch(get("/events.atom").param("commissioner", "8")))).hasSameSizeAs(dudleyEvents);
	}

	@Test
	void limit_capsTheEntriesToTheNewestAndIsKeptInTheSelfLink() throws Exception {
		Element feed = fetch(get("/events.atom").param("region", "midlands").param("limit", "2"));
		assertThat(entries(feed)).hasSize(2);
		assertThat(link(feed, "self")).isEqualTo("http://localhost/events.atom?region=midlands&limit=2");
		assertThat(text(feed, "id")).isEqualTo("tag:nhstendertracker.github.io,2026:/events.atom?region=midlands");
		List<String> all = ids(entries(fetch(get("/events.atom").param("region", "midlands").param("limit", "200"))));
		List<String> firstThree = ids(
				entries(fetch(get("/events.atom").param("region", "midlands").param("limit", "3"))));
		assertThat(all).hasSizeGreaterThan(3).startsWith(firstThree.toArray(String[]::new));
		long midlandsEvents = this.jdbc.sql("""
				select count(*) from tender_event e join tender t on t.id = e.tender_id
				where t.nhs_region = 'MIDLANDS' and t.archived_at is null and not e.expected""")
			.query(Long.class)
			.single();
		assertThat(all).hasSize((int) Math.min(midlandsEvents, EventFeed.MAX_LIMIT));
	}

	@Test
	void pagingAndSortParameters_areIgnored() throws Exception {
		List<String> plain = ids(entries(fetch(get("/events.atom").param("region", "midlands"))));
		List<String> sorted = ids(entries(fetch(get("/events.atom").param("region", "midlands")
			.param("sort", "title")
			.param("dir", "asc")
			.param("after", "not-a-cursor")
			.param("size", "7"))));
		assertThat(sorted).isEqualTo(plain);
	}

	@Test
	void badParameters_getTheSearchsProblem() throws Exception {
		this.mvc.perform(get("/events.atom").param("region", "atlantis").param("limit", "201"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.region").value("There is no NHS region called ‘atlantis’"))
			.andExpect(jsonPath("$.errors.limit").value("Limit must be given once, as a whole number from 1 to 200"));
		for (String limit : List.of("0", "abc", "-1", "1000")) {
			this.mvc.perform(get("/events.atom").param("limit", limit))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.limit").exists());
		}
		this.mvc.perform(get("/events.atom").param("limit", "1").param("limit", "2"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/events.atom").param("commissioner", "424242"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.commissioner").value("There is no commissioner with id 424242"));
		this.mvc.perform(get("/events.atom").param("minValue", "lots")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/events.atom").param("from", "2016-02-30")).andExpect(status().isBadRequest());
	}

	@Test
	void noMatches_isAValidEmptyFeed() throws Exception {
		Element feed = fetch(get("/events.atom").param("q", "zqnothingmatchesthis"));
		assertThat(entries(feed)).isEmpty();
		assertThat(text(feed, "id")).isNotBlank();
		assertThat(text(feed, "title")).isEqualTo("Tender events (Keywords: zqnothingmatchesthis)");
		assertThat(text(feed, "updated")).isEqualTo("2024-03-01T10:00:00Z");
		assertThat(link(feed, "alternate")).isEqualTo("http://localhost/tenders?q=zqnothingmatchesthis");
	}

	/**
	 * Markup in a title or description is text: it arrives escaped, never as elements of
	 * the feed or of the entry's HTML.
	 */
	@Test
	@Transactional
	void markupInTitlesAndDescriptions_isEscaped() throws Exception {
		long tender = this.jdbc.sql("""
				insert into tender (title, description, nhs_region)
				values ('Zqfeed <b>bold</b> & "quoted"', 'x', 'LONDON') returning id""").query(Long.class).single();
		this.jdbc.sql("""
				insert into tender_event (tender_id, type, event_date, date_precision, description)
				values (:tender, 'NOTICE_PUBLISHED', '2019-05-09', 'DAY', '<script>alert(1)</script>')""")
			.param("tender", tender)
			.update();
		Element feed = fetch(get("/events.atom").param("q", "zqfeed"));
		List<Element> entries = entries(feed);
		assertThat(entries).hasSize(1);
		Element entry = entries.get(0);
		assertThat(text(entry, "title")).isEqualTo("Zqfeed <b>bold</b> & \"quoted\": Notice published");
		assertThat(children(entry, "b")).isEmpty();
		assertThat(text(entry, "content")).contains("<strong>Notice published</strong>: 9 May 2019")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("Zqfeed &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</a>")
			.contains("Value: not known");
	}

	private Element fetch(MockHttpServletRequestBuilder request) throws Exception {
		return parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn()).getDocumentElement();
	}

	private Set<Long> tenders(MockHttpServletRequestBuilder request) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (Element entry : entries(fetch(request))) {
			Matcher matcher = TENDER_URL.matcher(link(entry, "alternate"));
			assertThat(matcher.matches()).isTrue();
			ids.add(Long.valueOf(matcher.group(1)));
		}
		assertThat(ids).isNotEmpty();
		return Set.copyOf(ids);
	}

	private static Document parse(MvcResult result) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private static List<Element> entries(Element feed) {
		return children(feed, "entry");
	}

	private static List<String> ids(List<Element> entries) {
		return entries.stream().map((entry) -> text(entry, "id")).toList();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as("one atom:%s in atom:%s", name, parent.getLocalName()).hasSize(1);
		return found.get(0);
	}

	private static String text(Element parent, String name) {
		return text(child(parent, name));
	}

	private static String text(Element element) {
		return element.getTextContent();
	}

	/** The href of the one link with this rel. */
	private static String link(Element parent, String rel) {
		List<Element> links = children(parent, "link").stream()
			.filter((link) -> rel.equals(link.getAttribute("rel")))
			.toList();
		assertThat(links).as("one link rel=%s", rel).hasSize(1);
		return links.get(0).getAttribute("href");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneId.of("Europe/London"));
		}

	}

}
