package io.github.nhstendertracker.editing;

import java.util.UUID;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.common.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pipeline serves a program as it serves a form: an import run's change gets the same
 * checks (Bean Validation, control characters, the record's own rules), the same version
 * check and the same audit, whose "who" names the run. Nobody is signed in here.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class EditPipelineTests {

	private static final Actor IMPORT = Actor.importRun(7);

	@Autowired
	private EditPipeline edits;

	@Autowired
	private TenderEdits tenders;

	@Autowired
	private BidderEditor bidders;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aProgramsNewTender_isSavedAndAuditedAsTheImportRun() {
		TenderForm form = tender("Imported tender " + UUID.randomUUID());
		form.setValue("£12m");
		Errors errors = errors(form);
		EditResult<TenderEdits.Change> saved = this.edits.create(this.tenders, RecordKey.create(), form, errors,
				IMPORT);
		assertThat(errors.getAllErrors()).isEmpty();
		assertThat(saved.isSaved()).isTrue();
		assertThat(this.jdbc.sql("select actor from audit_record where entity_type = 'TENDER' and entity_id = :id")
			.param("id", saved.id())
			.query(String.class)
			.list()).containsExactly("import run 7");
		assertThat(this.jdbc.sql("select value_low from tender where id = :id")
			.param("id", saved.id())
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("12000000");
	}

	@Test
	void aProgramsUpdate_isAuditedWithItsFieldsAsTheImportRun() {
		EditResult<TenderEdits.Change> saved = created();
		TenderForm form = this.edits.currentForm(this.tenders, RecordKey.of(saved.id()));
		form.setDescription("Updated from a later notice.");
		EditResult<TenderEdits.Change> updated = this.edits.update(this.tenders, RecordKey.of(saved.id()), form,
				errors(form), IMPORT);
		assertThat(updated.isSaved()).isTrue();
		assertThat(updated.version()).isGreaterThan(saved.version());
		assertThat(this.jdbc.sql("""
				select actor || ': ' || (changes -> 0 ->> 'field') from audit_record
				where entity_type = 'TENDER' and entity_id = :id and action = 'UPDATE'""")
			.param("id", saved.id())
			.query(String.class)
			.list()).containsExactly("import run 7: Description");
	}

	@Test
	void aProgramsChange_getsTheSameBeanValidationAsAForm() {
		TenderForm form = tender("  ");
		Errors errors = errors(form);
		EditResult<TenderEdits.Change> result = this.edits.create(this.tenders, RecordKey.create(), form, errors,
				IMPORT);
		assertThat(result.isSaved()).isFalse();
		assertThat(errors.getFieldError("title").getDefaultMessage()).isEqualTo("Enter a title");
	}

	@Test
	void hiddenControlCharacters_inAnyText_areAFormError_notADatabaseError() {
		BidderForm form = new BidderForm();
		form.setName("Nul\u0000 Health");
		form.setType("PRIVATE_COMPANY");
		form.setDescription("Bell\u0007 and tab\tand\nline breaks");
		Errors errors = errors(form);
		EditResult<?> result = this.edits.create(this.bidders, RecordKey.create(), form, errors, IMPORT);
		assertThat(result.isSaved()).isFalse();
		assertThat(errors.getFieldError("name").getDefaultMessage())
			.isEqualTo("Name must not contain hidden control characters");
		assertThat(errors.getFieldError("description").getDefaultMessage())
			.isEqualTo("Description must not contain hidden control characters");
	}

	@Test
	void aChangeFromAnOldVersion_isAConflict_andWritesNothing() {
		EditResult<TenderEdits.Change> saved = created();
		TenderForm stale = this.edits.currentForm(this.tenders, RecordKey.of(saved.id()));
		TenderForm first = this.edits.currentForm(this.tenders, RecordKey.of(saved.id()));
		first.setDescription("The first change");
		assertThat(this.edits.update(this.tenders, RecordKey.of(saved.id()), first, errors(first), IMPORT).isSaved())
			.isTrue();
		stale.setDescription("A change from the old version");
		EditResult<TenderEdits.Change> refused = this.edits.update(this.tenders, RecordKey.of(saved.id()), stale,
				errors(stale), IMPORT);
		assertThat(refused.isConflict()).isTrue();
		assertThat(refused.version()).isEqualTo(saved.version());
		assertThat(this.jdbc.sql("select description from tender where id = :id")
			.param("id", saved.id())
			.query(String.class)
			.single()).isEqualTo("The first change");
	}

	@Test
	void aChangeToARecordThatIsNotThere_isNotFound() {
		TenderForm form = tender("Nowhere");
		form.setVersion("0");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.edits.update(this.tenders, RecordKey.of(999_999_999L), form, errors(form), IMPORT));
	}

	private EditResult<TenderEdits.Change> created() {
		TenderForm form = tender("Imported tender " + UUID.randomUUID());
		EditResult<TenderEdits.Change> saved = this.edits.create(this.tenders, RecordKey.create(), form, errors(form),
				IMPORT);
		assertThat(saved.isSaved()).isTrue();
		return saved;
	}

	private static TenderForm tender(String title) {
		TenderForm form = new TenderForm();
		form.setTitle(title);
		form.setDescription("Brought in by the importer.");
		form.getCommissionerIds().add("8");
		return form;
	}

	private static Errors errors(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

}
