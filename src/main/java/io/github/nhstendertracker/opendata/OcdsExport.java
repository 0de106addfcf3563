package io.github.nhstendertracker.opendata;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.github.nhstendertracker.common.NotFoundException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenders as OCDS 1.1.5: a record package of one tender (a release per source and the
 * compiled release), or a release package of the compiled releases of many, written as
 * they are read so that memory stays flat however many there are.
 */
@Service
public class OcdsExport {

	/** Who the packages say published them. */
	static final String PUBLISHER = "NHS Tender Tracker";

	/** Tenders loaded at a time when streaming. */
	public static final int BATCH = 200;

	private final TenderFactsLoader loader;

	private final TrackerOcids ocids;

	private final JsonMapper json;

	private final Clock clock;

	OcdsExport(TenderFactsLoader loader, TrackerOcids ocids, JsonMapper json, Clock clock) {
		this.loader = loader;
		this.ocids = ocids;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The record package of one tender.
	 * @param uri where the package is published
	 * @throws NotFoundException if there is no such tender, or it is archived
	 */
	@Transactional(readOnly = true)
	public ObjectNode recordPackage(long id, String uri) {
		List<TenderFacts> found = this.loader.load(List.of(id));
		if (found.isEmpty()) {
			throw new NotFoundException("tender", id);
		}
		TenderReleases releases = new TenderReleases(found.get(0), this.ocids);
		ObjectNode pack = header(uri);
		ObjectNode record = pack.putArray("records").addObject();
		record.put("ocid", releases.ocid());
		ArrayNode list = record.putArray("releases");
		releases.releases().forEach(list::add);
		record.set("compiledRelease", releases.compiled());
		return pack;
	}

	/**
	 * Starts writing a release package to a stream; add tenders by batches of ids, then
	 * close it.
	 */
	public ReleasePackageWriter releasePackage(OutputStream out, String uri) {
		JsonGenerator generator = this.json.createGenerator(out);
		generator.writeStartObject();
		header(uri).properties().forEach((field) -> {
			generator.writeName(field.getKey());
			generator.writeTree(field.getValue());
		});
		generator.writeName("releases");
		generator.writeStartArray();
		return new ReleasePackageWriter(generator);
	}

	private ObjectNode header(String uri) {
		ObjectNode pack = JsonNodeFactory.instance.objectNode();
		pack.put("uri", uri);
		pack.put("version", "1.1");
		pack.put("publishedDate", Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS).toString());
		pack.putObject("publisher").put("name", PUBLISHER);
		return pack;
	}

	/** A release package being written. */
	public final class ReleasePackageWriter implements AutoCloseable {

		private final JsonGenerator generator;

		private ReleasePackageWriter(JsonGenerator generator) {
			this.generator = generator;
		}

		/** Writes the compiled release of each of these tenders that is public. */
		public void write(List<Long> ids) {
			for (TenderFacts facts : OcdsExport.this.loader.load(new ArrayList<>(ids))) {
				this.generator.writeTree(new TenderReleases(facts, OcdsExport.this.ocids).compiled());
			}
			this.generator.flush();
		}

		/** Ends the package. */
		@Override
		public void close() {
			this.generator.writeEndArray();
			this.generator.writeEndObject();
			this.generator.close();
		}

	}

}
