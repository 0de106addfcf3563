package io.github.nhstendertracker.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.region.ItlRegion;
import io.github.nhstendertracker.region.NhsRegion;
import io.github.nhstendertracker.tender.ContractModel;
import io.github.nhstendertracker.tender.ProcurementMethod;
import io.github.nhstendertracker.tender.ServiceArea;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tender form offers: the lists behind its selects and checkboxes. Archived
 * commissioners and sources are not offered.
 */
@Component
@Transactional(readOnly = true)
class TenderChoices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	TenderChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Commissioners that can be chosen, by name. */
	List<Ref> commissioners() {
		return this.jdbc.sql("select id, name from commissioner where archived_at is null order by name, id")
			.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * The commissioners already chosen on a form (ids as sent; anything else is ignored),
	 * by name: all a form lists where there are too many to list every one.
	 */
	List<Ref> commissioners(List<String> chosen) {
		Long[] ids = chosen.stream()
			.filter((id) -> id != null && id.strip().matches("\\d{1,18}"))
			.map((id) -> Long.valueOf(id.strip()))
			.toArray(Long[]::new);
		return this.jdbc.sql("select id, name from commissioner where id = any(:ids) order by name, id")
			.param("ids", ids)
			.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** Sources that can be chosen, newest first: id to "Publication, date: title". */
	Map<String, String> sources() {
		Map<String, String> sources = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, publication, published_on, title from source where archived_at is null
				order by published_on desc nulls last, id desc""").query((rs) -> {
			LocalDate published = rs.getObject("published_on", LocalDate.class);
			String title = rs.getString("title");
			String shortTitle = (title.length() > 90) ? title.substring(0, 87) + "..." : title;
			sources.put(String.valueOf(rs.getLong("id")), rs.getString("publication")
					+ ((published != null) ? ", " + DAY.format(published) : "") + ": " + shortTitle);
		});
		return sources;
	}

	Map<String, String> procurementMethods() {
		return Options.of(ProcurementMethod.values(), ProcurementMethod::label);
	}

	Map<String, String> yesNo() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("yes", "Yes");
		options.put("no", "No");
		return options;
	}

	Map<String, String> contractModels() {
		return Options.of(ContractModel.values(), ContractModel::label);
	}

	Map<String, String> nhsRegions() {
		return Options.of(NhsRegion.values(), NhsRegion::label);
	}

	Map<String, String> itlRegions() {
		return Options.of(ItlRegion.values(), (region) -> region.label() + " (" + region.code() + ")");
	}

	Map<String, String> serviceAreas() {
		return Options.of(ServiceArea.values(), ServiceArea::label);
	}

}
