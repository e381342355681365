package org.servicemind.ticketing;

/** Ticket priority; {@link #weight()} is used by load-based routing. */
public enum Priority {
	LOW(1), NORMAL(2), HIGH(3), URGENT(5);

	private final int weight;

	Priority(int weight) {
		this.weight = weight;
	}

	/** @return relative effort, 1 (LOW) .. 5 (URGENT) */
	public int weight() {
		return weight;
	}
}
