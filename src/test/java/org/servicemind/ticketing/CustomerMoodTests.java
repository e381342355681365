package org.servicemind.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicemind.ticketing.MessageType.CUSTOMER;
import static org.servicemind.ticketing.MessageType.NOTE;
import static org.servicemind.ticketing.MessageType.REPLY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.ticketing.CustomerMood.Signals;

class CustomerMoodTests {

	@Test
	void keepsTheAngriestMessageOfTheTurnWhenACalmFollowUpArrives() {
		assertThat(CustomerMood.ofLatestTurn(List.of(analysed(0, CUSTOMER, 0.9, -0.8), analysed(1, CUSTOMER, 0.1, 0.0))))
			.contains(new CustomerMood(0.9, -0.8));
	}

	@Test
	void startsANewTurnWithTheFirstCustomerMessageAfterAPublicReply() {
		assertThat(CustomerMood.ofLatestTurn(List.of(analysed(0, CUSTOMER, 0.9, -0.8), unanalysed(1, REPLY),
				analysed(2, CUSTOMER, 0.2, 0.4)))).contains(new CustomerMood(0.2, 0.4));
	}

	@Test
	void keepsTheAnsweredTurnUntilTheCustomerWritesAgain() {
		assertThat(CustomerMood.ofLatestTurn(List.of(analysed(0, CUSTOMER, 0.9, -0.8), unanalysed(1, REPLY))))
			.contains(new CustomerMood(0.9, -0.8));
	}

	@Test
	void ignoresInternalNotes() {
		assertThat(CustomerMood.ofLatestTurn(List.of(analysed(0, CUSTOMER, 0.7, -0.5), unanalysed(1, NOTE),
				analysed(2, CUSTOMER, 0.1, 0.2)))).contains(new CustomerMood(0.7, -0.5));
	}

	@Test
	void readsTheThreadInPositionOrderWhateverOrderItComesIn() {
		assertThat(CustomerMood.ofLatestTurn(List.of(analysed(2, CUSTOMER, 0.1, 0.3), unanalysed(1, REPLY),
				analysed(0, CUSTOMER, 0.9, -0.9)))).contains(new CustomerMood(0.1, 0.3));
	}

	@Test
	void isEmptyUntilAMessageOfTheLatestTurnIsAnalysed() {
		assertThat(CustomerMood.ofLatestTurn(List.of(analysed(0, CUSTOMER, 0.9, -0.8), unanalysed(1, REPLY),
				unanalysed(2, CUSTOMER)))).isEmpty();
		assertThat(CustomerMood.ofLatestTurn(List.of())).isEmpty();
	}

	@Test
	void usesTheAnalysedMessagesOfATurnWhileOthersAreStillPending() {
		assertThat(CustomerMood.ofLatestTurn(List.of(unanalysed(0, CUSTOMER), analysed(1, CUSTOMER, 0.6, -0.2))))
			.contains(new CustomerMood(0.6, -0.2));
	}

	private static Signals analysed(int position, MessageType type, double anger, double sentiment) {
		return new Signals(position, type, anger, sentiment);
	}

	private static Signals unanalysed(int position, MessageType type) {
		return new Signals(position, type, null, null);
	}
}
