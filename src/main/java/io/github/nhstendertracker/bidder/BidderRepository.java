package io.github.nhstendertracker.bidder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BidderRepository extends JpaRepository<Bidder, Long> {

	@Query("select m from BidderMember m join fetch m.member where m.consortium.id = :id and m.member.archivedAt is null order by m.lead desc, m.member.name")
	List<BidderMember> findMembers(Long id);

	@Query("select m from BidderMember m join fetch m.consortium where m.member.id = :id and m.consortium.archivedAt is null order by m.consortium.name")
	List<BidderMember> findMemberships(Long id);

}
