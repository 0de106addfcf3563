package io.github.nhstendertracker.search;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.nhstendertracker.browse.ValueView;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.tender.ValueBasis;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the events of a search as an Atom 1.0 feed (RFC 4287) with StAX, so every
 * character is escaped by the XML writer. Each entry is named by a tag URI (RFC 4151)
 * made from its event's id, the same at every fetch and on every host; its
 * {@code updated} is the event's date (midnight UTC, as the date has no time), and its
 * content says what happened, when (at the precision known), the tender's value and a
 * link to its page.
 */
@Component
class AtomFeedWriter {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/**
	 * The tagging authority and date of every id this site gives its feeds and entries.
	 */
	static final String TAG = "tag:nhstendertracker.github.io,2026:";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final MoneyFormat money;

	private final PartialDates dates;

	AtomFeedWriter(MoneyFormat money, PartialDates dates) {
		this.money = money;
		this.dates = dates;
	}

	/** The id of an event's entry: it never changes, whatever the feed or the host. */
	static String entryId(long eventId) {
		return TAG + "event:" + eventId;
	}

	/**
	 * Writes the feed. With no entries, {@code updated} is {@code now}; otherwise it is
	 * the newest entry's.
	 * @param head the feed's own id, title and links
	 * @param entries the events, newest first
	 * @param siteUrl the site's absolute address, without a trailing slash, for links to
	 * tender pages
	 * @param now the time to give an empty feed
	 */
	void write(Head head, List<EventFeed.Entry> entries, String siteUrl, Instant now, Writer out) {
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", head.id());
			element(xml, "title", head.title());
			element(xml, "subtitle", head.subtitle());
			Instant updated = entries.isEmpty() ? now.truncatedTo(ChronoUnit.SECONDS) : instant(entries.get(0).date());
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			xml.writeStartElement("author");
			element(xml, "name", "NHS Tender Tracker");
			xml.writeEndElement();
			link(xml, "self", "application/atom+xml", head.selfUrl());
			link(xml, "alternate", "text/html", head.alternateUrl());
			element(xml, "generator", "NHS Tender Tracker");
			for (EventFeed.Entry entry : entries) {
				entry(xml, entry, siteUrl + "/tenders/" + entry.tender().id());
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed", ex);
		}
	}

	private void entry(XMLStreamWriter xml, EventFeed.Entry entry, String tenderUrl) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", entryId(entry.id()));
		element(xml, "title", entry.tender().title() + ": " + entry.type().label());
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(instant(entry.date())));
		link(xml, "alternate", "text/html", tenderUrl);
		xml.writeStartElement("content");
		xml.writeAttribute("type", "html");
		xml.writeCharacters(content(entry, tenderUrl));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** The entry's content as HTML, which the XML writer then escapes once more. */
	private String content(EventFeed.Entry entry, String tenderUrl) {
		StringBuilder html = new StringBuilder();
		html.append("<p><strong>")
			.append(escape(entry.type().label()))
			.append("</strong>: ")
			.append(escape(this.dates.format(entry.date(), entry.precision(), entry.qualifier())))
			.append("</p>");
		if (entry.description() != null && !entry.description().isBlank()) {
			html.append("<p>").append(escape(entry.description())).append("</p>");
		}
		html.append("<p>Value: ").append(escape(value(entry.tender().value()))).append("</p>");
		html.append("<p><a href=\"")
			.append(escape(tenderUrl))
			.append("\">")
			.append(escape(entry.tender().title()))
			.append("</a></p>");
		return html.toString();
	}

	/**
	 * The headline value with the figure on the other basis when it is known:
	 * "£3.4bn–£5.4bn (£227m–£360m a year)", "£50m a year (£250m in total)".
	 */
	String value(ValueView value) {
		if (value == null) {
			return "not known";
		}
		String headline = this.money.headline(value.asContractValue());
		if (value.basis() == ValueBasis.ANNUAL) {
			return headline + ((value.total() != null) ? " (" + this.money.range(value.total()) + " in total)" : "");
		}
		return headline + ((value.perYear() != null) ? " (" + this.money.range(value.perYear()) + " a year)" : "");
	}

	/** Escapes only what HTML needs: the content is UTF-8, so "£" stays as it is. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static Instant instant(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/**
	 * What a feed says of itself.
	 *
	 * @param id its tag URI, from its filters, so the same search is always the same feed
	 * @param title its title, naming its filters
	 * @param subtitle what it holds
	 * @param selfUrl its own absolute address
	 * @param alternateUrl the absolute address of the matching tender list
	 */
	record Head(String id, String title, String subtitle, String selfUrl, String alternateUrl) {
	}

}
