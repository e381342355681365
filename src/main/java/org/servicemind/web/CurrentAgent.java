package org.servicemind.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.PresenceStatus;

/**
 * The signed-in agent as the page frame shows it: display name, user name, whether the admin link appears, and
 * their own presence (null for a signed-in user without an agent record, who gets no presence control).
 */
public record CurrentAgent(String username, String name, boolean admin, @Nullable PresenceStatus presence) {

	/** The frame without a presence control. */
	public CurrentAgent(String username, String name, boolean admin) {
		this(username, name, admin, null);
	}

	/** @return up to two initials for the avatar */
	public String initials() {
		StringBuilder initials = new StringBuilder();
		for (String word : name.strip().split("\\s+")) {
			if (!word.isEmpty() && initials.length() < 2) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}

	/** @return the presence as the value {@code POST /me/presence} takes ("online", "on_break"); "" when unknown */
	public String presenceKey() {
		return presence == null ? "" : presence.name().toLowerCase(Locale.ROOT);
	}
}
