package io.github.nhstendertracker.search;

import java.util.Map;

/**
 * A whole SQL statement of the search with its named parameters, as built by
 * {@link SearchStatements} and {@link SummarySql}, ready to run.
 *
 * @param sql the statement, with named parameters only (never concatenated values)
 * @param params the parameters' values by name
 */
record SearchStatement(String sql, Map<String, Object> params) {

}
