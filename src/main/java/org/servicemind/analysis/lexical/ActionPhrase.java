package org.servicemind.analysis.lexical;

/**
 * Reads words after a promise cue in a lower-cased clause and names the promised action in a few words ("call
 * back", "send invoice"): the verb lemma, its particle and up to two words of its object.
 */
final class ActionPhrase {

	private ActionPhrase() {
	}

	/** Short description of the action: the verb, its particle and up to two words of its object. */
	static String describe(String clause, String lemma, int afterVerb) {
		int[] next = word(clause, afterVerb);
		String particle = next == null ? "" : clause.substring(next[0], next[1]);
		switch (lemma) {
			case "call", "ring", "phone" -> {
				return particle.equals("back") || clause.startsWith("you back", next == null ? 0 : next[0])
						? "call back" : "call";
			}
			case "get" -> {
				if (particle.equals("back")) {
					return "get back";
				}
				if (particle.equals("in") && clause.startsWith("in touch", next[0])) {
					return "contact";
				}
			}
			case "follow" -> {
				return "follow up";
			}
			case "reach" -> {
				return "contact";
			}
			case "keep", "let", "notify", "inform" -> {
				return "update";
			}
			case "look", "dig" -> {
				return particle.equals("at") ? "look at" : "look into";
			}
			case "take", "have" -> {
				if (clause.startsWith("a look", next == null ? 0 : next[0])) {
					return "look into";
				}
			}
			default -> {
			}
		}
		String object = object(clause, afterVerb);
		return object == null ? lemma : lemma + " " + object;
	}

	/** @return up to two content words after {@code pos}, skipping pronouns and determiners, or null */
	static String object(String clause, int pos) {
		StringBuilder sb = new StringBuilder();
		int taken = 0;
		for (int guard = 0; guard < 6 && taken < 2; guard++) {
			int[] w = word(clause, pos);
			if (w == null || w[0] - pos > 2) {
				break;
			}
			String token = clause.substring(w[0], w[1]);
			pos = w[1];
			if (PromiseLexicon.OBJECT_STOPS.contains(token)) {
				break;
			}
			if (PromiseLexicon.FILLERS.contains(token) || token.contains("'")) {
				continue;
			}
			if (sb.length() > 0) {
				sb.append(' ');
			}
			sb.append(token);
			taken++;
		}
		return sb.length() == 0 ? null : sb.toString();
	}

	static String lastWord(String words) {
		int space = words.lastIndexOf(' ');
		return space < 0 ? words : words.substring(space + 1);
	}

	static boolean followedByTo(String clause, int pos) {
		int[] w = word(clause, pos);
		return w != null && clause.substring(w[0], w[1]).equals("to");
	}

	static String firstWord(String clause, int pos) {
		int[] w = word(clause, pos);
		return w == null ? "" : clause.substring(w[0], w[1]);
	}

	/** @return start up to, not including, end of the next word at or after {@code pos} (skipping at most 3 other chars), or null */
	static int[] word(String clause, int pos) {
		int i = pos;
		int limit = Math.min(clause.length(), pos + 4);
		while (i < limit && !Character.isLetter(clause.charAt(i))) {
			i++;
		}
		if (i >= clause.length() || !Character.isLetter(clause.charAt(i))) {
			return null;
		}
		int end = i + 1;
		int max = Math.min(clause.length(), i + 40);
		while (end < max && (isLowerAscii(clause.charAt(end)) || clause.charAt(end) == '\''
				|| clause.charAt(end) == '-')) {
			end++;
		}
		return isLowerAscii(clause.charAt(i)) ? new int[] { i, end } : null;
	}

	static boolean isLowerAscii(char c) {
		return c >= 'a' && c <= 'z';
	}
}
