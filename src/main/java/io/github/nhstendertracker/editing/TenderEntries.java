package io.github.nhstendertracker.editing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.common.NotFoundException;
import io.github.nhstendertracker.common.PartialDates;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.tender.Tender;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the forms that add entries to a tender (its bidders and its events) share: the
 * tender itself, which must exist and not be archived, a lock on it for the length of a
 * save, and the sources an entry can cite.
 */
@Component
public class TenderEntries {

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final PartialDates dates;

	TenderEntries(EntityManager entityManager, JdbcClient jdbc, PartialDates dates) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.dates = dates;
	}

	/** The tender entries can be added to, or a 404 if it is unknown or archived. */
	@Transactional(readOnly = true)
	public Ref tender(long tenderId) {
		Tender tender = this.entityManager.find(Tender.class, tenderId);
		if (tender == null || tender.isArchived()) {
			throw new NotFoundException("tender", tenderId);
		}
		return new Ref(tender.getId(), tender.getTitle());
	}

	/**
	 * The tender, locked until the calling transaction ends, so that two saves to one
	 * tender are checked one after the other.
	 * @throws NotFoundException if it is unknown or archived
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Tender lock(long tenderId) {
		Tender tender = this.entityManager.find(Tender.class, tenderId, LockModeType.PESSIMISTIC_WRITE);
		if (tender == null || tender.isArchived()) {
			throw new NotFoundException("tender", tenderId);
		}
		return tender;
	}

	/**
	 * The sources an entry can cite, id to label, newest first: every source not
	 * archived, and those the entry already cites.
	 * @param cited a query for the ids of the sources the entry cites, with the entry's
	 * id as {@code :id}
	 * @param entryId the entry's id, or null for a new one
	 * @return id to "title (publication, date)"
	 */
	@Transactional(readOnly = true)
	public Map<String, String> sourceOptions(String cited, Long entryId) {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, title, publication, published_on, published_precision from source"
					+ " where archived_at is null or id in (" + cited + ") order by published_on desc, id desc")
			.param("id", entryId)
			.query((rs) -> {
				options.put(String.valueOf(rs.getLong("id")),
						rs.getString("title") + " (" + rs.getString("publication") + ", "
								+ this.dates.format(rs.getObject("published_on", LocalDate.class),
										DatePrecision.valueOf(rs.getString("published_precision")))
								+ ")");
			});
		return options;
	}

	/**
	 * Whether an entry may cite each of these sources: each exists and is not archived,
	 * or the entry already cites it. Looks up only the sources chosen, so a check stays
	 * quick however many sources there are.
	 * @param cited a query for the ids of the sources the entry cites, with the entry's
	 * id as {@code :id}
	 * @param entryId the entry's id, or null for a new one
	 * @param ids the sources chosen
	 */
	@Transactional(readOnly = true)
	public boolean citable(String cited, Long entryId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return true;
		}
		long found = this.jdbc
			.sql("select count(*) from source where id in (:ids) and (archived_at is null or id in (" + cited + "))")
			.param("ids", ids)
			.param("id", entryId)
			.query(Long.class)
			.single();
		return found == new HashSet<>(ids).size();
	}

}
