package io.github.nhstendertracker.search;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.Parameter.StyleEnum;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Describes the tender search's parameters in the API description, from
 * {@link SearchParameter}: the same list the parser reads, so the description cannot
 * offer a parameter the search ignores, or miss one it reads.
 */
@Component
class SearchParameterDocs implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		SearchParameters marked = handlerMethod.getMethodAnnotation(SearchParameters.class);
		if (marked == null) {
			return operation;
		}
		for (SearchParameter parameter : SearchParameter.values()) {
			operation.addParametersItem(describe(parameter, marked.filtersOnly() && !parameter.filter()));
		}
		return operation;
	}

	static Parameter describe(SearchParameter parameter, boolean ignored) {
		String description = parameter.description();
		if (ignored) {
			description = description + "\n\nAccepted and checked, but it does not change the answer.";
		}
		Parameter described = new Parameter().in("query")
			.name(parameter.param())
			.description(description)
			.required(false)
			.schema(schema(parameter));
		if (parameter.kind().repeatable()) {
			described.style(StyleEnum.FORM).explode(true);
		}
		return described.example(example(parameter));
	}

	/** The example as the schema types it: a list for a repeatable parameter. */
	private static Object example(SearchParameter parameter) {
		String example = parameter.example();
		return switch (parameter.kind()) {
			case IDS -> List.of(Long.valueOf(example));
			case CHOICES, CODES -> List.of(example);
			case NUMBER_CHOICE -> Integer.valueOf(example);
			default -> example;
		};
	}

	private static Schema<?> schema(SearchParameter parameter) {
		return switch (parameter.kind()) {
			case TEXT -> new StringSchema().maxLength(TenderQuery.MAX_KEYWORDS);
			case MONEY, CURSOR -> new StringSchema();
			case DATE -> new DateSchema();
			case CHOICE -> choices(new StringSchema(), parameter);
			case CHOICES ->
				new ArraySchema().items(choices(new StringSchema(), parameter)).maxItems(TenderQuery.MAX_VALUES);
			case CODES -> new ArraySchema().items(new StringSchema().pattern("^[0-9]{2,8}(-[0-9])?$"))
				.maxItems(TenderQuery.MAX_VALUES);
			case NUMBER_CHOICE -> numbers(parameter);
			case IDS -> new ArraySchema().items(new IntegerSchema().format("int64").minimum(BigDecimal.ONE))
				.maxItems(TenderQuery.MAX_VALUES);
		};
	}

	private static StringSchema choices(StringSchema schema, SearchParameter parameter) {
		schema.setEnum(parameter.choices());
		return schema;
	}

	private static IntegerSchema numbers(SearchParameter parameter) {
		IntegerSchema schema = new IntegerSchema();
		schema.setEnum(parameter.choices().stream().map(Integer::valueOf).map(Number.class::cast).toList());
		return schema;
	}

}
