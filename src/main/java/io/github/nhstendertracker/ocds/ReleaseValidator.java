package io.github.nhstendertracker.ocds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

/**
 * Checks OCDS 1.1.5 data against the standard's JSON Schema (draft-04), read from
 * {@code ocds/1.1.5/} on the classpath: the schema's
 * {@code https://standard.open-contracting.org/schema/1__1__5/} ids are mapped there, so
 * nothing is fetched from the network.
 * <p>
 * Each factory builds its schema once; the validator is immutable and thread-safe, so one
 * instance can check any number of releases. The versioned release schema is not bundled:
 * a record's {@code versionedRelease} is checked only as being an object.
 * <p>
 * A release read by {@link ReleaseReader} already has its {@code id} (a derived one when
 * the file gave none, see {@link ReadRelease#derivedId()}), so the missing id is not
 * among the messages: the reader's flag reports it.
 */
public final class ReleaseValidator {

	/**
	 * How many messages {@link #validate} gives at most, the last saying how many more.
	 */
	public static final int MAX_MESSAGES = 5;

	private static final int VALUE_LENGTH = 60;

	private static final String SCHEMA_BASE = "https://standard.open-contracting.org/schema/1__1__5/";

	private static final String CLASSPATH = "classpath:ocds/1.1.5/";

	private static final String VERSIONED = "versioned-release-validation-schema.json";

	private static final String VERSIONED_STAND_IN = "urn:nhstendertracker:ocds:1.1.5:versioned-release";

	private static final String VERSIONED_RELEASE_SCHEMA = """
			{"id": "%s%s",
			 "$schema": "http://json-schema.org/draft-04/schema#", "type": "object"}
			""".formatted(SCHEMA_BASE, VERSIONED);

	/** Keywords OCDS adds for its own tools (merging, codelists): they assert nothing. */
	private static final List<String> OCDS_KEYWORDS = List.of("codelist", "openCodelist", "deprecated",
			"omitWhenMerged", "wholeListMerge", "versionId");

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(ocdsDialect(),
			(builder) -> builder
				.schemaRegistryConfig(
						SchemaRegistryConfig.builder().locale(Locale.ENGLISH).pathType(PathType.JSON_PATH).build())
				.resourceLoaders((loaders) -> loaders.resources(Map.of(VERSIONED_STAND_IN, VERSIONED_RELEASE_SCHEMA)))
				.schemaIdResolvers((resolvers) -> resolvers.mapPrefix(SCHEMA_BASE + VERSIONED, VERSIONED_STAND_IN)
					.mapPrefix(SCHEMA_BASE, CLASSPATH)));

	private final Schema schema;

	private ReleaseValidator(String schemaFile) {
		this.schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile));
		this.schema.initializeValidators();
	}

	/** Checks one release against {@code release-schema.json}. */
	public static ReleaseValidator ocds115() {
		return new ReleaseValidator("release-schema.json");
	}

	/** Checks a whole release package against {@code release-package-schema.json}. */
	public static ReleaseValidator releasePackage() {
		return new ReleaseValidator("release-package-schema.json");
	}

	/** Checks a whole record package against {@code record-package-schema.json}. */
	public static ReleaseValidator recordPackage() {
		return new ReleaseValidator("record-package-schema.json");
	}

	/**
	 * What is wrong with one release, as short messages naming the JSON path (such as
	 * {@code "/tender/value/amount: string found, number expected"}); empty when it is
	 * valid. At most {@value #MAX_MESSAGES} messages.
	 */
	public List<String> validate(JsonNode release) {
		return messages(this.schema.validate(release));
	}

	/**
	 * What is wrong with a package, in the same form as {@link #validate}. Use the
	 * validator of the package's kind: {@link #releasePackage()} or
	 * {@link #recordPackage()}.
	 */
	public List<String> validatePackage(JsonNode pack) {
		return validate(pack);
	}

	private static List<String> messages(List<Error> errors) {
		List<String> messages = new ArrayList<>();
		for (Error error : errors) {
			if (messages.size() == MAX_MESSAGES - 1 && errors.size() > MAX_MESSAGES) {
				messages.add("and " + (errors.size() - messages.size()) + " more");
				break;
			}
			messages.add(message(error));
		}
		return messages;
	}

	private static String message(Error error) {
		String message = error.getInstanceLocation() + ": " + error.getMessage();
		JsonNode value = error.getInstanceNode();
		if (value != null && value.isValueNode()) {
			String text = value.toString();
			message += " (value " + (text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH) + "…" : text) + ")";
		}
		return message;
	}

	private static Dialect ocdsDialect() {
		Dialect.Builder dialect = Dialect.builder(Dialects.getDraft4());
		OCDS_KEYWORDS.forEach((keyword) -> dialect.keyword(new NonValidationKeyword(keyword)));
		return dialect.build();
	}

}
