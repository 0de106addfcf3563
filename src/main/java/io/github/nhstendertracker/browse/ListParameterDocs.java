package io.github.nhstendertracker.browse;

import java.util.Arrays;

import io.github.nhstendertracker.common.ListRequest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives a list operation's {@link ListDocs.Size} parameter the page sizes that
 * {@link ListRequest} accepts, so the description offers exactly those.
 */
@Component
class ListParameterDocs implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		Arrays.stream(handlerMethod.getMethodParameters())
			.filter((parameter) -> parameter.hasParameterAnnotation(ListDocs.Size.class))
			.map(ListParameterDocs::name)
			.forEach((name) -> operation.getParameters()
				.stream()
				.filter((described) -> name.equals(described.getName()))
				.forEach((described) -> sizes(described.getSchema())));
		return operation;
	}

	private static String name(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		return (param != null && !param.name().isEmpty()) ? param.name() : parameter.getParameterName();
	}

	@SuppressWarnings("unchecked")
	private static void sizes(Schema<?> schema) {
		((Schema<Object>) schema).setEnum(ListRequest.SIZES.stream().sorted().map(Object.class::cast).toList());
	}

}
