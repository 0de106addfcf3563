package io.github.nhstendertracker.commissioner;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import io.github.nhstendertracker.common.Ref;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one place that walks commissioners' lineage: a body whose successor is X took over
 * into X, so X's predecessors are the bodies whose successor is X, theirs, and so on
 * back. Archived bodies are left out, and so are the bodies that lead only to them.
 */
@Repository
public class CommissionerLineage {

	/**
	 * The ids of the commissioners in the bigint array {@code :commissioners} and of
	 * every body they took over from, all generations back, as a select to put inside
	 * {@code any(array(...))}. A lineage that loops ends where it comes round again. Each
	 * step follows the index on {@code successor_id}.
	 */
	public static final String WITH_PREDECESSORS = """
			with recursive lineage(id) as (
			    select unnest(cast(:commissioners as bigint[]))
			    union
			    select c.id from commissioner c join lineage l on c.successor_id = l.id
			    where c.archived_at is null)
			select id from lineage""";

	private final JdbcClient jdbc;

	CommissionerLineage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** These commissioners with every body they took over from, in one query. */
	public Predecessors of(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Predecessors.none(new LinkedHashSet<>());
		}
		List<Ref> earlier = this.jdbc
			.sql("select c.id, c.name from commissioner c where c.id = any(array(" + WITH_PREDECESSORS
					+ ")) and c.id <> all(:commissioners) order by lower(c.name), c.id")
			.param("commissioners", ids.toArray(Long[]::new))
			.query((rs, rowNum) -> new Ref(rs.getLong("id"), rs.getString("name")))
			.list();
		return new Predecessors(new LinkedHashSet<>(ids), earlier);
	}

}
