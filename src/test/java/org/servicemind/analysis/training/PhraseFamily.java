package org.servicemind.analysis.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.servicemind.analysis.Distortion;
import org.servicemind.analysis.Finding;
import org.servicemind.analysis.lexical.NeverSayGuard;
import org.servicemind.analysis.lexical.SelfTalkAnalyzer;
import org.servicemind.analysis.model.PhraseCategoryModel;
import tools.jackson.databind.JsonNode;

/**
 * One family of the phrase model: its labelled sets (ServiceMind's own, under src/test/resources/analysis), the label
 * field, the categories and the rule tier whose spans locate a labelled category inside a text.
 */
enum PhraseFamily {

	NEVER_SAY(PhraseCategoryModel.NEVER_SAY, "categories", PhraseCategoryModel.NEVER_SAY_CATEGORIES,
			List.of("never-say.jsonl", "never-say-holdout.jsonl", "never-say-blind2.jsonl", "never-say-blind3.jsonl",
					"never-say-more.jsonl", "never-say-indirect.jsonl", "never-say-dev6.jsonl", "never-say-dev7.jsonl"),
			"never-say-blind4.jsonl"),
	// journal-dev7.jsonl is not in the distortion pool: the retrain with it lost F1 on journal-blind5 and -blind6
	// (docs/analysis/phrase-models-round7.md), so the shipped weights are those of this pool
	DISTORTION(PhraseCategoryModel.DISTORTION, "distortions", PhraseCategoryModel.DISTORTION_TYPES,
			List.of("journal.jsonl", "journal-more.jsonl", "journal-holdout.jsonl", "journal-blind2.jsonl",
					"journal-blind3.jsonl", "journal-blind4.jsonl", "journal-indirect.jsonl", "journal-indirect2.jsonl",
					"journal-indirect3.jsonl", "journal-indirect4.jsonl", "journal-dev6.jsonl"),
			"journal-blind5.jsonl");

	static final Path SETS = Path.of("src/test/resources/analysis");

	private static final NeverSayGuard GUARD = new NeverSayGuard();

	private static final SelfTalkAnalyzer SELF_TALK = new SelfTalkAnalyzer();

	final String name;

	final String labelField;

	final List<String> categories;

	final List<String> trainingSets;

	final String blindSet;

	PhraseFamily(String name, String labelField, List<String> categories, List<String> trainingSets, String blindSet) {
		this.name = name;
		this.labelField = labelField;
		this.categories = categories;
		this.trainingSets = trainingSets;
		this.blindSet = blindSet;
	}

	/** A category span in a text: one the rules report, or one a set's writer marked. */
	record Span(String category, int start, int end) {
	}

	/**
	 * A labelled text.
	 *
	 * @param labelled the spans the set's writer marked as carrying each label (character offsets into {@code text});
	 *     {@code null} when the set has no {@code spans} field, then the rule spans locate the labels
	 */
	record Item(String set, String id, String text, Set<String> gold, List<Span> labelled) {

		Item(String set, String id, String text, Set<String> gold) {
			this(set, id, text, gold, null);
		}
	}

	/** @return the spans the rule tier reports in {@code text} */
	List<Span> ruleSpans(String text) {
		List<Span> out = new ArrayList<>();
		if (this == NEVER_SAY) {
			for (Finding f : GUARD.scan(text)) {
				out.add(new Span(f.category(), f.start(), f.end()));
			}
		}
		else {
			for (Distortion d : SELF_TALK.analyze(text).distortions()) {
				out.add(new Span(d.type(), d.start(), d.end()));
			}
		}
		return out;
	}

	/** @return whether the engine reports a model hit in {@code text}: never-say hits pass the guard's filters */
	boolean admits(String text, PhraseCategoryModel.Hit hit) {
		return this != NEVER_SAY || GUARD.admits(text, hit.category(), hit.start(), hit.end());
	}

	/** @return the items of one set of this family */
	List<Item> read(String set) throws IOException {
		List<Item> items = new ArrayList<>();
		for (Jsonl.Row row : Jsonl.read(SETS.resolve(set))) {
			Set<String> gold = new LinkedHashSet<>();
			JsonNode labels = row.node().get(labelField);
			for (int i = 0; labels != null && i < labels.size(); i++) {
				gold.add(labels.get(i).asString());
			}
			items.add(new Item(set, row.id(), row.text(), gold, labelledSpans(row.text(), row.node().get("spans"))));
		}
		return items;
	}

	/**
	 * @param spans a set's {@code spans} array: objects with the label ({@code category} or {@code type}) and
	 *     {@code text}, an exact substring of the item's text (its first occurrence is taken; a span not found is
	 *     dropped)
	 * @return the spans as offsets into {@code text}; {@code null} when {@code spans} is absent
	 */
	static List<Span> labelledSpans(String text, JsonNode spans) {
		if (spans == null || spans.isNull()) {
			return null;
		}
		List<Span> out = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			JsonNode s = spans.get(i);
			String label = s.has("category") ? s.get("category").asString() : s.path("type").asString("");
			String piece = s.path("text").asString("");
			int at = piece.isEmpty() ? -1 : text.indexOf(piece);
			if (at >= 0 && !label.isEmpty()) {
				out.add(new Span(label, at, at + piece.length()));
			}
		}
		return out;
	}

	/** @return the items of every training set (never a blind set) */
	List<Item> training() throws IOException {
		List<Item> items = new ArrayList<>();
		for (String set : trainingSets) {
			items.addAll(read(set));
		}
		return items;
	}

	/**
	 * @return extra clean texts of the family's role, used only as negatives: for never-say, the agent replies of
	 *     commitments.jsonl and the warmer reply of each empathy pair (ServiceMind's own sets, not labelled for
	 *     never-say; texts in which the rules find a never-say phrase are left out); none for distortions
	 */
	List<Item> extraNegatives() throws IOException {
		List<Item> items = new ArrayList<>();
		if (this != NEVER_SAY) {
			return items;
		}
		for (Jsonl.Row row : Jsonl.read(SETS.resolve("commitments.jsonl"))) {
			addIfClean(items, "commitments.jsonl", row.id(), row.text());
		}
		for (Jsonl.Row row : Jsonl.read(SETS.resolve("empathy-pairs.jsonl"))) {
			addIfClean(items, "empathy-pairs.jsonl", row.id(), row.node().path("more").asString(""));
		}
		return items;
	}

	private void addIfClean(List<Item> items, String set, String id, String text) {
		if (!text.isBlank() && ruleSpans(text).isEmpty()) {
			items.add(new Item(set, id, text, Set.of()));
		}
	}

	static PhraseFamily named(String name) {
		for (PhraseFamily f : values()) {
			if (f.name.equals(name)) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown family " + name);
	}
}
