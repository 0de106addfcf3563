package io.github.nhstendertracker.opendata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.nhstendertracker.opendata.TenderFacts.Figure;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.MoneyRange;
import io.github.nhstendertracker.tender.ValueBasis;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values in OCDS. {@code tender.value} (with {@code tender.minValue} for a range) holds
 * only a total that was reported, in its own currency: a per-year figure is never
 * multiplied out into it. Every figure, on its own basis, with its duration and whether
 * its upper bound is open ("over £1bn"), is listed in the tracker's field
 * {@code tender.reportedFigures}; the compiled release adds {@code tender.headlineValue}
 * with the total and per-year figures the tracker shows, each marked when derived.
 */
final class OcdsValues {

	private OcdsValues() {
	}

	/**
	 * Puts a total into {@code value} and {@code minValue}; nothing for a per-year value.
	 */
	static void putTotal(ObjectNode tender, ContractValue value, String currency) {
		if (value == null || !value.known() || value.basis() != ValueBasis.TOTAL) {
			return;
		}
		BigDecimal high = (value.high() != null) ? value.high() : value.low();
		BigDecimal low = value.low();
		if (low != null && low.compareTo(high) < 0) {
			amount(tender.putObject("minValue"), low, currency);
		}
		amount(tender.putObject("value"), high, currency);
	}

	/**
	 * The figure of a source that goes into its release's {@code tender.value}: a total
	 * that agrees with the headline, else its first total.
	 */
	static Figure mainFigure(List<Figure> figures, ContractValue headline) {
		Figure first = null;
		for (Figure figure : figures) {
			if (figure.value().basis() != ValueBasis.TOTAL) {
				continue;
			}
			if (same(figure.value(), headline) && "GBP".equals(figure.currency())) {
				return figure;
			}
			first = (first != null) ? first : figure;
		}
		return first;
	}

	/** Lists figures in {@code tender.reportedFigures}, each naming its release. */
	static void putFigures(ObjectNode tender, List<Figure> figures, java.util.function.LongFunction<String> release) {
		if (figures.isEmpty()) {
			return;
		}
		ArrayNode list = tender.putArray("reportedFigures");
		for (Figure figure : figures) {
			ObjectNode node = describe(list.addObject(), figure.value(), figure.currency());
			if (figure.note() != null) {
				node.put("note", figure.note());
			}
			node.put("release", release.apply(figure.sourceId()));
		}
	}

	/**
	 * The headline value as the tracker shows it, with its total and per-year figures.
	 */
	static void putHeadline(ObjectNode tender, ContractValue value) {
		if (value == null || !value.known()) {
			return;
		}
		ObjectNode node = describe(tender.putObject("headlineValue"), value, "GBP");
		range(node, "total", value.total());
		range(node, "perYear", value.perYear());
	}

	private static ObjectNode describe(ObjectNode node, ContractValue value, String currency) {
		node.put("basis", value.basis().name().toLowerCase(Locale.ROOT));
		putAmount(node, "minAmount", value.low());
		putAmount(node, "maxAmount", value.high());
		node.put("maxOpen", value.highOpen());
		node.put("currency", currency);
		if (value.durationMinMonths() != null) {
			node.put("durationMinMonths", value.durationMinMonths());
		}
		if (value.durationMaxMonths() != null) {
			node.put("durationMaxMonths", value.durationMaxMonths());
		}
		return node;
	}

	private static void range(ObjectNode node, String name, MoneyRange range) {
		if (range == null) {
			return;
		}
		ObjectNode out = node.putObject(name);
		putAmount(out, "minAmount", range.low());
		putAmount(out, "maxAmount", range.high());
		out.put("maxOpen", range.highOpen());
		out.put("derived", range.derived());
	}

	private static void putAmount(ObjectNode node, String name, BigDecimal amount) {
		if (amount != null) {
			node.put(name, amount);
		}
	}

	private static void amount(ObjectNode value, BigDecimal amount, String currency) {
		value.put("amount", amount);
		value.put("currency", currency);
	}

	private static boolean same(ContractValue a, ContractValue b) {
		return a != null && b != null && a.basis() == b.basis() && equal(a.low(), b.low()) && equal(a.high(), b.high())
				&& a.highOpen() == b.highOpen();
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return (a == null || b == null) ? Objects.equals(a, b) : a.compareTo(b) == 0;
	}

}
