package org.servicemind.ticketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A canned reply with placeholders and optional actions (set status, add tag). */
@Entity
@Table(name = "macros")
class Macro {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String name;

	private String body;

	@Enumerated(EnumType.STRING)
	@Column(name = "set_status")
	private @Nullable TicketStatus setStatus;

	@Column(name = "add_tag")
	private @Nullable String addTag;

	@Column(name = "created_at")
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected Macro() {
	}

	Macro(String name, String body, @Nullable TicketStatus setStatus, @Nullable String addTag) {
		this.id = UUID.randomUUID();
		this.createdAt = Instant.now();
		edit(name, body, setStatus, addTag);
	}

	void edit(String name, String body, @Nullable TicketStatus setStatus, @Nullable String addTag) {
		this.name = name.strip();
		this.body = body;
		this.setStatus = setStatus;
		this.addTag = addTag == null || addTag.isBlank() ? null : addTag.strip();
	}

	MacroView view() {
		return new MacroView(id, name, body, setStatus, addTag);
	}
}
