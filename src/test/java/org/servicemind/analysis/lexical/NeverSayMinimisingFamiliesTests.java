package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.Finding;

/** {@link NeverSayMinimisingFamilies}: replies that shrink the problem or close the conversation, and hard negatives. */
class NeverSayMinimisingFamiliesTests {

	private final NeverSayGuard guard = new NeverSayGuard();

	private List<String> categories(String text) {
		return guard.scan(text).stream().map(Finding::category).distinct().toList();
	}

	@Test
	void flagsAProblemMadeSmall() {
		assertThat(categories("It's a printer, hardly the end of the world.")).contains("dismissive");
		assertThat(categories("Honestly a slow drive-thru is pretty minor in the scheme of things.")).contains("dismissive");
		assertThat(categories("A bit of missing bubble wrap is par for the course with budget removals.")).contains("dismissive");
		assertThat(categories("It's a 40 minute delay, most passengers wouldn't even notice.")).contains("dismissive");
		assertThat(categories("One tray out of 400 portions is statistically nothing.")).contains("dismissive");
	}

	@Test
	void flagsAConversationClosedWithoutAnAnswer() {
		assertThat(categories("Please stop opening new tickets for it.")).contains("dismissive");
		assertThat(categories("We do not intend to enter into further correspondence on it.")).contains("dismissive");
		assertThat(categories("There is nothing further to discuss.")).contains("dismissive");
		assertThat(categories("I think you're reading far too much into one rejection letter.")).contains("dismissive");
		assertThat(categories("A 2-second delay is not something we're going to prioritise.")).contains("dismissive");
	}

	@Test
	void leavesReassuranceAndOwnedFixesAlone() {
		assertThat(categories("We made a minor fix to the template and resent your invoice.")).isEmpty();
		assertThat(categories("You can stop chasing: the refund went through this morning.")).isEmpty();
		assertThat(categories("No worries, these things happen, the replacement is on its way.")).isEmpty();
		assertThat(categories("I know this felt like the end of the world on the day, and I'm sorry.")).isEmpty();
	}
}
