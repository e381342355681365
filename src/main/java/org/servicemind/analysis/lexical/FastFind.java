package org.servicemind.analysis.lexical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leftmost-first search of one pattern that tries it only where its first two characters can begin a match
 * ({@link FirstChars}) and its leading literals allow ({@link LeadingLiterals}): finds exactly the match
 * {@link Matcher#find(int)} would, usually with far fewer attempts.
 * Matchers come from {@link #matcher} and use transparent, non-anchoring bounds, so lookarounds, word boundaries and
 * {@code ^} see the whole text. Immutable and thread-safe; the matchers are not.
 */
final class FastFind {

	private final Pattern pattern;

	/** null when the first characters are unknown: then a plain search runs */
	private final FirstChars first;

	/** null when unknown or too short to help */
	private final LeadingLiterals lead;

	/**
	 * A pattern with a lookbehind runs the plain search: a match may then begin where the lookbehind, not the first
	 * consumed character, decides, and the first-characters shortcut could report a different leftmost match.
	 */
	FastFind(Pattern pattern) {
		this.pattern = pattern;
		String regex = pattern.pattern();
		this.first = regex.contains("(?<=") || regex.contains("(?<!") ? null : FirstChars.of(regex);
		this.lead = first == null ? null : LeadingLiterals.of(regex);
	}

	Pattern pattern() {
		return pattern;
	}

	/** @return a matcher over {@code text} for {@link #find(Matcher, String, int)} */
	Matcher matcher(String text) {
		return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
	}

	/**
	 * Positions {@code m} on the leftmost match starting at or after {@code from}.
	 *
	 * @param m a matcher from {@link #matcher} over {@code text}
	 * @return whether there is one
	 */
	boolean find(Matcher m, String text, int from) {
		int length = text.length();
		if (from > length) {
			return false;
		}
		if (first == null) {
			return m.find(from);
		}
		int only = first.only();
		for (int p = from; p < length; p++) {
			if (only >= 0) {
				p = text.indexOf(only, p); // every match begins with this one character
				if (p < 0) {
					return false;
				}
			}
			if (first.admits(text, p) && (lead == null || lead.admits(text, p))) {
				m.region(p, length);
				if (m.lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/** @return the index the next {@link #find} continues from after the current match of {@code m}, as find() does */
	static int after(Matcher m) {
		return m.end() == m.start() ? m.end() + 1 : m.end();
	}
}
