package io.github.nhstendertracker.imports;

import java.util.Locale;
import java.util.stream.Collectors;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.EditResult;
import io.github.nhstendertracker.editing.Editable;
import io.github.nhstendertracker.editing.RecordKey;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * The importer's saves, through the {@link EditPipeline} like every other change: a
 * change the rules refuse refuses the release, with the reasons the forms would show.
 */
@Component
class ImportSaves {

	private final EditPipeline pipeline;

	ImportSaves(EditPipeline pipeline) {
		this.pipeline = pipeline;
	}

	/** Saves a new record of its own. */
	<E, F, V> long create(Editable<E, F, V> type, F form, Actor actor) {
		return create(type, RecordKey.create(), form, actor);
	}

	/** Saves a new record, such as an event of a tender. */
	<E, F, V> long create(Editable<E, F, V> type, RecordKey key, F form, Actor actor) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		return checked(type, this.pipeline.create(type, key, form, errors, actor), errors);
	}

	/** Saves a change to a record, started from the version read. */
	<E, F, V> long update(Editable<E, F, V> type, RecordKey key, F form, Long version, Actor actor) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		return checked(type, this.pipeline.update(type, key, version, form, errors, actor), errors);
	}

	private static <V> long checked(Editable<?, ?, V> type, EditResult<V> result, Errors errors) {
		if (result.isConflict()) {
			throw new NoticeMapper.RefusedRelease(
					"Someone changed the " + type.type().label().toLowerCase(Locale.UK) + " while it was imported");
		}
		if (errors.hasErrors() || !result.isSaved()) {
			throw new NoticeMapper.RefusedRelease(type.type().label() + ": "
					+ errors.getAllErrors()
						.stream()
						.map((error) -> error.getDefaultMessage())
						.collect(Collectors.joining("; ")));
		}
		return result.id();
	}

}
