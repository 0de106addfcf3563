package io.github.nhstendertracker.browse;

import java.time.LocalDate;
import java.util.List;

import io.github.nhstendertracker.browse.SourceViews.PersonView;
import io.github.nhstendertracker.browse.SourceViews.SourceDetail;
import io.github.nhstendertracker.browse.SourceViews.SourceRow;
import io.github.nhstendertracker.common.DatePrecision;
import io.github.nhstendertracker.source.Source;

import static io.github.nhstendertracker.ViewFixtures.BMJ_STAFFORDSHIRE_ON_HOLD;
import static io.github.nhstendertracker.ViewFixtures.DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.HSJ_DUDLEY_MCP;
import static io.github.nhstendertracker.ViewFixtures.STAFFORDSHIRE_CANCER;
import static io.github.nhstendertracker.ViewFixtures.dudleyBidDeadline;
import static io.github.nhstendertracker.ViewFixtures.dudleyNoticePublished;
import static io.github.nhstendertracker.ViewFixtures.dudleyRow;
import static io.github.nhstendertracker.ViewFixtures.dudleyValue;
import static io.github.nhstendertracker.ViewFixtures.figure;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerBmjFigure;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerPause;
import static io.github.nhstendertracker.ViewFixtures.staffordshireCancerRow;

/**
 * Source read models for slice tests (the view records are package-private).
 */
public final class SourceFixtures {

	static final String BMJ = "The BMJ, reproduced on the NHSreality blog";

	private SourceFixtures() {
	}

	/** Published in June 2017 (month precision). */
	static SourceRow hsjDudleyRow() {
		return new SourceRow(HSJ_DUDLEY_MCP.id(), "HSJ", LocalDate.of(2017, 6, 1), DatePrecision.MONTH,
				HSJ_DUDLEY_MCP.name(), 1, 3);
	}

	/** Published in February 2016 (month precision). */
	static SourceRow bmjRow() {
		return new SourceRow(BMJ_STAFFORDSHIRE_ON_HOLD.id(), BMJ, LocalDate.of(2016, 2, 1), DatePrecision.MONTH,
				BMJ_STAFFORDSHIRE_ON_HOLD.name(), 4, 10);
	}

	/** Published in 2013 (year precision). */
	static SourceRow hsjOlderPeopleRow() {
		return new SourceRow(1L, "HSJ", LocalDate.of(2013, 1, 1), DatePrecision.YEAR,
				"Cambridgeshire and Peterborough CCG plans an older people's lead-provider tender worth up to £1bn", 1,
				3);
	}

	/** A contract notice known to the day. */
	static SourceRow noticeRow() {
		return new SourceRow(6L, "Contracts Finder", LocalDate.of(2017, 6, 9), DatePrecision.DAY,
				"Multispecialty community provider contract notice (Dudley)", 1, 1);
	}

	/**
	 * The BMJ piece: a citation and web address, people quoted, one tender, a figure that
	 * differs from the headline, and the pause it reported.
	 */
	static SourceDetail bmjDetail() {
		return new SourceDetail(BMJ_STAFFORDSHIRE_ON_HOLD.id(), BMJ, LocalDate.of(2016, 2, 1), DatePrecision.MONTH,
				BMJ_STAFFORDSHIRE_ON_HOLD.name(),
				"NHS England's regional team told the four Staffordshire CCGs not to sign the cancer and end of life "
						+ "contracts until the review into the failed Cambridgeshire contract reports.",
				"The BMJ 2016;352:i745 (Gareth Iacobucci)", "https://www.bmj.com/content/352/bmj.i745",
				List.of(new PersonView("Andy Donald", "Accountable officer for three of the four Staffordshire CCGs"),
						new PersonView("Wendy Saviour",
								"Director of commissioning operations, NHS England North Midlands")),
				List.of(staffordshireCancerRow()), List.of(figure(STAFFORDSHIRE_CANCER, BMJ_STAFFORDSHIRE_ON_HOLD,
						staffordshireCancerBmjFigure(), "£700m for cancer care.", false)),
				List.of(staffordshireCancerPause()));
	}

	/** The HSJ Dudley piece: no citation or web address, one matching figure. */
	static SourceDetail hsjDudleyDetail() {
		return new SourceDetail(HSJ_DUDLEY_MCP.id(), "HSJ", LocalDate.of(2017, 6, 1), DatePrecision.MONTH,
				HSJ_DUDLEY_MCP.name(), "Dudley CCG advertised its MCP contract on 9 June 2017.", null, null, List.of(),
				List.of(dudleyRow()),
				List.of(figure(DUDLEY_MCP, HSJ_DUDLEY_MCP, dudleyValue(),
						"Between £3.4bn and £5.4bn, on 2016-17 spend including GP services.", true)),
				List.of(dudleyBidDeadline(), dudleyNoticePublished()));
	}

	/** A notice known to the day and not yet linked to anything. */
	static SourceDetail unlinkedNoticeDetail() {
		return new SourceDetail(6L, "Contracts Finder", LocalDate.of(2017, 6, 9), DatePrecision.DAY,
				"Multispecialty community provider contract notice (Dudley)", "The contract notice.", null,
				"https://www.contractsfinder.service.gov.uk/", List.of(), List.of(), List.of(), List.of());
	}

}
