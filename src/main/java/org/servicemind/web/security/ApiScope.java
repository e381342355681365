package org.servicemind.web.security;

import java.util.Arrays;
import java.util.Locale;

/** What an API token may do. */
public enum ApiScope {
	TICKETS_READ("tickets:read"), TICKETS_WRITE("tickets:write"), ADMIN("admin");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	/** @return the wire name, e.g. {@code tickets:read} */
	public String value() {
		return value;
	}

	/** @throws IllegalArgumentException for an unknown scope name */
	public static ApiScope of(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(s -> s.value.equals(v)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown scope " + value));
	}
}
