package io.github.nhstendertracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.nhstendertracker.tender.TenderStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL that orders a search: the status sort follows {@link TenderStatus} as declared,
 * so adding or moving a status cannot leave the SQL behind.
 */
class SearchOrderTests {

	private static final Pattern WHEN = Pattern.compile("when '(\\w+)' then (\\d+)");

	@Test
	void statusSortKey_ranksEveryStatusInDeclarationOrder_andAnythingElseLast() {
		String key = SearchOrder.sortKey(query(SearchSort.STATUS));
		assertThat(key).isEqualTo(SearchOrder.STATUS_RANK).startsWith("(case t.status when ");

		List<String> names = new ArrayList<>();
		List<Integer> ranks = new ArrayList<>();
		Matcher when = WHEN.matcher(key);
		while (when.find()) {
			names.add(when.group(1));
			ranks.add(Integer.valueOf(when.group(2)));
		}
		List<String> declared = List.of(TenderStatus.values()).stream().map(Enum::name).toList();
		assertThat(names).isEqualTo(declared);
		assertThat(ranks).isSorted().doesNotHaveDuplicates().startsWith(1).hasSize(declared.size());
		assertThat(ranks.get(ranks.size() - 1)).isEqualTo(declared.size());
		assertThat(key).endsWith(" else " + (declared.size() + 1) + " end)");
	}

	@Test
	void statusSortKey_comparesAsAnInteger_andOrdersByIdToo() {
		assertThat(SearchOrder.sortKeyType(SearchSort.STATUS)).isEqualTo("int");
		assertThat(SearchOrder.orderBy(query(SearchSort.STATUS), true))
			.isEqualTo(SearchOrder.STATUS_RANK + " desc, t.id desc");
		assertThat(SearchOrder.orderBy(query(SearchSort.STATUS), false))
			.isEqualTo(SearchOrder.STATUS_RANK + " asc, t.id asc");
	}

	private static TenderQuery query(SearchSort sort) {
		return TenderQuery.all().sortedBy(sort, false);
	}

}
