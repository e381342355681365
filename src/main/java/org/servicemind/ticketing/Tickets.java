package org.servicemind.ticketing;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Tickets extends JpaRepository<Ticket, UUID>, JpaSpecificationExecutor<Ticket> {

	Optional<Ticket> findByNumber(long number);

	/**
	 * The ticket, locked until the transaction ends, so writers of one ticket (agents replying or changing it, a
	 * customer writing) take turns instead of failing on each other's version.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Ticket t where t.number = ?1")
	Optional<Ticket> lockByNumber(long number);

	List<Ticket> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);

	@Query("select t from Ticket t where t.status = org.servicemind.ticketing.TicketStatus.SOLVED and t.solvedAt < ?1")
	List<Ticket> findSolvedBefore(Instant cutoff);

	/**
	 * Stores analysis signals on a message without touching the ticket's version, so it never conflicts with an
	 * agent changing the ticket at the same moment.
	 */
	@Modifying
	@Query("update TicketMessage m set m.sentiment = ?2, m.anger = ?3, m.analysisTruncated = ?4 where m.id = ?1")
	int recordMessageSignals(UUID messageId, double sentiment, double anger, boolean truncated);

	/**
	 * Locks the ticket of a customer message until the transaction ends, so analyses of messages of one ticket
	 * finishing at the same moment recompute its mood one after the other.
	 * @return the ticket's id, or empty when the message is unknown or not a customer's
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select t.id from Ticket t
			where t.id = (select m.ticket.id from TicketMessage m where m.id = ?1
				and m.type = org.servicemind.ticketing.MessageType.CUSTOMER)""")
	Optional<UUID> lockTicketOfCustomerMessage(UUID messageId);

	/** The signals of every message of a ticket, in no particular order. */
	@Query("""
			select new org.servicemind.ticketing.CustomerMood$Signals(m.position, m.type, m.anger, m.sentiment)
			from TicketMessage m where m.ticket.id = ?1""")
	List<CustomerMood.Signals> signalsOf(UUID ticketId);

	/** Sets the ticket's customer mood (version untouched, see above). */
	@Modifying
	@Query("update Ticket t set t.customerSentiment = ?2, t.customerAnger = ?3 where t.id = ?1")
	int recordCustomerMood(UUID ticketId, double sentiment, double anger);
}
