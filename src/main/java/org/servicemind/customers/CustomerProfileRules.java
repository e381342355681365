package org.servicemind.customers;

import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The limits of a customer profile, checked before anything reaches the database: lengths fit the columns, the
 * time zone is an IANA region id and the language is a tag like {@code en} or {@code pt-BR}. Each check returns
 * the stripped value or throws {@link IllegalArgumentException} with a message an agent can act on.
 */
final class CustomerProfileRules {

	static final int MAX_NAME = 200;

	static final int MAX_ORGANISATION = 200;

	static final int MAX_TIME_ZONE = 64;

	static final int MAX_LANGUAGE = 16;

	static final int MAX_NOTES = 10_000;

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private CustomerProfileRules() {
	}

	static String name(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new IllegalArgumentException("A customer needs a name.");
		}
		return fits("The name", stripped, MAX_NAME);
	}

	static @Nullable String organisation(@Nullable String organisation) {
		return organisation == null || organisation.isBlank() ? null
				: fits("The organisation", organisation.strip(), MAX_ORGANISATION);
	}

	static String timeZone(@Nullable String zone, String fallback) {
		if (zone == null || zone.isBlank()) {
			return fallback;
		}
		String stripped = zone.strip();
		if (stripped.length() > MAX_TIME_ZONE || !ZoneId.getAvailableZoneIds().contains(stripped)) {
			throw new IllegalArgumentException("\u201c" + shorten(stripped) + "\u201d is not a time zone we know. "
					+ "Use a name like Europe/Berlin or America/New_York.");
		}
		return stripped;
	}

	static String language(@Nullable String language, String fallback) {
		if (language == null || language.isBlank()) {
			return fallback;
		}
		String stripped = language.strip();
		if (stripped.length() > MAX_LANGUAGE || !LANGUAGE_TAG.matcher(stripped).matches()) {
			throw new IllegalArgumentException("\u201c" + shorten(stripped) + "\u201d is not a language tag. "
					+ "Use a tag like en or pt-BR (at most " + MAX_LANGUAGE + " characters).");
		}
		return stripped;
	}

	static @Nullable String notes(@Nullable String notes) {
		return notes == null ? null : fits("The notes", notes, MAX_NOTES);
	}

	private static String fits(String what, String value, int max) {
		if (value.length() > max) {
			throw new IllegalArgumentException(what + " may have at most " + max + " characters; this has "
					+ value.length() + ".");
		}
		return value;
	}

	private static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "\u2026";
	}
}
