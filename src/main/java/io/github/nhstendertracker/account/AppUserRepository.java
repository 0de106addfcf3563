package io.github.nhstendertracker.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsername(String username);

	@Query("select u from AppUser u order by lower(u.username)")
	List<AppUser> findAllInOrder();

	long countByRoleAndEnabledTrue(Role role);

}
