package io.github.nhstendertracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The example answer of each API operation: the file
 * {@code openapi/examples/<operationId>.json} on the classpath, shown as the example of
 * the operation's 200 response. Each is a real answer from the seeded data, shortened.
 */
final class ApiExamples {

	static final String FOLDER = "openapi/examples/";

	private final JsonMapper json;

	ApiExamples(JsonMapper json) {
		// Exact decimals, so 3400000000.00 stays as written rather than 3.4E9.
		this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
	}

	void addTo(OpenAPI api) {
		if (api.getPaths() != null) {
			api.getPaths().values().forEach((path) -> path.readOperations().forEach(this::addTo));
		}
	}

	private void addTo(Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		Object example = read(operation.getOperationId());
		if (ok != null && ok.getContent() != null && example != null) {
			ok.getContent().values().forEach((media) -> media.setExample(example));
		}
	}

	private Object read(String operationId) {
		Resource resource = new ClassPathResource(FOLDER + operationId + ".json");
		if (!resource.exists()) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return this.json.readValue(in, Object.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
