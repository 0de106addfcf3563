package io.github.nhstendertracker.audit;

import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Audit records made together (as an import's release makes them) are written when the
 * work ends, in the order they were made, each with its own changes, as records made one
 * by one are; work that fails leaves none.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class AuditLogTogetherTests {

	private static final Actor ACTOR = Actor.importRun(987654);

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void recordsMadeTogether_areWrittenWhenTheWorkEnds_inOrder_withTheirChanges() {
		this.audit.together(() -> {
			this.audit.record(ACTOR, AuditAction.CREATE, AuditEntity.TENDER, 1, 0L, "First", 1L,
					List.of(new FieldChange("Title", null, "First"), new FieldChange("Value", null, "£1")));
			this.audit.record(ACTOR, AuditAction.UPDATE, AuditEntity.TENDER, 1, 1L, "First", 1L, List.of());
			this.audit.record(ACTOR, AuditAction.CREATE, AuditEntity.BID, 2, null, "A bid", 1L, List.of());
			this.audit.record(ACTOR, AuditAction.UPDATE, AuditEntity.EVENT, 3, 2L, "An event", null,
					List.of(new FieldChange("Date", "May 2025", "June 2025")));
			assertThat(written()).as("not yet written").isEmpty();
			return null;
		});

		assertThat(written()).containsExactly(
				"CREATE TENDER 1 v0 First [{\"after\": \"First\", \"field\": \"Title\", \"before\": null}, "
						+ "{\"after\": \"£1\", \"field\": \"Value\", \"before\": null}]",
				"CREATE BID 2 vnull A bid []",
				"UPDATE EVENT 3 v2 An event [{\"after\": \"June 2025\", \"field\": \"Date\", \"before\": \"May 2025\"}]");
		assertThat(this.audit.forEntity(AuditEntity.TENDER, 1)).anySatisfy((record) -> {
			assertThat(record.actor()).isEqualTo(ACTOR.name());
			assertThat(record.changes()).extracting(FieldChange::after).containsExactly("First", "£1");
		});
	}

	@Test
	void workThatFails_recordsNothing() {
		assertThatIllegalStateException().isThrownBy(() -> this.audit.together(() -> {
			this.audit.record(ACTOR, AuditAction.CREATE, AuditEntity.TENDER, 1, 0L, "First", 1L, List.of());
			throw new IllegalStateException("refused");
		}));
		assertThat(written()).isEmpty();

		this.audit.record(ACTOR, AuditAction.CREATE, AuditEntity.SOURCE, 4, 0L, "Alone", null, List.of());
		assertThat(written()).as("written at once outside").containsExactly("CREATE SOURCE 4 v0 Alone []");
	}

	private List<String> written() {
		return this.jdbc
			.sql("""
					select action || ' ' || entity_type || ' ' || entity_id || ' v' || coalesce(entity_version::text, 'null')
					       || ' ' || entity_label || ' ' || changes::text
					from audit_record where actor = :actor order by id""")
			.param("actor", ACTOR.name())
			.query(String.class)
			.list();
	}

}
