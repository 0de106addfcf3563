package io.github.nhstendertracker.ocds;

import java.util.List;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the JSON values of one parser (a whole file, or one JSON Lines line), one step
 * at a time. A release package's {@code releases} are read one release at a time, a
 * record package's {@code records} one record at a time; the package's other fields are
 * kept (they are small) and give the {@link PackageInfo}. A root object with an
 * {@code ocid} (or the fields of a release) is a bare release, or a bare record when it
 * also has {@code releases} or {@code compiledRelease}. Anything else is not OCDS.
 */
final class DocumentReader {

	/** What the document gives, in order. */
	interface Entries {

		/** The kind of the root value, once known. */
		void kind(FileKind kind);

		/**
		 * One or more releases from one span of the input (a release, or a record's
		 * releases).
		 */
		void releases(List<ObjectNode> releases, PackageInfo pack, long line, long start, long end);

		/** An entry meant to be a release that cannot be one. */
		void badEntry(long line, String reason);

		/** A problem with the document itself. */
		void problem(long line, String reason);

	}

	private static final Set<String> RELEASE_FIELDS = Set.of("ocid", "tag", "initiationType", "parties", "buyer",
			"planning", "tender", "awards", "contracts");

	private enum State {

		START, ROOT, RELEASES, RECORDS, DONE

	}

	private final JsonParser parser;

	private final long offset;

	private final long firstLine;

	private final Entries entries;

	private State state = State.START;

	private ObjectNode root;

	private boolean isPackage;

	private PackageInfo pack = PackageInfo.NONE;

	private long rootLine;

	private long rootStart;

	/**
	 * @param parser the parser, not yet started
	 * @param offset the offset of the parser's first byte in the whole text
	 * @param firstLine the file's line number of the parser's first line
	 * @param entries what receives the releases and problems
	 */
	DocumentReader(JsonParser parser, long offset, long firstLine, Entries entries) {
		this.parser = parser;
		this.offset = offset;
		this.firstLine = firstLine;
		this.entries = entries;
	}

	/**
	 * Whether the document is inside its releases or records, where a break hits a
	 * release.
	 */
	boolean inEntries() {
		return this.state == State.RELEASES || this.state == State.RECORDS;
	}

	/**
	 * Reads one piece (a field, a release, a record); false once the input has no more.
	 */
	boolean step() {
		switch (this.state) {
			case START -> startValue();
			case ROOT -> rootField();
			case RELEASES -> releaseEntry();
			case RECORDS -> recordEntry();
			case DONE -> {
				return false;
			}
		}
		return this.state != State.DONE;
	}

	private void startValue() {
		JsonToken token = this.parser.nextToken();
		if (token == null) {
			this.state = State.DONE;
			return;
		}
		if (token != JsonToken.START_OBJECT) {
			this.parser.skipChildren();
			this.entries.kind(FileKind.NOT_OCDS);
			this.entries.problem(tokenLine(), "not OCDS: " + describe(token)
					+ ", where a release package, a record package or a release was expected");
			return;
		}
		this.root = JsonNodeFactory.instance.objectNode();
		this.isPackage = false;
		this.pack = PackageInfo.NONE;
		this.rootLine = tokenLine();
		this.rootStart = tokenStart();
		this.state = State.ROOT;
	}

	private void rootField() {
		JsonToken token = this.parser.nextToken();
		if (token == JsonToken.END_OBJECT) {
			this.state = State.START;
			endRoot();
			return;
		}
		String name = this.parser.currentName();
		JsonToken value = this.parser.nextToken();
		if (value == JsonToken.START_ARRAY && name.equals("releases") && !this.root.has("ocid")) {
			startEntries(FileKind.RELEASE_PACKAGE, State.RELEASES);
		}
		else if (value == JsonToken.START_ARRAY && name.equals("records")) {
			startEntries(FileKind.RECORD_PACKAGE, State.RECORDS);
		}
		else {
			this.root.set(name, (JsonNode) this.parser.readValueAsTree());
			if (this.isPackage) {
				this.pack = PackageInfo.of(this.root);
			}
		}
	}

	private void startEntries(FileKind kind, State state) {
		if (!this.isPackage) {
			this.entries.kind(kind);
		}
		this.isPackage = true;
		this.pack = PackageInfo.of(this.root);
		this.state = state;
	}

	private void releaseEntry() {
		Entry entry = nextEntry("release");
		if (entry != null) {
			this.entries.releases(List.of(entry.node()), this.pack, entry.line(), entry.start(), currentOffset());
		}
	}

	private void recordEntry() {
		Entry entry = nextEntry("record");
		if (entry != null) {
			record(entry.node(), entry.line(), entry.start(), currentOffset());
		}
	}

	/**
	 * The next object in the package's array, or null at its end or when the entry is not
	 * an object (which is reported and passed over).
	 */
	private Entry nextEntry(String what) {
		JsonToken token = this.parser.nextToken();
		if (token == JsonToken.END_ARRAY) {
			this.state = State.ROOT;
			return null;
		}
		long line = tokenLine();
		long start = tokenStart();
		if (token != JsonToken.START_OBJECT) {
			this.parser.skipChildren();
			this.entries.badEntry(line, "the " + what + " is " + describe(token) + ", not an object");
			return null;
		}
		ObjectNode node = this.parser.readValueAsTree();
		return new Entry(node, line, start);
	}

	private record Entry(ObjectNode node, long line, long start) {
	}

	private void record(ObjectNode record, long line, long start, long end) {
		List<ObjectNode> releases = RecordReleases.of(record);
		if (releases.isEmpty()) {
			this.entries.badEntry(line, RecordReleases.whyNone(record));
		}
		else {
			this.entries.releases(releases, this.pack, line, start, end);
		}
	}

	private void endRoot() {
		if (this.isPackage) {
			return;
		}
		if (this.root.has("ocid") && (this.root.path("releases").isArray() || this.root.has("compiledRelease"))) {
			this.entries.kind(FileKind.JSON_LINES);
			record(this.root, this.rootLine, this.rootStart, currentOffset());
		}
		else if (this.root.propertyNames().stream().anyMatch(RELEASE_FIELDS::contains)) {
			this.entries.kind(FileKind.JSON_LINES);
			this.entries.releases(List.of(this.root), PackageInfo.NONE, this.rootLine, this.rootStart, currentOffset());
		}
		else {
			this.entries.kind(FileKind.NOT_OCDS);
			this.entries.problem(this.rootLine,
					"not OCDS: a JSON object with no releases or records" + looks(this.root));
		}
		this.root = null;
	}

	private static String looks(ObjectNode root) {
		if (root.has("$schema") || (root.has("properties") && (root.has("type") || root.has("definitions")))) {
			return " (looks like a JSON Schema)";
		}
		if (root.isEmpty()) {
			return " (it is empty)";
		}
		List<String> names = root.propertyNames().stream().limit(5).toList();
		return " (its fields: " + String.join(", ", names) + ((root.size() > names.size()) ? ", …)" : ")");
	}

	private static String describe(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "a JSON array";
			case VALUE_STRING -> "a JSON string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
			case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
			case VALUE_NULL -> "JSON null";
			default -> "JSON " + token;
		};
	}

	private long tokenLine() {
		return this.firstLine + this.parser.currentTokenLocation().getLineNr() - 1;
	}

	private long tokenStart() {
		return this.offset + this.parser.currentTokenLocation().getByteOffset();
	}

	private long currentOffset() {
		return this.offset + this.parser.currentLocation().getByteOffset();
	}

}
