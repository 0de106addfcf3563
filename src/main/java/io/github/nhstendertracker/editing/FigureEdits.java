package io.github.nhstendertracker.editing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.nhstendertracker.audit.AuditEntity;
import io.github.nhstendertracker.money.DurationText;
import io.github.nhstendertracker.money.MoneyFormat;
import io.github.nhstendertracker.money.ValueText;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.ContractValue;
import io.github.nhstendertracker.tender.ReportedFigure;
import io.github.nhstendertracker.tender.Tender;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a reported figure brings to the {@link EditPipeline}: a value as one source gave
 * it, kept beside the others so that sources that disagree can be shown side by side. A
 * figure in a currency other than pounds is kept as reported; its amount is read as a
 * plain number and never shown as pounds. The tender is locked first.
 */
@Component
public class FigureEdits implements Editable<ReportedFigure, FigureForm, FigureEdits.Values> {

	private final TenderEntries tenders;

	private final EntityManager entityManager;

	private final MoneyFormat money;

	FigureEdits(TenderEntries tenders, EntityManager entityManager, MoneyFormat money) {
		this.tenders = tenders;
		this.entityManager = entityManager;
		this.money = money;
	}

	/**
	 * A checked figure.
	 *
	 * @param source the source that reported it
	 * @param value the value
	 * @param currency its ISO 4217 code
	 * @param note which figure it is, or null
	 */
	public record Values(Source source, ContractValue value, String currency, String note) {
	}

	@Override
	public AuditEntity type() {
		return AuditEntity.FIGURE;
	}

	@Override
	public void lock(RecordKey key) {
		this.tenders.lock(key.tenderId());
	}

	@Override
	public Optional<ReportedFigure> find(RecordKey key) {
		if (key.id() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.entityManager.find(ReportedFigure.class, key.id()))
			.filter((figure) -> figure.getTender().getId().equals(key.tenderId()));
	}

	@Override
	public Values check(FigureForm form, RecordKey key, ReportedFigure current, Errors errors) {
		String currency = (form.getCurrency() != null) ? form.getCurrency().strip().toUpperCase(Locale.ROOT) : "";
		if (!currency.matches("[A-Z]{3}")) {
			errors.rejectValue("currency", "invalid", "Enter the currency as a three-letter code, like GBP");
		}
		Source source = null;
		if (form.getSourceId() != null && !form.getSourceId().isBlank()) {
			long id = EditableForm.parseVersion(form.getSourceId());
			source = (id < 0) ? null : this.entityManager.find(Source.class, id);
			if (source == null || source.isArchived()) {
				errors.rejectValue("sourceId", "invalid", "Choose a source from the list");
			}
		}
		ValueText.Reading value = null;
		try {
			value = ValueText.read(form.getValue()).orElse(null);
		}
		catch (ValueText.UnreadableException ex) {
			errors.rejectValue("value", "invalid", ex.getMessage());
		}
		DurationText.Reading duration = null;
		try {
			duration = DurationText.read(form.getDuration()).orElse(null);
		}
		catch (ValueText.UnreadableException ex) {
			errors.rejectValue("duration", "invalid", ex.getMessage());
		}
		if (value == null || errors.hasErrors()) {
			return null;
		}
		ContractValue contractValue = value.withDuration((duration != null) ? duration.minMonths() : null,
				(duration != null) ? duration.maxMonths() : null);
		String note = (form.getNote() != null && !form.getNote().isBlank()) ? form.getNote().strip() : null;
		return new Values(source, contractValue, currency, note);
	}

	@Override
	public ReportedFigure newRecord(RecordKey key, Values values) {
		Tender tender = this.tenders.lock(key.tenderId());
		if (tender.getSources().stream().noneMatch((s) -> s.getId().equals(values.source().getId()))) {
			tender.getSources().add(values.source());
		}
		return new ReportedFigure(tender, values.source(), values.value(), values.note(), values.currency());
	}

	/** A figure is kept as reported: a correction is a new figure. */
	@Override
	public void apply(ReportedFigure figure, Values values) {
	}

	@Override
	public Map<String, String> snapshot(ReportedFigure figure) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Source", figure.getSource().getTitle());
		fields.put("Value", figure.inPounds() ? ValueText.understood(figure.getValue(), this.money)
				: figure.getCurrency() + " " + plain(figure.getValue()));
		fields.put("Duration",
				this.money.duration(figure.getValue().durationMinMonths(), figure.getValue().durationMaxMonths()));
		fields.put("Note", figure.getNote());
		return fields;
	}

	@Override
	public FigureForm formOf(ReportedFigure figure) {
		FigureForm form = new FigureForm();
		form.setSourceId(String.valueOf(figure.getSource().getId()));
		form.setValue(ValueText.write(figure.getValue(), this.money));
		form.setDuration(
				this.money.duration(figure.getValue().durationMinMonths(), figure.getValue().durationMaxMonths()));
		form.setCurrency(figure.getCurrency());
		form.setNote(figure.getNote());
		return form;
	}

	@Override
	public long idOf(ReportedFigure figure) {
		return figure.getId();
	}

	@Override
	public long versionOf(ReportedFigure figure) {
		return 0;
	}

	@Override
	public String labelOf(ReportedFigure figure) {
		return "Value of " + figure.getTender().getTitle();
	}

	@Override
	public Long tenderIdOf(ReportedFigure figure) {
		return figure.getTender().getId();
	}

	private static String plain(ContractValue value) {
		BigDecimal low = value.low();
		BigDecimal high = value.high();
		if (low != null && high != null && low.compareTo(high) != 0) {
			return low.toPlainString() + " to " + high.toPlainString();
		}
		return ((low != null) ? low : high).toPlainString();
	}

}
