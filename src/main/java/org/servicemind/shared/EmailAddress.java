package org.servicemind.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A normalised (trimmed, lower-cased) e-mail address.
 *
 * @param value the address, e.g. {@code ana@example.com}
 * @throws IllegalArgumentException when the value is not a plausible address or longer than 254 characters
 */
public record EmailAddress(String value) {

	/**
	 * The shape every address must have: something, {@code @}, a domain with a dot, no spaces, quotes or angle
	 * brackets. For {@code @Email(regexp = …)} on request fields, so a bad address is named as a field error.
	 */
	public static final String SHAPE_REGEX = "^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$";

	private static final Pattern SHAPE = Pattern.compile(SHAPE_REGEX);

	public EmailAddress {
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a valid e-mail address: " + value);
		}
	}

	/** @return the address */
	@Override
	public String toString() {
		return value;
	}
}
