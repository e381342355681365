package org.servicemind.web.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An audit log line as the admin page shows it. */
public record AuditEntryView(UUID id, Instant at, String actor, String action, String target,
		@Nullable String details) {
}
