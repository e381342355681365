package org.servicemind.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.servicemind.customers.CustomerView;

/** A customer as the REST API returns it. */
record CustomerJson(UUID id, String name, List<String> emails, String organisation, String timeZone,
		String language, String notes, String serviceStyle, Instant createdAt) {

	static CustomerJson of(CustomerView c) {
		return new CustomerJson(c.id(), c.name(), c.emails(), c.organisation(), c.timeZone(), c.language(),
				c.notes(), c.serviceStyle(), c.createdAt());
	}
}
