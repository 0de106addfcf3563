package io.github.nhstendertracker.tender;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Bids, with the fetch plans the tender and bidder pages need.
 */
public interface BidRepository extends JpaRepository<Bid, Long> {

	@Query("""
			select b from Bid b join fetch b.bidder left join fetch b.source
			where b.tender.id = :tenderId and b.bidder.archivedAt is null order by b.bidder.name, b.role""")
	List<Bid> findByTenderId(Long tenderId);

	@Query("""
			select b from Bid b join fetch b.tender left join fetch b.source
			where b.bidder.id = :bidderId and b.tender.archivedAt is null order by b.tender.title, b.role""")
	List<Bid> findByBidderId(Long bidderId);

	/**
	 * Whether the tender already has this bidder in this role, other than the given bid.
	 */
	@Query("""
			select count(b) > 0 from Bid b where b.tender.id = :tenderId and b.bidder.id = :bidderId
			and b.role = :role and (:exceptId is null or b.id <> :exceptId)""")
	boolean existsDuplicate(Long tenderId, Long bidderId, BidRole role, Long exceptId);

}
