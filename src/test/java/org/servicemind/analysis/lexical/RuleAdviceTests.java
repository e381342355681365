package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleAdviceTests {

	@Test
	void givesTheGuardsOwnWhyAndSuggestion() {
		var finding = new NeverSayGuard().scan("Please calm down.").get(0);
		assertThat(RuleAdvice.why(finding.category())).isEqualTo(finding.why());
		assertThat(RuleAdvice.suggestion(finding.category())).isEqualTo(finding.suggestion());
	}

	@Test
	void answersNullForUnknownCategories() {
		assertThat(RuleAdvice.why("no_such")).isNull();
		assertThat(RuleAdvice.suggestion("no_such")).isNull();
	}
}
