package org.servicemind.analysis.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;
import org.servicemind.analysis.LabelScores;

/**
 * Scores a labelled set with the rule tier alone and with rules plus the shipped phrase model (which reads only the
 * sentences the rules left unflagged), counted per category at item level like the lexical evaluation tests. Also
 * reports the model calls (one per text: the sentence vectors are pooled from the message run) and their thread-CPU time per text. Intended for the blind4 sets, which no training or
 * threshold choice reads.
 *
 * <p>Run from the project root: {@code PhraseModelEvaluation [never-say|distortion] [set.jsonl] [--verbose]
 * [--cached]} ({@code --cached}: sentence vectors from {@link PooledCache}, computed once; no timing).
 */
final class PhraseModelEvaluation {

	private PhraseModelEvaluation() {
	}

	/** Rule and union scores of one set, with the embedding cost. */
	record Result(LabelScores rules, LabelScores union, int texts, int embedCalls, long messageNanos,
			String misses) {
	}

	public static void main(String[] args) throws IOException {
		List<String> list = List.of(args);
		boolean verbose = list.contains("--verbose");
		boolean cached = list.contains("--cached");
		List<String> plain = list.stream().filter(a -> !a.startsWith("--")).toList();
		Embedder embedder = new Embedder();
		for (PhraseFamily family : PhraseFamily.values()) {
			if (!plain.isEmpty() && !plain.get(0).equals(family.name)) {
				continue;
			}
			String set = plain.size() > 1 ? plain.get(1) : family.blindSet;
			PhraseCategoryModel model = family == PhraseFamily.NEVER_SAY ? PhraseCategoryModel.neverSay()
					: PhraseCategoryModel.distortions();
			List<PhraseFamily.Item> items = family.read(set);
			Result r = cached ? evaluate(family, items, model,
					PooledCache.of(items.stream().map(PhraseFamily.Item::text).toList(), embedder))
					: evaluate(family, items, model, embedder);
			System.out.printf(Locale.ROOT, "== %s %s (%d texts), model categories %s%n", family.name, set, r.texts(),
					model.categories());
			System.out.print("rules alone:   " + r.rules().report());
			System.out.print("rules + model: " + r.union().report());
			System.out.printf(Locale.ROOT, "embedding: %.2f model calls per text (message and sentence vectors from one"
					+ " run), %.2f ms thread-CPU per text%n", (double) r.embedCalls() / r.texts(),
					r.messageNanos() / 1e6 / r.texts());
			if (verbose) {
				System.out.print(r.misses());
			}
		}
	}

	static Result evaluate(PhraseFamily family, List<PhraseFamily.Item> items, PhraseCategoryModel model,
			Embedder embedder) {
		return evaluate(family, items, model, embedder, null);
	}

	/** Same as {@link #evaluate(PhraseFamily, List, PhraseCategoryModel, Embedder)} with cached vectors (no timing). */
	static Result evaluate(PhraseFamily family, List<PhraseFamily.Item> items, PhraseCategoryModel model,
			List<PooledCache.Vectors> cached) {
		return evaluate(family, items, model, null, cached);
	}

	private static Result evaluate(PhraseFamily family, List<PhraseFamily.Item> items, PhraseCategoryModel model,
			Embedder embedder, List<PooledCache.Vectors> cached) {
		LabelScores rules = new LabelScores();
		LabelScores union = new LabelScores();
		AtomicInteger calls = new AtomicInteger();
		long messageNanos = 0;
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		StringBuilder misses = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			PhraseFamily.Item item = items.get(i);
			List<PhraseFamily.Span> spans = family.ruleSpans(item.text());
			Set<String> r = new HashSet<>();
			List<int[]> covered = new ArrayList<>();
			for (PhraseFamily.Span s : spans) {
				r.add(s.category());
				covered.add(new int[] { s.start(), s.end() });
			}
			Set<String> u = new HashSet<>(r);
			List<int[]> sentences = PhraseCategoryModel.candidates(item.text());
			java.util.function.Function<int[], float[]> vectorOf;
			if (cached != null) {
				PooledCache.Vectors v = cached.get(i);
				vectorOf = s -> v.of(s[0], s[1]);
			}
			else {
				long m0 = bean.getCurrentThreadCpuTime();
				Embedder.Pooled pooled = item.text().isBlank() ? new Embedder.Pooled(new float[0], new float[0][])
						: embedder.embedPooled(item.text(), sentences);
				messageNanos += bean.getCurrentThreadCpuTime() - m0;
				vectorOf = PhraseCategoryModel.lookup(sentences, pooled.ranges());
			}
			calls.incrementAndGet();
			for (PhraseCategoryModel.Hit hit : model.find(item.text(), covered, vectorOf)) {
				if (!family.admits(item.text(), hit)) {
					continue;
				}
				u.add(hit.category());
				if (!item.gold().contains(hit.category())) {
					misses.append("  model FP ").append(item.id()).append(' ').append(hit.category()).append('\n');
				}
			}
			rules.add(item.gold(), r);
			union.add(item.gold(), u);
		}
		return new Result(rules, union, items.size(), calls.get(), messageNanos,
				misses.toString());
	}
}
