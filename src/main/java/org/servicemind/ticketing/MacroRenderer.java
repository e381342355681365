package org.servicemind.ticketing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills macro placeholders; unknown placeholders are left as they are so the agent sees them. */
final class MacroRenderer {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");

	private MacroRenderer() {
	}

	static String render(String body, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(body);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** @return whether two texts are equal ignoring whitespace differences */
	static boolean sameText(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

	private static String normalise(String s) {
		return s.replaceAll("\\s+", " ").strip();
	}
}
