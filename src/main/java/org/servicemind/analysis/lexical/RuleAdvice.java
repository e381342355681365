package org.servicemind.analysis.lexical;

import java.util.List;

/**
 * Read-only access to the standard advice texts of the rule lexicons, for findings that another tier (the phrase
 * model) reports in a rule category: the why and the suggestion of a never-say category ({@link NeverSayRules}) and
 * the reframing questions of a distortion type ({@link SelfTalkRules}). Thread-safe (the lexicons are immutable).
 */
public final class RuleAdvice {

	private RuleAdvice() {
	}

	/** @return why the never-say {@code category} hurts, or {@code null} when the category is unknown */
	public static String why(String category) {
		for (NeverSayRules.Rule rule : NeverSayRules.RULES) {
			if (rule.category().equals(category)) {
				return rule.why();
			}
		}
		return null;
	}

	/** @return the better wording for the never-say {@code category}, or {@code null} when the category is unknown */
	public static String suggestion(String category) {
		for (NeverSayRules.Rule rule : NeverSayRules.RULES) {
			if (rule.category().equals(category)) {
				return rule.suggestion();
			}
		}
		return null;
	}

	/**
	 * @return the first reframing question of the distortion {@code type} (the one the rules give a type's first
	 *     span), or {@code null} when the type is unknown
	 */
	public static String reframe(String type) {
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			if (rule.type().equals(type)) {
				List<String> reframes = rule.reframes();
				return reframes.isEmpty() ? null : reframes.get(0);
			}
		}
		return null;
	}
}
