package io.github.nhstendertracker.commissioner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.nhstendertracker.common.Ref;

/**
 * Some commissioners and every body they took over from, however many generations back,
 * as {@link CommissionerLineage} finds them.
 *
 * @param bodies the commissioners asked about
 * @param earlier the bodies they took over from, by name, leaving out those asked about
 */
public record Predecessors(Set<Long> bodies, List<Ref> earlier) {

	/** The commissioners with no predecessors looked up: their own tenders only. */
	public static Predecessors none(Set<Long> bodies) {
		return new Predecessors(bodies, List.of());
	}

	public boolean isEmpty() {
		return this.earlier.isEmpty();
	}

	/** The ids of the bodies asked about and of every predecessor. */
	public Set<Long> ids() {
		Set<Long> ids = new LinkedHashSet<>(this.bodies);
		this.earlier.forEach((body) -> ids.add(body.id()));
		return ids;
	}

	/**
	 * Through which predecessors a tender with these commissioners belongs to the bodies
	 * asked about: empty when one of those bodies commissions it itself, or when none of
	 * its commissioners is a predecessor.
	 */
	public List<Ref> via(List<Ref> commissioners) {
		if (commissioners.stream().anyMatch((commissioner) -> this.bodies.contains(commissioner.id()))) {
			return List.of();
		}
		Set<Long> earlierIds = this.earlier.stream().map(Ref::id).collect(Collectors.toSet());
		return commissioners.stream().filter((commissioner) -> earlierIds.contains(commissioner.id())).toList();
	}

}
