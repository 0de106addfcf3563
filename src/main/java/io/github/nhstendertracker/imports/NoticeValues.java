package io.github.nhstendertracker.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.nhstendertracker.money.ValueText;
import tools.jackson.databind.JsonNode;

/**
 * The values a release reports: the tender's ({@code tender.minValue} to
 * {@code tender.value}), each lot's, each award's and each contract's. Find a Tender
 * gives both {@code amount} (net of VAT) and {@code amountGross}: the net amount is used
 * where there is one, and a gross-only figure says so. A value over £100bn, or below
 * zero, is reported and left out; a currency other than pounds is kept as given.
 */
final class NoticeValues {

	private NoticeValues() {
	}

	static List<Notice.Figure> of(JsonNode release, List<String> notes) {
		List<Notice.Figure> figures = new ArrayList<>();
		JsonNode tender = release.path("tender");
		add(figures, notes, tender.path("minValue"), tender.path("value"), "Tender value", null, true);
		for (JsonNode lot : Json.objects(tender, "lots")) {
			String id = Json.text(lot, "id");
			add(figures, notes, lot.path("minValue"), lot.path("value"), "Lot " + id + " value", id, false);
		}
		for (JsonNode award : Json.objects(release, "awards")) {
			if (!"cancelled".equals(Json.text(award, "status")) && !"unsuccessful".equals(Json.text(award, "status"))) {
				List<String> lots = Json.texts(award, "relatedLots");
				add(figures, notes, null, award.path("value"), "Award value", (lots.size() == 1) ? lots.get(0) : null,
						true);
			}
		}
		for (JsonNode contract : Json.objects(release, "contracts")) {
			add(figures, notes, null, contract.path("value"), "Contract value", null, true);
		}
		return figures;
	}

	private static void add(List<Notice.Figure> figures, List<String> notes, JsonNode min, JsonNode value, String note,
			String lotId, boolean headline) {
		if (!value.isObject()) {
			return;
		}
		BigDecimal amount = Json.number(value, "amount");
		String label = note;
		if (amount == null) {
			amount = Json.number(value, "amountGross");
			label = note + " (including VAT)";
		}
		if (amount == null) {
			return;
		}
		String currency = currency(value);
		BigDecimal low = (min != null && min.isObject()) ? Json.number(min, "amount") : null;
		if (low != null && (!currency.equals(currency(min)) || low.compareTo(amount) > 0)) {
			notes.add(note + ": left out the minimum value, which is in another currency or above the maximum");
			low = null;
		}
		if (amount.signum() < 0 || (low != null && low.signum() < 0)) {
			notes.add(note + ": left out a negative value (" + amount.toPlainString() + ")");
			return;
		}
		if (amount.compareTo(ValueText.CEILING) > 0) {
			notes.add(note + ": left out an absurd value of " + currency + " " + amount.toPlainString()
					+ " (over 100bn)");
			return;
		}
		if (amount.signum() == 0 && low == null) {
			return;
		}
		if (!"GBP".equals(currency)) {
			notes.add(label + " is in " + currency + ": kept as reported, not counted as pounds");
		}
		figures.add(new Notice.Figure(low, amount, currency, label, lotId, headline));
	}

	private static String currency(JsonNode value) {
		String currency = Json.text(value, "currency");
		return (currency != null && currency.strip().matches("[A-Za-z]{3}")) ? currency.strip().toUpperCase(Locale.ROOT)
				: "GBP";
	}

}
