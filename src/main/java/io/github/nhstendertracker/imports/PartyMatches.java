package io.github.nhstendertracker.imports;

import java.util.Optional;
import java.util.regex.Pattern;

import io.github.nhstendertracker.bidder.BidderType;
import io.github.nhstendertracker.commissioner.CommissionerType;
import io.github.nhstendertracker.common.NameKeys;
import io.github.nhstendertracker.common.OrgIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the commissioner or bidder a notice's party already is: first by any of its
 * identifiers (for commissioners, an NHS ODS code matches the ODS code field too), then
 * by its name key, so one body is never kept twice under slightly different spellings.
 * Also guesses the type of a body the tracker has not met, from its name.
 */
@Component
class PartyMatches {

	private static final Pattern ICB = Pattern.compile("(?i)\\bintegrated care board\\b|\\bICB\\b");

	private static final Pattern CCG = Pattern.compile("(?i)\\bclinical commissioning group\\b|\\bCCG\\b");

	private static final Pattern NHS_ENGLAND = Pattern.compile("(?i)^NHS England\\b");

	private static final Pattern TRUST = Pattern.compile("(?i)\\btrust\\b");

	private static final Pattern FOUNDATION_TRUST = Pattern.compile("(?i)\\bfoundation trust\\b|\\bNHS FT\\b");

	private static final Pattern COUNCIL = Pattern
		.compile("(?i)\\b(council|borough|county|city of|combined authority)\\b");

	private static final Pattern LLP = Pattern.compile("(?i)\\bLLP\\b|\\bjoint venture\\b");

	private static final Pattern THIRD_SECTOR = Pattern.compile("(?i)\\bcharity\\b|\\bCIC\\b|\\bhospice\\b");

	private final JdbcClient jdbc;

	PartyMatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A record already kept for the party.
	 *
	 * @param id its id
	 * @param name its name
	 * @param archived whether it is off the public pages
	 */
	record Match(long id, String name, boolean archived) {
	}

	Optional<Match> commissioner(Notice.Party party) {
		return find("commissioner", party, true);
	}

	Optional<Match> bidder(Notice.Party party) {
		return find("bidder", party, false);
	}

	static CommissionerType commissionerType(String name) {
		if (ICB.matcher(name).find()) {
			return CommissionerType.ICB;
		}
		if (CCG.matcher(name).find()) {
			return CommissionerType.CCG;
		}
		if (NHS_ENGLAND.matcher(name).find()) {
			return CommissionerType.NHS_ENGLAND_NATIONAL;
		}
		if (TRUST.matcher(name).find()) {
			return CommissionerType.NHS_TRUST;
		}
		return COUNCIL.matcher(name).find() ? CommissionerType.LOCAL_AUTHORITY : CommissionerType.OTHER;
	}

	static BidderType bidderType(Notice.Party party) {
		String name = party.name();
		if (FOUNDATION_TRUST.matcher(name).find()) {
			return BidderType.NHS_FOUNDATION_TRUST;
		}
		if (TRUST.matcher(name).find() && name.contains("NHS")) {
			return BidderType.NHS_TRUST;
		}
		if (LLP.matcher(name).find()) {
			return BidderType.LLP_JOINT_VENTURE;
		}
		boolean charity = party.identifiers().stream().anyMatch((id) -> id.scheme().equals("GB-CHC"));
		return (charity || THIRD_SECTOR.matcher(name).find()) ? BidderType.THIRD_SECTOR : BidderType.PRIVATE_COMPANY;
	}

	private Optional<Match> find(String table, Notice.Party party, boolean ods) {
		for (OrgIdentifier identifier : party.identifiers()) {
			Optional<Match> match = this.jdbc
				.sql("select o.id, o.name, o.archived_at is not null as archived from " + table + "_identifier i join "
						+ table + " o on o.id = i." + table + "_id where i.scheme = :scheme and i.identifier = :id")
				.param("scheme", identifier.scheme())
				.param("id", identifier.identifier())
				.query(PartyMatches::match)
				.optional();
			if (match.isPresent()) {
				return match;
			}
		}
		if (ods && party.odsCode() != null) {
			Optional<Match> match = this.jdbc.sql("""
					select id, name, archived_at is not null as archived from commissioner
					where upper(ods_code) = :ods order by id limit 1""")
				.param("ods", party.odsCode())
				.query(PartyMatches::match)
				.optional();
			if (match.isPresent()) {
				return match;
			}
		}
		return this.jdbc.sql("select id, name, archived_at is not null as archived from " + table
				+ " where name_key = :key or lower(name) = lower(:name) order by archived_at nulls first, id limit 1")
			.param("key", NameKeys.of(party.name()))
			.param("name", party.name())
			.query(PartyMatches::match)
			.optional();
	}

	private static Match match(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Match(rs.getLong("id"), rs.getString("name"), rs.getBoolean("archived"));
	}

}
