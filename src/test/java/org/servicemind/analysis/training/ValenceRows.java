package org.servicemind.analysis.training;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The comments of goemotions/dev.jsonl that score.py's {@code auc_valence} uses: gratitude or admiration (positive)
 * against anger, annoyance or disappointment (negative); comments in both groups or neither are left out.
 *
 * @param texts the comments
 * @param positive per comment, whether it is in the positive group
 */
record ValenceRows(List<String> texts, List<Boolean> positive) {

	/** @return the rows of ../shared/datasets/goemotions/dev.jsonl (see {@link Jsonl#read(String)}) */
	static ValenceRows read() {
		List<String> texts = new ArrayList<>();
		List<Boolean> positive = new ArrayList<>();
		for (JsonNode r : Jsonl.read("goemotions/dev.jsonl")) {
			boolean pos = r.path("gratitude").asInt() == 1 || r.path("admiration").asInt() == 1;
			boolean neg = r.path("anger").asInt() == 1 || r.path("annoyance").asInt() == 1
					|| r.path("disappointment").asInt() == 1;
			if (pos != neg) {
				texts.add(r.path("text").asString(""));
				positive.add(pos);
			}
		}
		return new ValenceRows(texts, positive);
	}
}
