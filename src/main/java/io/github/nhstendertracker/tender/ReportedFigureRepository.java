package io.github.nhstendertracker.tender;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportedFigureRepository extends JpaRepository<ReportedFigure, Long> {

	@Query("select f from ReportedFigure f join fetch f.source where f.tender.id = :tenderId and f.source.archivedAt is null order by f.source.publishedOn, f.id")
	List<ReportedFigure> findByTenderId(Long tenderId);

	@Query("select f from ReportedFigure f join fetch f.tender join fetch f.source where f.source.id = :sourceId and f.tender.archivedAt is null order by f.tender.title, f.id")
	List<ReportedFigure> findBySourceId(Long sourceId);

}
