package io.github.nhstendertracker.browse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.nhstendertracker.browse.TenderViews.CpvView;
import io.github.nhstendertracker.browse.TenderViews.NoticeView;
import io.github.nhstendertracker.browse.TenderViews.OpenData;
import io.github.nhstendertracker.common.Ref;
import io.github.nhstendertracker.source.NoticeId;
import io.github.nhstendertracker.source.Source;
import io.github.nhstendertracker.tender.CpvLabels;
import io.github.nhstendertracker.tender.Tender;

import org.springframework.stereotype.Component;

/**
 * A tender's open data as pages and the JSON show it: its process, how it is bought, its
 * CPV codes with their labels (one query), and the notices among its sources, oldest
 * first. Archived sources are left out, as everywhere.
 */
@Component
class TenderOpenDataViews {

	private final CpvLabels labels;

	TenderOpenDataViews(CpvLabels labels) {
		this.labels = labels;
	}

	OpenData of(Tender tender) {
		List<String> codes = tender.getCpvCodes().stream().sorted().toList();
		Map<String, String> labelled = this.labels.labels(codes);
		List<CpvView> cpv = codes.stream().map((code) -> new CpvView(code, labelled.get(code))).toList();
		List<NoticeView> notices = tender.getSources()
			.stream()
			.filter((source) -> !source.isArchived() && source.getNotice() != null)
			.sorted(Comparator.comparing(Source::getPublishedOn).thenComparing(Source::getId))
			.map(TenderOpenDataViews::notice)
			.toList();
		return new OpenData(tender.getOcid(), tender.getLotId(), tender.getProcurementMethod(),
				tender.getProcurementMethodDetails(), tender.getSuitableSme(), tender.getSuitableVcse(),
				tender.getFramework(), cpv, notices);
	}

	private static NoticeView notice(Source source) {
		NoticeId notice = source.getNotice();
		List<String> tags = (notice.tags() != null)
				? Arrays.stream(notice.tags().split(",")).map(String::strip).filter((tag) -> !tag.isEmpty()).toList()
				: List.of();
		return new NoticeView(new Ref(source.getId(), source.getTitle()), source.getPublication(),
				source.getPublishedOn(), notice.noticeId(), source.getUrl(), notice.releaseId(), tags);
	}

}
