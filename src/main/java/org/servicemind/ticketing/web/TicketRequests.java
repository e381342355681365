package org.servicemind.ticketing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.servicemind.shared.EmailAddress;
import org.servicemind.ticketing.MessageType;
import org.servicemind.ticketing.Priority;
import org.servicemind.ticketing.TicketStatus;
import tools.jackson.databind.JsonNode;

/** JSON bodies the ticket API accepts. */
final class TicketRequests {

	/** Longest message body, in chars, the API and the ticket page accept (about 40 pages of text). */
	static final int MAX_MESSAGE_CHARS = 100_000;

	private TicketRequests() {
	}

	/** {@code POST /api/v1/tickets}. */
	record NewTicket(@NotBlank @Size(max = 300) String subject, @NotNull @Valid Requester customer,
			@VisibleText @Size(max = MAX_MESSAGE_CHARS) String message, @Nullable Priority priority,
			@Nullable List<@NotBlank @Size(max = 50) String> tags,
			@Nullable @Pattern(regexp = "[a-z]{1,20}", message = "must be a lower-case word such as email or api") String channel) {
	}

	/** The requester of a new ticket; registered on the fly when the address is new. */
	record Requester(@NotBlank @Email(regexp = EmailAddress.SHAPE_REGEX) @Size(max = 254) String email, @NotBlank @Size(max = 200) String name) {
	}

	/** {@code POST /api/v1/tickets/{number}/messages}. */
	record NewMessage(@NotNull MessageType type, @VisibleText @Size(max = MAX_MESSAGE_CHARS) String body) {
	}

	/**
	 * {@code PATCH /api/v1/tickets/{number}}: absent fields stay as they are; {@code "assignee": null} unassigns.
	 *
	 * @param assignee null when absent, a JSON null node for an explicit null, else the agent's username
	 */
	record TicketPatch(@Nullable TicketStatus status, @Nullable Priority priority,
			@Schema(type = "string", nullable = true, description = "username; null unassigns") @Nullable JsonNode assignee,
			@Nullable List<@NotBlank @Size(max = 50) String> tags) {

		boolean unassign() {
			return assignee != null && assignee.isNull();
		}

		/** @throws IllegalArgumentException when the assignee is neither a string nor null */
		@Nullable String assigneeUsername() {
			if (assignee == null || assignee.isNull()) {
				return null;
			}
			if (!assignee.isString() || assignee.asString().isBlank()) {
				throw new IllegalArgumentException("assignee must be a username or null");
			}
			return assignee.asString();
		}
	}
}
