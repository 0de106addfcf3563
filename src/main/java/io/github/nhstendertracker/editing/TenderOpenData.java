package io.github.nhstendertracker.editing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.tender.ProcurementMethod;
import io.github.nhstendertracker.tender.Tender;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.Errors;

/**
 * The open-data part of a tender: where it is in OCDS (ocid and lot), how it is bought,
 * and what is bought (CPV codes). Read from the tender form, checked, applied and shown
 * in the audit here, so the tender's own checks stay about the tender.
 *
 * @param ocid the open contracting id, or null for a tender only news reported
 * @param lotId the lot within the process, or null
 * @param method the procurement method, or null
 * @param methodDetails the procedure as the notice names it, or null
 * @param sme whether it suits small firms, or null when not said
 * @param vcse whether it suits voluntary and community bodies, or null
 * @param framework whether it sets up a framework agreement, or null
 * @param cpvCodes 8-digit CPV codes, sorted
 */
public record TenderOpenData(String ocid, String lotId, ProcurementMethod method, String methodDetails, Boolean sme,
		Boolean vcse, Boolean framework, Set<String> cpvCodes) {

	private static final Pattern OCID = Pattern.compile("^ocds-[a-z0-9]{6}\\S{1,87}$");

	private static final Pattern CPV = Pattern.compile("^(\\d{8})(?:-\\d)?$");

	static TenderOpenData read(TenderForm form, Long tenderId, JdbcClient jdbc, Errors errors) {
		String ocid = trimmed(form.getOcid());
		if (ocid != null && !OCID.matcher(ocid).matches()) {
			errors.rejectValue("ocid", "invalid", "Enter the ocid like ocds-b5fd17-2a1e3359, or leave it blank");
		}
		String lotId = trimmed(form.getLotId());
		if (lotId != null && ocid == null) {
			errors.rejectValue("lotId", "required", "A lot needs the ocid of its process");
		}
		if (lotId != null && lotId.length() > 100) {
			errors.rejectValue("lotId", "size", "Lot must be 100 characters or fewer");
		}
		if (ocid != null && !errors.hasFieldErrors("ocid")) {
			holder(ocid, lotId, tenderId, jdbc).ifPresent((other) -> errors.rejectValue("ocid", Editable.DUPLICATE,
					new Object[] { other }, "Tender " + other.id() + " already has this ocid"
							+ ((lotId != null) ? " and lot" : "") + ": ‘" + other.name() + "’"));
		}
		ProcurementMethod method = Choices.of(ProcurementMethod.class, form.getProcurementMethod());
		Choices.check(ProcurementMethod.class, form.getProcurementMethod(), errors, "procurementMethod",
				"Choose a procurement method from the list");
		String details = trimmed(form.getProcurementMethodDetails());
		if (details != null && details.length() > 300) {
			errors.rejectValue("procurementMethodDetails", "size", "Procedure must be 300 characters or fewer");
		}
		Set<String> codes = new TreeSet<>();
		if (form.getCpvCodes() != null) {
			for (String code : form.getCpvCodes().split("[,;\\s]+")) {
				if (code.isBlank()) {
					continue;
				}
				var matcher = CPV.matcher(code.strip());
				if (!matcher.matches()) {
					errors.rejectValue("cpvCodes", "invalid",
							"Enter CPV codes of 8 digits, like 85100000, separated by commas");
					break;
				}
				codes.add(matcher.group(1));
			}
		}
		return new TenderOpenData(ocid, lotId, method, details, flag(form.getSuitableSme()),
				flag(form.getSuitableVcse()), flag(form.getFramework()), codes);
	}

	void applyTo(Tender tender) {
		if (!Objects.equals(tender.getOcid(), this.ocid) || !Objects.equals(tender.getLotId(), this.lotId)) {
			tender.setOpenDataId(this.ocid, this.lotId);
		}
		if (tender.getProcurementMethod() != this.method
				|| !Objects.equals(tender.getProcurementMethodDetails(), this.methodDetails)) {
			tender.setProcedure(this.method, this.methodDetails);
		}
		if (!Objects.equals(tender.getSuitableSme(), this.sme) || !Objects.equals(tender.getSuitableVcse(), this.vcse)
				|| !Objects.equals(tender.getFramework(), this.framework)) {
			tender.setSuitability(this.sme, this.vcse, this.framework);
		}
		if (!tender.getCpvCodes().equals(this.cpvCodes)) {
			tender.getCpvCodes().retainAll(this.cpvCodes);
			tender.getCpvCodes().addAll(this.cpvCodes);
		}
	}

	/** The tender's open-data fields as the audit shows them. */
	static Map<String, String> snapshot(Tender tender) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Ocid", tender.getOcid());
		fields.put("Lot", tender.getLotId());
		fields.put("Procurement method",
				(tender.getProcurementMethod() != null) ? tender.getProcurementMethod().label() : null);
		fields.put("Procedure", tender.getProcurementMethodDetails());
		fields.put("Suitable for small firms", yesNo(tender.getSuitableSme()));
		fields.put("Suitable for voluntary and community bodies", yesNo(tender.getSuitableVcse()));
		fields.put("Framework agreement", yesNo(tender.getFramework()));
		fields.put("CPV codes", String.join(", ", new TreeSet<>(tender.getCpvCodes())));
		return fields;
	}

	/** Fills the open-data fields of a form from the tender. */
	static void fill(TenderForm form, Tender tender) {
		form.setOcid(tender.getOcid());
		form.setLotId(tender.getLotId());
		form.setProcurementMethod(Choices.name(tender.getProcurementMethod()));
		form.setProcurementMethodDetails(tender.getProcurementMethodDetails());
		form.setSuitableSme(flagText(tender.getSuitableSme()));
		form.setSuitableVcse(flagText(tender.getSuitableVcse()));
		form.setFramework(flagText(tender.getFramework()));
		form.setCpvCodes(String.join(", ", new TreeSet<>(tender.getCpvCodes())));
	}

	/** Whether an ocid is given: then the ocid, not the title, tells tenders apart. */
	public boolean identified() {
		return this.ocid != null;
	}

	private static java.util.Optional<Ref> holder(String ocid, String lotId, Long tenderId, JdbcClient jdbc) {
		return jdbc.sql("""
				select id, title from tender where ocid = :ocid and coalesce(lot_id, '') = coalesce(:lot, '')
				  and id <> coalesce(:self, -1) order by id limit 1""")
			.param("ocid", ocid)
			.param("lot", lotId)
			.param("self", tenderId)
			.query((rs, row) -> new Ref(rs.getLong("id"), rs.getString("title")))
			.optional();
	}

	private static Boolean flag(String text) {
		String value = trimmed(text);
		return (value == null) ? null : "yes".equals(value.toLowerCase(Locale.ROOT));
	}

	private static String flagText(Boolean flag) {
		return (flag == null) ? null : (flag ? "yes" : "no");
	}

	private static String yesNo(Boolean flag) {
		return (flag == null) ? null : (flag ? "Yes" : "No");
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
