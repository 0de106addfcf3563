package io.github.nhstendertracker.system;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description: its title, version and introduction, the tags that group its
 * operations, the problems it answers with, and an example answer for each operation.
 * springdoc serves it at {@code /v3/api-docs} and as a browsable page at
 * {@code /api-docs}, describing {@code /api/**} only (see
 * {@code application.properties}). Each operation's own summary, description, parameters
 * and errors are on its controller method.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String TITLE = "NHS Tender Tracker API";

	static final String VERSION = "1.0";

	static final String DESCRIPTION = """
			Read-only JSON for everything NHS Tender Tracker shows: NHS procurement tenders, the \
			commissioners who run them, the bidders, and the sources each fact comes from. Every page of \
			the site has a JSON twin here with the same data. Anyone may use it without signing in; every \
			operation is a `GET`.

			- **Money** is in pounds, as exact numbers (`3400000000.00`). A value is a range (`low`, \
			`high`, and `highOpen` for "over £1bn") on a `basis`, `TOTAL` or `ANNUAL`, with the total and \
			per-year figures, each `derived` when it was worked out from the other and the duration.
			- **Dates** are ISO (`2017-06-09`) with a `datePrecision` (`DAY`, `MONTH` or `YEAR`; a month is \
			given as its first day) and a `dateQualifier` (`ON`, or `BY` for "by February 2016").
			- **Codes** are constant names, such as `PAUSED`, `MIDLANDS` or `TLG`. The search's parameters \
			take the same codes in URL form: `paused`, `midlands`, `TLG`.
			- **Text** is plain, never HTML. The words a search matched come as parts with a `highlighted` \
			flag.
			- **Paging**: the commissioner, bidder and source lists take `page` and `size`. The tender \
			search pages by cursor: follow its `next` and `previous` links.
			- **Errors** are problem details (RFC 9457, `application/problem+json`). A `400` says what to \
			change (the search names each bad parameter in `errors`), a `404` means there is no such record \
			or it was archived, and a `503` means the database cannot be reached: try again later.
			""";

	@Bean
	OpenAPI trackerApi() {
		Components components = new Components();
		ApiProblems.addTo(components);
		return new OpenAPI().info(new Info().title(TITLE).version(VERSION).description(DESCRIPTION))
			.tags(List.of(tag("Tenders", "Searching tenders, their summaries, and each tender in full"),
					tag("Commissioners", "The NHS bodies that commission the services"),
					tag("Bidders", "The providers, consortia and companies that bid"),
					tag("Sources", "The articles and notices that every fact comes from")))
			.servers(List.of(new Server().url("/").description("This site")))
			.components(components);
	}

	/**
	 * What every operation shares: a 503 when the database is away, and an example
	 * answer.
	 */
	@Bean
	OpenApiCustomizer apiExamplesAndOutages(JsonMapper json) {
		ApiExamples examples = new ApiExamples(json);
		return (api) -> {
			ApiProblems.addUnavailableTo(api);
			examples.addTo(api);
		};
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

}
