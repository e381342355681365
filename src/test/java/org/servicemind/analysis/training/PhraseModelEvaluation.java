package org.servicemind.analysis.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;

/**
 * Scores a labelled set with the rule tier alone and with rules plus the shipped phrase model (which reads only the
 * sentences the rules left unflagged), counted per category at item level like the lexical evaluation tests. Also
 * reports the embedding calls and their thread-CPU time per text. Intended for the blind4 sets, which no training or
 * threshold choice reads.
 *
 * <p>Run from the project root: {@code PhraseModelEvaluation [never-say|distortion] [set.jsonl] [--verbose]}.
 */
final class PhraseModelEvaluation {

	private PhraseModelEvaluation() {
	}

	/** Rule and union scores of one set, with the embedding cost. */
	record Result(PhraseScores rules, PhraseScores union, int texts, int embedCalls, long embedNanos, int reused,
			long messageNanos, String misses) {
	}

	public static void main(String[] args) throws IOException {
		List<String> list = List.of(args);
		boolean verbose = list.contains("--verbose");
		List<String> plain = list.stream().filter(a -> !a.startsWith("--")).toList();
		Embedder embedder = new Embedder();
		for (PhraseFamily family : PhraseFamily.values()) {
			if (!plain.isEmpty() && !plain.get(0).equals(family.name)) {
				continue;
			}
			String set = plain.size() > 1 ? plain.get(1) : family.blindSet;
			PhraseCategoryModel model = family == PhraseFamily.NEVER_SAY ? PhraseCategoryModel.neverSay()
					: PhraseCategoryModel.distortions();
			Result r = evaluate(family, family.read(set), model, embedder);
			System.out.printf(Locale.ROOT, "== %s %s (%d texts), model categories %s%n", family.name, set, r.texts(),
					model.categories());
			System.out.print("rules alone:   " + r.rules().report());
			System.out.print("rules + model: " + r.union().report());
			System.out.printf(Locale.ROOT, "embedding: %.2f extra sentence calls per text, %.2f ms thread-CPU per text"
					+ " (%.2f more per text are one-sentence texts whose message embedding is reused); embedding the whole"
					+ " message costs %.2f ms%n", (double) r.embedCalls() / r.texts(), r.embedNanos() / 1e6 / r.texts(),
					(double) r.reused() / r.texts(), r.messageNanos() / 1e6 / r.texts());
			if (verbose) {
				System.out.print(r.misses());
			}
		}
	}

	static Result evaluate(PhraseFamily family, List<PhraseFamily.Item> items, PhraseCategoryModel model,
			Embedder embedder) {
		PhraseScores rules = new PhraseScores();
		PhraseScores union = new PhraseScores();
		AtomicInteger calls = new AtomicInteger();
		AtomicLong nanos = new AtomicLong();
		AtomicInteger reused = new AtomicInteger();
		long messageNanos = 0;
		var bean = java.lang.management.ManagementFactory.getThreadMXBean();
		StringBuilder misses = new StringBuilder();
		for (PhraseFamily.Item item : items) {
			List<PhraseFamily.Span> spans = family.ruleSpans(item.text());
			Set<String> r = new HashSet<>();
			List<int[]> covered = new ArrayList<>();
			for (PhraseFamily.Span s : spans) {
				r.add(s.category());
				covered.add(new int[] { s.start(), s.end() });
			}
			Set<String> u = new HashSet<>(r);
			long m0 = bean.getCurrentThreadCpuTime();
			float[] message = embedder.embed(item.text());
			messageNanos += bean.getCurrentThreadCpuTime() - m0;
			for (PhraseCategoryModel.Hit hit : model.find(item.text(), covered, sentence -> {
				if (sentence.equals(item.text())) {
					reused.incrementAndGet();
					return message;
				}
				long t0 = bean.getCurrentThreadCpuTime();
				float[] v = embedder.embed(sentence);
				nanos.addAndGet(bean.getCurrentThreadCpuTime() - t0);
				calls.incrementAndGet();
				return v;
			})) {
				u.add(hit.category());
				if (!item.gold().contains(hit.category())) {
					misses.append("  model FP ").append(item.id()).append(' ').append(hit.category()).append('\n');
				}
			}
			rules.add(item.gold(), r);
			union.add(item.gold(), u);
		}
		return new Result(rules, union, items.size(), calls.get(), nanos.get(), reused.get(), messageNanos,
				misses.toString());
	}
}
