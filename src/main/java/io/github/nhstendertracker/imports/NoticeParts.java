package io.github.nhstendertracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.nhstendertracker.audit.Actor;
import io.github.nhstendertracker.common.OrgIdentifier;
import io.github.nhstendertracker.editing.BidderEditor;
import io.github.nhstendertracker.editing.BidderForm;
import io.github.nhstendertracker.editing.CommissionerEditor;
import io.github.nhstendertracker.editing.CommissionerForm;
import io.github.nhstendertracker.editing.EditPipeline;
import io.github.nhstendertracker.editing.SourceEditor;
import io.github.nhstendertracker.editing.SourceForm;
import io.github.nhstendertracker.source.NoticeId;

import org.springframework.stereotype.Component;

/**
 * The records a notice needs before its tender: itself as a source, and its buyers and
 * suppliers, matched to those already kept ({@link PartyMatches}) or added, through the
 * {@link EditPipeline}. A match that is archived refuses the release: an admin took that
 * body off the public pages, and an import does not put it back.
 */
@Component
class NoticeParts {

	private final EditPipeline pipeline;

	private final PartyMatches matches;

	private final SourceEditor sources;

	private final CommissionerEditor commissioners;

	private final BidderEditor bidders;

	private final ImportSaves saves;

	NoticeParts(EditPipeline pipeline, PartyMatches matches, SourceEditor sources, CommissionerEditor commissioners,
			BidderEditor bidders, ImportSaves saves) {
		this.pipeline = pipeline;
		this.matches = matches;
		this.sources = sources;
		this.commissioners = commissioners;
		this.bidders = bidders;
		this.saves = saves;
	}

	long source(Notice notice, Actor actor) {
		SourceForm form = new SourceForm();
		form.setPublication(cut(notice.publisher(), 200));
		form.setPublishedDay(String.valueOf(notice.date().getDayOfMonth()));
		form.setPublishedMonth(String.valueOf(notice.date().getMonthValue()));
		form.setPublishedYear(String.valueOf(notice.date().getYear()));
		String kind = kind(notice.tags());
		form.setTitle(cut(kind + ": " + notice.title(), 300));
		form.setSummary(cut(kind + " for " + notice.title() + ", published on " + notice.publisher() + ". Release "
				+ notice.releaseId() + " of process " + notice.ocid()
				+ (notice.derivedId() ? " (the release gave no id; this one is derived from its content)" : "") + ".",
				2000));
		form.setCitation(cut(notice.publisher() + ", " + kind.toLowerCase(java.util.Locale.UK) + " "
				+ ((notice.noticeId() != null) ? notice.noticeId() : notice.releaseId()), 300));
		form.setUrl(notice.url());
		form.forNotice(new NoticeId(notice.ocid(), notice.releaseId(), notice.noticeId(),
				cut(String.join(",", notice.tags()), 200), notice.derivedId()));
		return this.saves.create(this.sources, form, actor);
	}

	/** The ids of the notice's commissioners, each matched or added. */
	List<String> commissioners(Notice notice, Actor actor) {
		List<String> ids = new ArrayList<>();
		for (Notice.Party buyer : notice.buyers()) {
			Optional<PartyMatches.Match> match = this.matches.commissioner(buyer);
			long id;
			if (match.isPresent()) {
				refuseArchived(match.get(), "buyer");
				id = match.get().id();
			}
			else {
				CommissionerForm form = new CommissionerForm();
				form.setName(buyer.name());
				form.setType(PartyMatches.commissionerType(buyer.name()).name());
				form.setOdsCode(buyer.odsCode());
				form.setIdentifiers(lines(buyer.identifiers()));
				if (notice.place().itlRegion() != null && notice.buyers().size() == 1) {
					form.setItlRegion(notice.place().itlRegion().name());
				}
				id = this.saves.create(this.commissioners, form, actor);
			}
			if (!ids.contains(String.valueOf(id))) {
				ids.add(String.valueOf(id));
			}
		}
		return ids;
	}

	/** The id of a supplier, matched or added. */
	long bidder(Notice.Party party, Actor actor) {
		Optional<PartyMatches.Match> match = this.matches.bidder(party);
		if (match.isPresent()) {
			refuseArchived(match.get(), "supplier");
			return match.get().id();
		}
		BidderForm form = new BidderForm();
		form.setName(party.name());
		form.setType(PartyMatches.bidderType(party).name());
		form.setIdentifiers(lines(party.identifiers()));
		return this.saves.create(this.bidders, form, actor);
	}

	private static void refuseArchived(PartyMatches.Match match, String role) {
		if (match.archived()) {
			throw new NoticeMapper.RefusedRelease(
					"The " + role + " ‘" + match.name() + "’ is archived: restore it to import its notices");
		}
	}

	private static String lines(List<OrgIdentifier> identifiers) {
		return String.join("\n", identifiers.stream().map(OrgIdentifier::toString).toList());
	}

	/** What kind of notice a release is, by its tags. */
	static String kind(List<String> tags) {
		if (tags.contains("contractTermination")) {
			return "Contract termination notice";
		}
		if (tags.contains("tenderCancellation")) {
			return "Cancellation notice";
		}
		if (tags.contains("contract")) {
			return "Contract notice";
		}
		if (tags.contains("award") || tags.contains("awardUpdate")) {
			return "Award notice";
		}
		if (tags.contains("tenderAmendment") || tags.contains("tenderUpdate")) {
			return "Amended tender notice";
		}
		if (tags.contains("tender")) {
			return "Tender notice";
		}
		if (tags.contains("planning")) {
			return "Planning notice";
		}
		return "Notice";
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 1).strip() + "…";
	}

}
