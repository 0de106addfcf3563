package io.github.nhstendertracker.ocds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on the ugly files: broken JSON lines, empty files, files that are not OCDS,
 * gzip whatever the name, releases without an ocid or an id, and names with entities.
 */
class ReleaseReaderTests {

	private static final String RELEASE = """
			{"ocid": "ocds-b5fd17-%s", "id": "%s", "date": "2025-01-23T00:00:00Z", "tag": ["tender"],
			 "initiationType": "tender", "tender": {"id": "t", "title": "Community &amp; home care"}}""";

	@Test
	void aReleasePackage_givesEachReleaseInOrder() throws IOException {
		Read read = read("package.json",
				"{\"uri\": \"u\", \"publishedDate\": \"2025-01-23T00:00:00Z\", "
						+ "\"publisher\": {\"name\": \"P\"}, \"releases\": [" + release("a", "1") + ","
						+ release("b", "2") + "]}");
		assertThat(read.kind()).isEqualTo(FileKind.RELEASE_PACKAGE);
		assertThat(read.releases()).extracting(ReadRelease::ocid).containsExactly("ocds-b5fd17-a", "ocds-b5fd17-b");
		assertThat(read.problems()).isEmpty();
	}

	@Test
	void aBrokenJsonLine_isReportedWithItsLine_andTheOtherLinesStillRead() throws IOException {
		String lines = release("a", "1").replace("\n", " ") + "\n{\"ocid\": broken\n"
				+ release("c", "3").replace("\n", " ") + "\n";
		Read read = read("notices.jsonl", lines);
		assertThat(read.kind()).isEqualTo(FileKind.JSON_LINES);
		assertThat(read.releases()).extracting(ReadRelease::ocid).containsExactly("ocds-b5fd17-a", "ocds-b5fd17-c");
		assertThat(read.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.position().line()).isEqualTo(2);
			assertThat(problem.describe()).isNotBlank();
		});
	}

	@Test
	void anEmptyFile_andOneOfSpacesOnly_areEmpty() throws IOException {
		assertThat(read("empty.json", "").kind()).isEqualTo(FileKind.EMPTY);
		assertThat(read("blank.json", "  \n\t ").kind()).isEqualTo(FileKind.EMPTY);
	}

	@Test
	void aJsonSchema_isNotOcds_andGivesNothing() throws IOException {
		Read read = read("release-schema.json",
				"{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"type\": \"object\", \"properties\": {}}");
		assertThat(read.kind()).isEqualTo(FileKind.NOT_OCDS);
		assertThat(read.releases()).isEmpty();
	}

	@Test
	void textThatIsNotJson_isBroken() throws IOException {
		assertThat(read("page.json", "<html><body>Not found</body></html>").kind()).isEqualTo(FileKind.BROKEN);
	}

	@Test
	void aGzippedPackage_isReadWhateverItsName() throws IOException {
		byte[] zipped = gzip("{\"releases\": [" + release("z", "9") + "]}");
		try (ReleaseReader reader = ReleaseReader.open(new ByteArrayInputStream(zipped), "misnamed.json",
				zipped.length)) {
			assertThat(reader.next()).get().extracting(ReadRelease::ocid).isEqualTo("ocds-b5fd17-z");
			assertThat(reader.kind()).isEqualTo(FileKind.RELEASE_PACKAGE);
		}
	}

	@Test
	void aReleaseWithoutAnOcid_isSkippedAndReported() throws IOException {
		Read read = read("package.json",
				"{\"releases\": [{\"id\": \"1\", \"date\": \"2025-01-23T00:00:00Z\"}, " + release("b", "2") + "]}");
		assertThat(read.releases()).extracting(ReadRelease::ocid).containsExactly("ocds-b5fd17-b");
		assertThat(read.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.reason()).containsIgnoringCase("ocid"));
	}

	@Test
	void aReleaseWithoutAnId_getsTheSameDerivedIdEachTime() throws IOException {
		String body = "{\"releases\": [" + release("a", "1").replace("\"id\": \"1\", ", "") + "]}";
		ReadRelease first = read("scotland.json", body).releases().get(0);
		ReadRelease again = read("scotland.json", body).releases().get(0);
		assertThat(first.derivedId()).isTrue();
		assertThat(first.id()).startsWith("derived-").isEqualTo(again.id());
	}

	@Test
	void htmlEntitiesInTitles_areDecoded_whenTheReleaseIsCleaned_onceOnly() throws IOException {
		ReadRelease release = read("package.json", "{\"releases\": [" + release("a", "1") + "]}").releases().get(0);
		assertThat(release.release().path("tender").path("title").asString()).as("as read")
			.isEqualTo("Community &amp; home care");
		assertThat(release.cleaned()).containsExactly("tender.title: decoded HTML entities");
		assertThat(release.release().path("tender").path("title").asString()).isEqualTo("Community & home care");
		assertThat(release.cleaned()).as("asked again").containsExactly("tender.title: decoded HTML entities");
	}

	private static String release(String ocid, String id) {
		return RELEASE.formatted(ocid, id);
	}

	private static Read read(String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<ReadRelease> releases = new ArrayList<>();
		List<ReadProblem> problems = new ArrayList<>();
		try (ReleaseReader reader = ReleaseReader.open(new ByteArrayInputStream(bytes), name, bytes.length)) {
			for (var next = reader.next(); next.isPresent(); next = reader.next()) {
				releases.add(next.get());
			}
			problems.addAll(reader.drainProblems());
			return new Read(reader.kind(), releases, problems);
		}
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private record Read(FileKind kind, List<ReadRelease> releases, List<ReadProblem> problems) {
	}

}
