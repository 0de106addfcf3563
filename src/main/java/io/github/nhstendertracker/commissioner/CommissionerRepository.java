package io.github.nhstendertracker.commissioner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommissionerRepository extends JpaRepository<Commissioner, Long> {

	@Query("select c from Commissioner c left join fetch c.successor where c.id = :id")
	Optional<Commissioner> findDetailById(Long id);

	@Query("select c from Commissioner c where c.successor.id = :id and c.archivedAt is null order by c.name")
	List<Commissioner> findPredecessors(Long id);

}
