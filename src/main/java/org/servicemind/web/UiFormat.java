package org.servicemind.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Formatting helpers every page may use as {@code ${ui}}: relative and absolute times, readable enum labels and
 * sentiment in words.
 */
public final class UiFormat {

	private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'",
			Locale.ENGLISH).withZone(ZoneOffset.UTC);

	private final Clock clock;

	public UiFormat(Clock clock) {
		this.clock = clock;
	}

	/** @return "just now", "5 min ago", "3 h ago", "2 d ago" or the date for older instants; "" for null */
	public String ago(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration age = Duration.between(instant, clock.instant());
		if (age.toMinutes() < 1) {
			return "just now";
		}
		if (age.toHours() < 1) {
			return age.toMinutes() + " min ago";
		}
		if (age.toDays() < 1) {
			return age.toHours() + " h ago";
		}
		if (age.toDays() < 30) {
			return age.toDays() + " d ago";
		}
		return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(instant);
	}

	/** @return the full date and time in UTC, e.g. "Mon 30 Nov 2026, 21:55 UTC"; "" for null */
	public String at(@Nullable Instant instant) {
		return instant == null ? "" : FULL.format(instant);
	}

	/**
	 * @return a customer's sentiment (-1..1) in words: "negative" at -0.25 or below, "positive" at 0.25 or above,
	 * else "neutral"; "" when the message has not been analysed yet (null)
	 */
	public String sentiment(@Nullable Double sentiment) {
		if (sentiment == null) {
			return "";
		}
		return sentiment <= -0.25 ? "negative" : sentiment >= 0.25 ? "positive" : "neutral";
	}

	/** @return an enum constant as words: PENDING_CUSTOMER becomes "Pending customer"; "" for null */
	public String label(@Nullable Enum<?> value) {
		if (value == null) {
			return "";
		}
		String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
