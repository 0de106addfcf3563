package io.github.nhstendertracker.tender;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The labels of CPV codes, as the notices gave them: reference data, not records anyone
 * edits, so the first label seen for a code is kept and never audited.
 */
@Repository
public class CpvLabels {

	private final JdbcClient jdbc;

	CpvLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the labels of codes not labelled yet; codes without a label are ignored. */
	public void remember(Map<String, String> labels) {
		labels.forEach((code, label) -> {
			if (label != null && !label.isBlank() && code.matches("\\d{8}")) {
				this.jdbc.sql("insert into cpv_code (code, label) values (:code, :label) on conflict (code) do nothing")
					.param("code", code)
					.param("label", (label.length() > 300) ? label.substring(0, 300) : label.strip())
					.update();
			}
		});
	}

	/** The labels of the given codes that have one. */
	public Map<String, String> labels(Collection<String> codes) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (codes.isEmpty()) {
			return labels;
		}
		this.jdbc.sql("select code, label from cpv_code where code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query((rs) -> {
				labels.put(rs.getString("code"), rs.getString("label"));
			});
		return labels;
	}

}
