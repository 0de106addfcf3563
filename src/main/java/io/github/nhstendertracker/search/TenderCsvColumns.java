package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.DateQualifier;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.event.EventType;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.BidRole;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ProcurementMethod;
import io.github.nhstendertracker.tender.ServiceArea;
import io.github.nhstendertracker.tender.TenderStatus;
import io.github.nhstendertracker.tender.ValueBasis;

/**
 * The CSV's columns, in order: the one list to change. Each column is a header, the SQL
 * expressions it reads from {@code tender t} (selected in the column's order) and how it
 * writes them. A new column is one line in {@link #of}, where it goes in the file's
 * order. Labels are the ones the pages show; a {@code _code} column beside a label gives
 * the value the search's parameters take.
 */
final class TenderCsvColumns {

	private static final MoneyFormat MONEY = new MoneyFormat();

	private static final PartialDates DATES = new PartialDates();

	private static final String SEPARATOR = "; ";

	/** Names of the tender's service areas, comma-separated: labelled in Java. */
	private static final String SERVICE_AREAS = """
			select string_agg(a.service_area, ',') from tender_service_area a where a.tender_id = t.id""";

	/** Archived commissioners are left out. */
	private static final String COMMISSIONERS = """
			select string_agg(c.name, '; ' order by c.name, c.id) from tender_commissioner tc
			join commissioner c on c.id = tc.commissioner_id where tc.tender_id = t.id and c.archived_at is null""";

	private static final String CPV_CODES = """
			select string_agg(cpv.code, '; ' order by cpv.code) from tender_cpv cpv where cpv.tender_id = t.id""";

	private TenderCsvColumns() {
	}

	/** The columns of an export whose values are on the given basis. */
	static List<Column> of(ValueBasis basis) {
		String low = SearchSql.lowColumn(basis);
		String high = SearchSql.highColumn(basis);
		String derived = (basis == ValueBasis.ANNUAL) ? "t.annual_derived" : "t.total_derived";
		List<Column> columns = new ArrayList<>();
		columns.add(number("id", "t.id"));
		columns.add(text("title", "t.title"));
		columns.add(url("url", "t.id"));
		columns.add(label("status", "t.status", TenderStatus.class, TenderStatus::label));
		columns.add(code("status_code", "t.status", TenderStatus.class));
		columns.add(yesNo("counted_in_total", SummarySql.COUNTED_IN_TOTAL));
		columns.add(number("value_low", low));
		columns.add(number("value_high", SearchSql.upperFigure(basis)));
		columns.add(yesNo("value_high_open", low + " is not null and " + high + " is null"));
		columns.add(fixed("value_basis", (basis == ValueBasis.ANNUAL) ? "Per year" : "Total"));
		columns.add(yesNo("value_derived", low + " is not null and " + derived));
		columns.add(reportedValue("reported_value"));
		columns.add(number("duration_min_months", "t.duration_min_months"));
		columns.add(number("duration_max_months", "t.duration_max_months"));
		columns.add(label("nhs_region", "t.nhs_region", NhsRegion.class, NhsRegion::label));
		columns.add(code("nhs_region_code", "t.nhs_region", NhsRegion.class));
		columns.add(label("itl_region", "t.itl_region", ItlRegion.class, ItlRegion::label));
		columns.add(text("itl_region_code", "t.itl_region"));
		columns.add(labels("service_areas", SERVICE_AREAS, ServiceArea.class, ServiceArea::label));
		columns.add(labels("service_area_codes", SERVICE_AREAS, ServiceArea.class, Slugs::of));
		columns.add(text("commissioners", COMMISSIONERS));
		columns.add(text("awarded_to", bidders(BidRole.AWARDED)));
		columns.add(text("preferred_bidders", bidders(BidRole.PREFERRED_BIDDER)));
		columns.add(label("latest_event", "t.latest_event_type", EventType.class, EventType::label));
		columns.add(code("latest_event_code", "t.latest_event_type", EventType.class));
		columns.add(latestEventWhen("latest_event_when"));
		columns.add(date("latest_event_date", "t.latest_event_date"));
		columns.add(code("latest_event_precision", "t.latest_event_precision", DatePrecision.class));
		columns.add(code("latest_event_qualifier", "t.latest_event_qualifier", DateQualifier.class));
		columns.add(when("bid_deadline", "t.bid_deadline", "t.bid_deadline_precision"));
		columns.add(date("bid_deadline_date", "t.bid_deadline"));
		columns.add(when("contract_end", "t.contract_end", "t.contract_end_precision"));
		columns.add(date("contract_end_date", "t.contract_end"));
		columns.add(yesNo("contract_end_derived", "t.contract_end_derived"));
		columns.add(
				label("procurement_method", "t.procurement_method", ProcurementMethod.class, ProcurementMethod::label));
		columns.add(label("contract_model", "t.contract_model", ContractModel.class, ContractModel::label));
		columns.add(number("parent_id", parent("id")));
		columns.add(text("parent_title", parent("title")));
		columns.add(url("parent_url", parent("id")));
		columns.add(text("ocid", "t.ocid"));
		columns.add(text("lot_id", "t.lot_id"));
		columns.add(text("cpv_codes", CPV_CODES));
		return List.copyOf(columns);
	}

	/** The select list of the columns, each expression in parentheses. */
	static String select(List<Column> columns) {
		return columns.stream()
			.flatMap((column) -> column.sql().stream())
			.map((sql) -> "(" + sql + ")")
			.collect(Collectors.joining(",\n"));
	}

	/** The headers of the columns. */
	static String[] headers(List<Column> columns) {
		return columns.stream().map(Column::header).toArray(String[]::new);
	}

	/** Writes one row: every column reads its own values from the cursor in turn. */
	static void write(List<Column> columns, Row row, CsvWriter csv) throws SQLException {
		row.start();
		for (Column column : columns) {
			column.cell().write(row, csv);
		}
		csv.endRow();
	}

	/** The names of the tender's bidders in this role; archived bidders are left out. */
	private static String bidders(BidRole role) {
		return "select string_agg(b.name, '; ' order by b.name, b.id) from bid bd"
				+ " join bidder b on b.id = bd.bidder_id where bd.tender_id = t.id and bd.role = '" + role.name()
				+ "' and b.archived_at is null";
	}

	private static String parent(String column) {
		return "select p." + column + " from tender p where p.id = t.parent_id and p.archived_at is null";
	}

	private static Column text(String header, String sql) {
		return new Column(header, List.of(sql), (row, csv) -> csv.text(row.text()));
	}

	private static Column number(String header, String sql) {
		return new Column(header, List.of(sql), (row, csv) -> csv.number((Number) row.object()));
	}

	private static Column yesNo(String header, String sql) {
		return new Column(header, List.of(sql), (row, csv) -> csv.text(yesNo(row.flag())));
	}

	private static Column fixed(String header, String value) {
		return new Column(header, List.of(), (row, csv) -> csv.text(value));
	}

	private static Column date(String header, String sql) {
		return new Column(header, List.of(sql), (row, csv) -> {
			LocalDate date = row.date();
			csv.text((date != null) ? date.toString() : null);
		});
	}

	private static Column url(String header, String idSql) {
		return new Column(header, List.of(idSql), (row, csv) -> {
			Object id = row.object();
			csv.text((id != null) ? row.tenderUrl + id : null);
		});
	}

	private static <E extends Enum<E>> Column label(String header, String sql, Class<E> type,
			Function<E, String> label) {
		return new Column(header, List.of(sql), (row, csv) -> {
			E value = row.value(type);
			csv.text((value != null) ? label.apply(value) : null);
		});
	}

	private static <E extends Enum<E>> Column code(String header, String sql, Class<E> type) {
		return new Column(header, List.of(sql), (row, csv) -> {
			E value = row.value(type);
			csv.text((value != null) ? Slugs.of(value) : null);
		});
	}

	/** The comma-separated names the SQL gives, each labelled, in the enum's order. */
	private static <E extends Enum<E>> Column labels(String header, String sql, Class<E> type,
			Function<E, String> label) {
		return new Column(header, List.of(sql), (row, csv) -> {
			String names = row.text();
			csv.text((names != null) ? Arrays.stream(names.split(","))
				.map((name) -> Enum.valueOf(type, name))
				.sorted()
				.map(label)
				.collect(Collectors.joining(SEPARATOR)) : null);
		});
	}

	/** The headline value as the pages write it: "£3.4bn to £5.4bn", "£50m a year". */
	private static Column reportedValue(String header) {
		return new Column(header, List.of("t.value_low", "t.value_high", "t.value_high_open", "t.value_basis"),
				(row, csv) -> {
					BigDecimal low = row.decimal();
					BigDecimal high = row.decimal();
					boolean open = Boolean.TRUE.equals(row.flag());
					ValueBasis basis = row.value(ValueBasis.class);
					ContractValue value = new ContractValue(low, high, open, basis, null, null);
					csv.text(value.known() ? MONEY.headline(value) : null);
				});
	}

	/** The latest event's date as precisely as it is known: "by February 2016". */
	private static Column latestEventWhen(String header) {
		return new Column(header,
				List.of("t.latest_event_date", "t.latest_event_precision", "t.latest_event_qualifier"), (row, csv) -> {
					LocalDate date = row.date();
					DatePrecision precision = row.value(DatePrecision.class);
					DateQualifier qualifier = row.value(DateQualifier.class);
					csv.text((date != null) ? DATES.format(date, precision, qualifier) : null);
				});
	}

	/** A date as precisely as it is known, as the pages write it: "13 July 2017". */
	private static Column when(String header, String dateSql, String precisionSql) {
		return new Column(header, List.of(dateSql, precisionSql), (row, csv) -> {
			LocalDate date = row.date();
			DatePrecision precision = row.value(DatePrecision.class);
			csv.text((date != null) ? DATES.format(date, precision) : null);
		});
	}

	private static String yesNo(Boolean value) {
		return (value != null) ? (value ? "yes" : "no") : null;
	}

	/**
	 * A column: its header, the SQL expressions it reads, and how it writes them.
	 */
	record Column(String header, List<String> sql, Cell cell) {
	}

	/** Writes a column's cell from its values, read in order from the row. */
	@FunctionalInterface
	interface Cell {

		void write(Row row, CsvWriter csv) throws SQLException;

	}

	/**
	 * The current row of the cursor, read one value after another, and the absolute URL
	 * tender ids are appended to.
	 */
	static final class Row {

		private final ResultSet rs;

		private final String tenderUrl;

		private int next;

		Row(ResultSet rs, String tenderUrl) {
			this.rs = rs;
			this.tenderUrl = tenderUrl;
		}

		private void start() {
			this.next = 1;
		}

		private Object object() throws SQLException {
			return this.rs.getObject(this.next++);
		}

		private String text() throws SQLException {
			return this.rs.getString(this.next++);
		}

		private BigDecimal decimal() throws SQLException {
			return this.rs.getBigDecimal(this.next++);
		}

		private Boolean flag() throws SQLException {
			return this.rs.getObject(this.next++, Boolean.class);
		}

		private LocalDate date() throws SQLException {
			return this.rs.getObject(this.next++, LocalDate.class);
		}

		private <E extends Enum<E>> E value(Class<E> type) throws SQLException {
			String name = text();
			return (name != null) ? Enum.valueOf(type, name) : null;
		}

	}

}
