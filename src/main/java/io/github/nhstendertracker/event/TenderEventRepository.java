package io.github.nhstendertracker.event;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TenderEventRepository extends JpaRepository<TenderEvent, Long> {

	@Query("""
			select distinct e from TenderEvent e join fetch e.tender left join fetch e.sources
			where e.tender.id = :tenderId order by e.eventDate, e.id""")
	List<TenderEvent> findTimeline(Long tenderId);

	@Query("""
			select distinct e from TenderEvent e join fetch e.tender left join fetch e.sources
			where e.tender.id in :tenderIds order by e.eventDate desc, e.id desc""")
	List<TenderEvent> findByTenderIds(Collection<Long> tenderIds);

	@Query("""
			select distinct e from TenderEvent e join fetch e.tender left join fetch e.sources
			where e.id in (select e2.id from TenderEvent e2 join e2.sources s where s.id = :sourceId)
			and e.tender.archivedAt is null
			order by e.eventDate desc, e.id desc""")
	List<TenderEvent> findBySourceId(Long sourceId);

	@Query("""
			select e.id from TenderEvent e where e.expected = false and e.tender.archivedAt is null
			order by e.eventDate desc, e.id desc""")
	List<Long> findLatestHappenedIds(Pageable pageable);

	@Query("""
			select distinct e from TenderEvent e join fetch e.tender left join fetch e.sources
			where e.id in :ids order by e.eventDate desc, e.id desc""")
	List<TenderEvent> findWithSourcesByIds(Collection<Long> ids);

	@Query("select e from TenderEvent e where e.tender.id = :tenderId order by e.eventDate, e.id")
	List<TenderEvent> findByTenderIdInOrder(Long tenderId);

}
