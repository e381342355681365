package org.servicemind.analysis.lexical;

/**
 * Read-only access to the standard advice texts of the rule lexicons, for findings that another tier (the phrase
 * model) reports in a rule category: the why and the suggestion of a never-say category ({@link NeverSayRules}).
 * Thread-safe (the lexicons are immutable).
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
}
