package io.github.nhstendertracker.editing;

import java.util.List;

import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.tender.ContractValue;

/**
 * What the tender form was understood to say, for the check-your-answers page and for
 * saving.
 *
 * @param value the value and duration as they will be stored
 * @param valueUnderstood the value in exact pounds with its basis, or "Not known"
 * @param durationUnderstood the duration in words, or "Not known"
 * @param commissioners the commissioners chosen, by name
 * @param source the source of the value, or null
 * @param parent the tender this is a lot of, or null
 * @param duplicate an existing tender this one would duplicate, or null
 */
public record TenderCheck(ContractValue value, String valueUnderstood, String durationUnderstood,
		List<Ref> commissioners, Ref source, Ref parent, Ref duplicate, TenderOpenData openData) {

}
