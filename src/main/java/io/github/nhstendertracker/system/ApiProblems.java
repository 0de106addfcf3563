package io.github.nhstendertracker.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The error answers of the API in its description: the problem details that
 * {@link ApiErrors}, the tender search and {@link ControlCharacterFilter} write, as
 * reusable responses. Operations refer to them by name, as in
 * {@code @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)}.
 */
public final class ApiProblems {

	/** A 400: a parameter or path that is not valid, with what to change. */
	public static final String BAD_REQUEST = "BadRequest";

	/** A 400 from the tender search: an error for each bad parameter. */
	public static final String BAD_SEARCH = "BadSearch";

	/** A 404: no such record, or not any more. */
	public static final String NOT_FOUND = "NotFound";

	/** A 503: the database cannot be reached. Every operation may answer it. */
	public static final String UNAVAILABLE = "Unavailable";

	static final String SCHEMA = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private ApiProblems() {
	}

	/**
	 * Adds the problem schema and the error responses to the description's components.
	 */
	static void addTo(Components components) {
		components.addSchemas(SCHEMA, schema());
		components.addResponses(BAD_REQUEST, response(
				"A parameter or the id in the path is not valid; `detail` says what to change.",
				example(400, "Bad Request", "An id must be a whole number, such as 8.", "/api/tenders/abc", null)));
		components.addResponses(BAD_SEARCH, response(
				"One or more search parameters are not valid. `errors` gives a message for each, by parameter name; "
						+ "nothing was searched.",
				example(400, "Bad Request",
						"Some search parameters are not valid: There is no NHS region called ‘atlantis’; "
								+ "Results per page must be 25, 50 or 100.",
						"/api/tenders", new TreeMap<>(Map.of("region", "There is no NHS region called ‘atlantis’",
								"size", "Results per page must be 25, 50 or 100")))));
		components.addResponses(NOT_FOUND, response("There is no record with this id, or it has been archived.",
				example(404, "Not Found", "There is no tender with id 999.", "/api/tenders/999", null)));
		components.addResponses(UNAVAILABLE,
				response(
						"The database cannot be reached, or the answer took too long to work out. Try again "
								+ "later: `Retry-After` says when, in seconds, where it is known.",
						example(503, "Service Unavailable",
								"The database cannot be reached. Try again in a few minutes.", "/api/tenders", null))
					.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
						.schema(new IntegerSchema().example(30))));
	}

	/** Says on every operation that it may answer 503, as every one may. */
	static void addUnavailableTo(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.forEach((operation) -> operation.getResponses()
					.addApiResponse("503", new ApiResponse().$ref(UNAVAILABLE))));
	}

	private static Schema<?> schema() {
		return new ObjectSchema().description("A problem, as RFC 9457 describes it.")
			.addProperty("title", new StringSchema().description("The HTTP status in words"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code"))
			.addProperty("detail", new StringSchema().description("What went wrong and what to change, for people"))
			.addProperty("instance", new StringSchema().description("The path that was asked for"))
			.addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
				.description("Tender search only: a message for each bad parameter, by parameter name"));
	}

	private static ApiResponse response(String description, Map<String, Object> example) {
		MediaType media = new MediaType().schema(new Schema<>().$ref(SCHEMA))
			.addExamples("problem", new Example().value(example));
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
	}

	private static Map<String, Object> example(int status, String title, String detail, String instance,
			Map<String, String> errors) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		if (errors != null) {
			problem.put("errors", errors);
		}
		return problem;
	}

}
