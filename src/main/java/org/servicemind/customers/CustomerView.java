package org.servicemind.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer as other modules and the UI see it.
 *
 * @param detailPreference learned service style, -1 (brief, just fix it) .. 1 (wants the long explanation)
 */
public record CustomerView(UUID id, String name, List<String> emails, String organisation, String timeZone,
		String language, String notes, double detailPreference, Instant createdAt) {

	/** @return the first address, used for replies */
	public String primaryEmail() {
		return emails.isEmpty() ? "" : emails.get(0);
	}

	/** @return the first word of the name, for greetings and macros */
	public String firstName() {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}

	/** @return "brief", "balanced" or "detailed" */
	public String serviceStyle() {
		return detailPreference < -0.25 ? "brief" : detailPreference > 0.25 ? "detailed" : "balanced";
	}
}
