package io.github.nhstendertracker.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.ocds.CleanText;
import io.github.nhstendertracker.ocds.ReadRelease;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.CpvAreas;
import io.github.nhstendertracker.tender.ProcurementMethod;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Turns one OCDS release into a {@link Notice}: every fact the tracker keeps from it,
 * mapped field by field as {@code docs/ocds-mapping.md} describes, with nothing written.
 * A release the tracker cannot use (no ocid, no title, no buyer, no date) is refused with
 * the reason, for the report.
 */
@Component
public class NoticeMapper {

	private static final Map<String, String> PUBLISHERS = Map.of("ocds-b5fd17", "Contracts Finder", "ocds-h6vhtk",
			"Find a Tender", "ocds-r6ebe6", "Public Contracts Scotland", "ocds-kuma6s", "Sell2Wales");

	private final Clock clock;

	NoticeMapper(Clock clock) {
		this.clock = clock;
	}

	/** A release the tracker cannot use, with the reason. */
	public static class RefusedRelease extends RuntimeException {

		public RefusedRelease(String reason) {
			super(reason);
		}

	}

	/**
	 * The notice a release gives.
	 * @throws RefusedRelease if it cannot be used
	 */
	public Notice map(ReadRelease read) {
		JsonNode release = read.release();
		List<String> notes = new ArrayList<>(read.cleaned());
		String ocid = Json.text(release, "ocid");
		String releaseId = Json.text(release, "id");
		if (ocid == null) {
			throw new RefusedRelease("The release has no ocid");
		}
		if (ocid.length() > 100 || releaseId == null || releaseId.length() > 200) {
			throw new RefusedRelease("The release's ocid or id is missing or too long");
		}
		JsonNode tender = release.path("tender");
		String title = cleaned(Json.text(tender, "title"), notes, "title");
		if (title == null) {
			throw new RefusedRelease("The release gives no tender title");
		}
		if (title.length() > 300) {
			notes.add("Shortened the title to 300 characters");
			title = title.substring(0, 300).strip();
		}
		String description = paragraphs(Json.text(tender, "description"), notes);
		if (description == null) {
			description = "The notice gives no description.";
		}
		else if (description.length() > 4000) {
			notes.add("Shortened the description to 4,000 characters");
			description = description.substring(0, 3999).strip() + "…";
		}
		LocalDate date = OcdsDates.day(Json.text(release, "date"));
		if (date == null) {
			throw new RefusedRelease("The release has no date that can be read");
		}
		NoticeParties parties = new NoticeParties(release, notes);
		List<Notice.Party> buyers = new ArrayList<>();
		Optional.ofNullable(parties.resolve(release.path("buyer"))).ifPresent(buyers::add);
		if (buyers.isEmpty()) {
			buyers.addAll(parties.withRole("buyer", "procuringEntity"));
		}
		if (buyers.isEmpty()) {
			throw new RefusedRelease("The release names no buyer");
		}
		List<String> tags = Json.texts(release, "tag");
		Map<String, String> cpv = cpv(release);
		NoticeEvents events = new NoticeEvents(release, date, tags, LocalDate.now(this.clock.withZone(OcdsDates.UK)));
		String url = noticeUrl(release);
		String publisher = publisher(read, ocid);
		return new Notice(ocid, releaseId, read.derivedId(), date, tags, publisher, url, noticeId(url, release), title,
				description, distinct(buyers), NoticeValues.of(release, notes), cpv, CpvAreas.of(cpv.keySet()),
				NoticePlaces.of(release), method(Json.text(tender, "procurementMethod")),
				cleaned(Json.text(tender, "procurementMethodDetails"), notes, "procedure"),
				Json.flag(tender.path("suitability"), "sme"), Json.flag(tender.path("suitability"), "vcse"),
				framework(tender), events.events(), bids(release, parties), lots(tender, notes), notes);
	}

	private static Map<String, String> cpv(JsonNode release) {
		Map<String, String> codes = new LinkedHashMap<>();
		JsonNode tender = release.path("tender");
		addCpv(codes, tender.path("classification"));
		for (JsonNode classification : Json.objects(tender, "additionalClassifications")) {
			addCpv(codes, classification);
		}
		List<JsonNode> items = new ArrayList<>(Json.objects(tender, "items"));
		for (JsonNode award : Json.objects(release, "awards")) {
			items.addAll(Json.objects(award, "items"));
		}
		for (JsonNode item : items) {
			addCpv(codes, item.path("classification"));
			for (JsonNode classification : Json.objects(item, "additionalClassifications")) {
				addCpv(codes, classification);
			}
		}
		return codes;
	}

	private static void addCpv(Map<String, String> codes, JsonNode classification) {
		String scheme = Json.text(classification, "scheme");
		String id = Json.text(classification, "id");
		if (scheme == null || id == null || !scheme.strip().equalsIgnoreCase("CPV")) {
			return;
		}
		String code = id.strip();
		if (code.matches("\\d{8}(-\\d)?")) {
			String label = Json.text(classification, "description");
			codes.putIfAbsent(code.substring(0, 8), (label != null) ? CleanText.clean(label).text() : null);
		}
	}

	private static List<Notice.Bid> bids(JsonNode release, NoticeParties parties) {
		List<Notice.Bid> bids = new ArrayList<>();
		List<String> awarded = new ArrayList<>();
		for (JsonNode award : Json.objects(release, "awards")) {
			String status = Optional.ofNullable(Json.text(award, "status")).orElse("active");
			BidRole role = switch (status) {
				case "unsuccessful" -> BidRole.UNSUCCESSFUL;
				case "cancelled" -> null;
				default -> BidRole.AWARDED;
			};
			if (role == null) {
				continue;
			}
			List<String> lots = Json.texts(award, "relatedLots");
			String lotId = (lots.size() == 1) ? lots.get(0) : null;
			for (JsonNode supplier : Json.objects(award, "suppliers")) {
				Notice.Party party = parties.resolve(supplier);
				if (party != null) {
					bids.add(new Notice.Bid(party, role, lotId));
					awarded.add(party.name());
				}
			}
		}
		for (JsonNode tenderer : Json.objects(release.path("tender"), "tenderers")) {
			Notice.Party party = parties.resolve(tenderer);
			if (party != null && !awarded.contains(party.name())) {
				bids.add(new Notice.Bid(party, BidRole.BIDDER, null));
			}
		}
		return bids.stream().distinct().toList();
	}

	private static List<Notice.Lot> lots(JsonNode tender, List<String> notes) {
		List<Notice.Lot> lots = new ArrayList<>();
		for (JsonNode lot : Json.objects(tender, "lots")) {
			String id = Json.text(lot, "id");
			if (id != null && id.length() <= 100) {
				lots.add(new Notice.Lot(id, cleaned(Json.text(lot, "title"), notes, "lot title"),
						paragraphs(Json.text(lot, "description"), notes)));
			}
		}
		return (lots.size() >= 2) ? lots : List.of();
	}

	private static Boolean framework(JsonNode tender) {
		Boolean flag = Json.flag(tender.path("techniques"), "hasFrameworkAgreement");
		if (flag == null) {
			String details = Json.text(tender, "procurementMethodDetails");
			if (details != null && details.toLowerCase(Locale.ROOT).contains("framework")) {
				return true;
			}
		}
		return flag;
	}

	private static ProcurementMethod method(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "open" -> ProcurementMethod.OPEN;
			case "selective" -> ProcurementMethod.SELECTIVE;
			case "limited" -> ProcurementMethod.LIMITED;
			case "direct" -> ProcurementMethod.DIRECT;
			default -> null;
		};
	}

	/** The notice's page on its portal: the first document that is a notice, as given. */
	private static String noticeUrl(JsonNode release) {
		List<JsonNode> documents = new ArrayList<>();
		for (JsonNode award : Json.objects(release, "awards")) {
			documents.addAll(Json.objects(award, "documents"));
		}
		documents.addAll(Json.objects(release.path("tender"), "documents"));
		documents.addAll(Json.objects(release.path("planning"), "documents"));
		for (JsonNode document : documents) {
			String type = Optional.ofNullable(Json.text(document, "documentType")).orElse("");
			String url = Json.text(document, "url");
			if (url != null && url.matches("https?://\\S{1,490}") && type.toLowerCase(Locale.ROOT).endsWith("notice")) {
				return url;
			}
		}
		return null;
	}

	private static String noticeId(String url, JsonNode release) {
		if (url != null) {
			String last = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
			last = last.substring(last.lastIndexOf('/') + 1);
			if (!last.isBlank() && last.length() <= 200) {
				return last;
			}
		}
		return null;
	}

	/** The portal the ocid prefix names; else the package's publisher. */
	private static String publisher(ReadRelease read, String ocid) {
		String prefix = (ocid.length() >= 11) ? ocid.substring(0, 11) : ocid;
		if (PUBLISHERS.containsKey(prefix)) {
			return PUBLISHERS.get(prefix);
		}
		String name = (read.pack() != null) ? read.pack().publisherName() : null;
		return (name != null && !name.isBlank()) ? CleanText.clean(name).text() : "Open data (" + prefix + ")";
	}

	private static List<Notice.Party> distinct(List<Notice.Party> parties) {
		Map<String, Notice.Party> byName = new LinkedHashMap<>();
		parties.forEach((party) -> byName.putIfAbsent(party.name().toLowerCase(Locale.ROOT), party));
		return List.copyOf(byName.values());
	}

	private static String cleaned(String raw, List<String> notes, String what) {
		if (raw == null) {
			return null;
		}
		CleanText.Cleaned cleaned = CleanText.clean(raw);
		cleaned.repairs().forEach((repair) -> notes.add(capitalised(repair) + " in the " + what));
		return cleaned.text().isBlank() ? null : cleaned.text();
	}

	private static String paragraphs(String raw, List<String> notes) {
		if (raw == null) {
			return null;
		}
		CleanText.Cleaned cleaned = CleanText.cleanParagraphs(raw);
		cleaned.repairs().forEach((repair) -> notes.add(capitalised(repair) + " in the description"));
		return cleaned.text().isBlank() ? null : cleaned.text();
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
