package io.github.nhstendertracker.tender;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TenderRepository extends JpaRepository<Tender, Long> {

	/** The tender with its parent, commissioners and service areas: one query. */
	@Query("""
			select distinct t from Tender t left join fetch t.parent left join fetch t.commissioners
			left join fetch t.serviceAreas left join fetch t.sources where t.id = :id and t.archivedAt is null""")
	Optional<Tender> findDetailById(Long id);

	/**
	 * The tender with everything its edit form shows, archived or not: admins can open
	 * archived tenders to restore them.
	 */
	@Query("""
			select distinct t from Tender t left join fetch t.parent left join fetch t.commissioners
			left join fetch t.serviceAreas where t.id = :id""")
	Optional<Tender> findForEditById(Long id);

	@Query("select t from Tender t where t.parent.id = :parentId and t.archivedAt is null order by t.title, t.id")
	List<Tender> findLots(Long parentId);

}
