package io.github.nhstendertracker.commissioner;

import java.util.List;

import io.github.nhstendertracker.TestDatabaseConfiguration;
import io.github.nhstendertracker.common.Ref;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lineage query against the seeded commissioners: NHS Staffordshire and
 * Stoke-on-Trent ICB (12) took over from four CCGs (4 to 7), NHS Black Country ICB (13)
 * from NHS Dudley CCG (8). Changes to the lineage are rolled back after each test.
 */
@SpringBootTest
@Transactional
@Import(TestDatabaseConfiguration.class)
class CommissionerLineageTests {

	private static final Ref NORTH_STAFFORDSHIRE = new Ref(4L, "NHS North Staffordshire CCG");

	private static final Ref STAFFORD = new Ref(5L, "NHS Stafford and Surrounds CCG");

	private static final Ref CANNOCK_CHASE = new Ref(6L, "NHS Cannock Chase CCG");

	private static final Ref STOKE = new Ref(7L, "NHS Stoke on Trent CCG");

	private static final Ref DUDLEY = new Ref(8L, "NHS Dudley CCG");

	@Autowired
	private CommissionerLineage lineage;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void of_anIcb_findsTheCcgsItTookOverFromByName() {
		Predecessors found = this.lineage.of(List.of(12L));

		assertThat(found.earlier()).containsExactly(CANNOCK_CHASE, NORTH_STAFFORDSHIRE, STAFFORD, STOKE);
		assertThat(found.ids()).containsExactlyInAnyOrder(12L, 4L, 5L, 6L, 7L);
	}

	@Test
	void of_aBodyThatTookOverNothing_findsNoPredecessors() {
		assertThat(this.lineage.of(List.of(8L)).earlier()).isEmpty();
		assertThat(this.lineage.of(List.of(8L)).ids()).containsExactly(8L);
	}

	@Test
	void of_aChainOfSeveralGenerations_findsEveryBodyBackToTheFirst() {
		succeed(8, 7);

		assertThat(this.lineage.of(List.of(12L)).earlier()).containsExactly(CANNOCK_CHASE, DUDLEY, NORTH_STAFFORDSHIRE,
				STAFFORD, STOKE);
		assertThat(this.lineage.of(List.of(7L)).earlier()).containsExactly(DUDLEY);
		assertThat(this.lineage.of(List.of(13L)).earlier()).isEmpty();
	}

	@Test
	void of_leavesOutArchivedBodiesAndThoseThatLeadOnlyToThem() {
		succeed(8, 7);
		this.jdbc.sql("update commissioner set archived_at = now() where id = 7").update();

		assertThat(this.lineage.of(List.of(12L)).earlier()).containsExactly(CANNOCK_CHASE, NORTH_STAFFORDSHIRE,
				STAFFORD);
	}

	@Test
	void of_aLineageThatLoops_endsWhereItComesRoundAgain() {
		succeed(12, 7);

		assertThat(this.lineage.of(List.of(12L)).ids()).containsExactlyInAnyOrder(12L, 4L, 5L, 6L, 7L);
	}

	@Test
	void of_severalBodies_findsThePredecessorsOfEach() {
		assertThat(this.lineage.of(List.of(12L, 13L)).earlier()).containsExactly(CANNOCK_CHASE, DUDLEY,
				NORTH_STAFFORDSHIRE, STAFFORD, STOKE);
	}

	@Test
	void via_namesThePredecessorsOfATenderOnlyWhenNoneOfTheBodiesAskedAboutCommissionsIt() {
		Predecessors found = this.lineage.of(List.of(12L));
		Ref icb = new Ref(12L, "NHS Staffordshire and Stoke-on-Trent ICB");

		assertThat(found.via(List.of(STOKE, STAFFORD))).containsExactly(STOKE, STAFFORD);
		assertThat(found.via(List.of(icb, STOKE))).isEmpty();
		assertThat(found.via(List.of(DUDLEY))).isEmpty();
	}

	private void succeed(long predecessor, long successor) {
		int changed = this.jdbc.sql("update commissioner set successor_id = :successor where id = :id")
			.param("successor", successor)
			.param("id", predecessor)
			.update();
		assertThat(changed).isOne();
	}

}
