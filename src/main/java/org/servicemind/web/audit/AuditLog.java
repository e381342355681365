package org.servicemind.web.audit;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: who changed accounts, configuration or assignments, and when. Entries are never edited. */
@Service
@Transactional
public class AuditLog {

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records one action now; over-long values are cut to the column sizes. */
	public AuditEntryView record(String actor, String action, String target, @Nullable String details) {
		return record(clock.instant(), actor, action, target, details);
	}

	/** Records one action that happened at {@code at} (e.g. the time carried by an event). */
	public AuditEntryView record(Instant at, String actor, String action, String target, @Nullable String details) {
		return entries.save(new AuditEntry(at, actor, action, target, details)).view();
	}

	/** Entries newest first, optionally only actions starting with {@code actionPrefix} (e.g. "ticket."). */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> list(@Nullable String actionPrefix, Pageable pageable) {
		Page<AuditEntry> page = actionPrefix == null || actionPrefix.isBlank()
				? entries.findAllByOrderByAtDesc(pageable)
				: entries.findByActionStartingWithOrderByAtDesc(actionPrefix.strip(), pageable);
		return page.map(AuditEntry::view);
	}
}
