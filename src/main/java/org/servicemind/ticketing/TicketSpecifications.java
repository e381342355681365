package org.servicemind.ticketing;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link TicketQuery} into a JPA criteria predicate. */
final class TicketSpecifications {

	private TicketSpecifications() {
	}

	static Specification<Ticket> matching(TicketQuery query) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!query.statuses().isEmpty()) {
				where.add(root.get("status").in(query.statuses()));
			}
			if (query.assignee() != null) {
				where.add(cb.equal(root.get("assigneeId"), query.assignee()));
			}
			if (query.unassigned()) {
				where.add(cb.isNull(root.get("assigneeId")));
			}
			if (!query.teams().isEmpty()) {
				where.add(root.get("teamId").in(query.teams()));
			}
			if (query.channel() != null && !query.channel().isBlank()) {
				where.add(cb.equal(root.get("channel"), query.channel()));
			}
			if (query.customer() != null) {
				where.add(cb.equal(root.get("customerId"), query.customer()));
			}
			if (query.minAnger() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("customerAnger"), query.minAnger()));
			}
			String text = query.text() == null ? "" : query.text().strip();
			if (!text.isEmpty()) {
				Predicate subject = cb.like(cb.lower(root.get("subject")),
						"%" + text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%", '\\');
				if (text.matches("#?\\d{1,18}")) {
					long number = Long.parseLong(text.replace("#", ""));
					where.add(cb.or(subject, cb.equal(root.get("number"), number)));
				}
				else {
					where.add(subject);
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
