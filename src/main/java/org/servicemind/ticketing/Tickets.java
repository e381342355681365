package org.servicemind.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Tickets extends JpaRepository<Ticket, UUID>, JpaSpecificationExecutor<Ticket> {

	Optional<Ticket> findByNumber(long number);

	List<Ticket> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);

	@Query("select t from Ticket t where t.status = org.servicemind.ticketing.TicketStatus.SOLVED and t.solvedAt < ?1")
	List<Ticket> findSolvedBefore(Instant cutoff);

	@Query("select t from Ticket t join t.messages m where m.id = ?1")
	Optional<Ticket> findByMessageId(UUID messageId);
}
