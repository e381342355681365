package org.servicemind.web.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

	@Id
	private UUID id;

	private Instant at;

	private String actor;

	private String action;

	private String target;

	private @Nullable String details;

	@SuppressWarnings("NullAway.Init")
	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String target, @Nullable String details) {
		this.id = UUID.randomUUID();
		this.at = at;
		this.actor = cut(actor, 200);
		this.action = cut(action, 100);
		this.target = cut(target, 200);
		this.details = details == null ? null : cut(details, 2000);
	}

	private static String cut(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}

	AuditEntryView view() {
		return new AuditEntryView(id, at, actor, action, target, details);
	}
}
