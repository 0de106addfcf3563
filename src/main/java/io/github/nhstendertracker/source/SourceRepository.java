package io.github.nhstendertracker.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("select s from Source s left join fetch s.people where s.id = :id")
	Optional<Source> findDetailById(Long id);

}
