package org.servicemind.ticketing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the customer feels in the open part of a ticket's conversation: the customer's latest turn, that is the
 * customer messages written since the public reply before the newest of them. The turn's anger is the highest anger
 * of its analysed messages and its sentiment the lowest, so a calm "Any update?" after an angry message leaves the
 * ticket angry until an agent has answered; the customer's first message after a public reply starts a new turn and
 * replaces the mood. An agent's reply alone leaves the mood as it was (answering does not make a customer calm), and
 * internal notes never count.
 *
 * @param anger 0..1, the highest anger of the turn's analysed messages
 * @param sentiment -1..1, the lowest sentiment of the turn's analysed messages
 */
record CustomerMood(double anger, double sentiment) {

	/**
	 * One message of a thread with its analysis signals.
	 *
	 * @param position place in the thread, 0 for the first message
	 * @param anger 0..1, or null before the message is analysed
	 * @param sentiment -1..1, or null before the message is analysed
	 */
	record Signals(int position, MessageType type, @Nullable Double anger, @Nullable Double sentiment) {
	}

	/**
	 * @param thread messages of one ticket in any order (notes are skipped)
	 * @return the mood of the customer's latest turn, or empty when none of its messages is analysed yet (the
	 * ticket then keeps the mood it had)
	 */
	static Optional<CustomerMood> ofLatestTurn(List<Signals> thread) {
		List<Signals> ordered = thread.stream().filter(m -> m.type() != MessageType.NOTE)
			.sorted(Comparator.comparingInt(Signals::position)).toList();
		int last = ordered.size() - 1;
		while (last >= 0 && ordered.get(last).type() != MessageType.CUSTOMER) {
			last--;
		}
		Double anger = null;
		Double sentiment = null;
		for (int i = last; i >= 0 && ordered.get(i).type() == MessageType.CUSTOMER; i--) {
			Signals message = ordered.get(i);
			if (message.anger() != null) {
				anger = anger == null ? message.anger() : Math.max(anger, message.anger());
			}
			if (message.sentiment() != null) {
				sentiment = sentiment == null ? message.sentiment() : Math.min(sentiment, message.sentiment());
			}
		}
		return anger == null || sentiment == null ? Optional.empty()
				: Optional.of(new CustomerMood(anger, sentiment));
	}
}
