package io.github.nhstendertracker.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsername(String username);

	@Query("select u from AppUser u order by lower(u.username)")
	List<AppUser> findAllInOrder();

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * The enabled users with a role, locked until the transaction ends, so two admins
	 * cannot each remove the other's admin rights at the same moment.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from AppUser u where u.role = :role and u.enabled = true order by u.id")
	List<AppUser> lockEnabledWithRole(Role role);

}
