package org.servicemind.ticketing;

import org.jspecify.annotations.Nullable;

/** Words for anger levels, so colour never carries the meaning alone. */
public final class AngerLabels {

	private AngerLabels() {
	}

	/** @return "" when unknown, else calm (&lt; 0.25), annoyed (&lt; 0.5), angry (&lt; 0.75) or furious */
	public static String of(@Nullable Double anger) {
		if (anger == null) {
			return "";
		}
		return anger < 0.25 ? "calm" : anger < 0.5 ? "annoyed" : anger < 0.75 ? "angry" : "furious";
	}
}
