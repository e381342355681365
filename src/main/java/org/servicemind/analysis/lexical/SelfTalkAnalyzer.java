package org.servicemind.analysis.lexical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.servicemind.analysis.Distortion;

/**
 * Finds cognitive distortions in an agent's private journal text. Thread-safe.
 *
 * <p>Types follow {@link Distortion}: all_or_nothing, catastrophising, labelling, mind_reading, fortune_telling,
 * personalisation, should_statements, overgeneralisation, mental_filter, emotional_reasoning. Each carries a kind
 * reframing question. Overall {@code distortion} is {@code 1 - exp(-0.9 * w / (1 + words / 40))}, where {@code w} is
 * the summed weight of the distortions found (one per type and span) and {@code words} the word count: it is 0 for
 * healthy text and rises with the number of distortions relative to the length. Texts longer than
 * {@link #MAX_CHARS} are analysed up to that limit. Case-insensitive; curly apostrophes count as straight ones.
 */
public final class SelfTalkAnalyzer {

	/** Characters analysed at most. */
	public static final int MAX_CHARS = 200_000;

	private static final double STEEPNESS = 0.9;

	/** owning a slip and repairing it in the same sentence is healthy accountability, not personalisation */
	private static final java.util.regex.Pattern REPAIR = java.util.regex.Pattern.compile("\\b(?:fixed|sorted|corrected|"
			+ "put (?:it|that|things) right|apologi[sz]ed|owned (?:it|up)|told (?:my|the) (?:lead|manager|customer|team)|"
			+ "learned|learnt|resolved|made it right|flagged it)\\b");

	private static final double WORDS_PER_UNIT = 40;

	/** @return the distortions in {@code text}, ordered by start offset, and the overall score in 0..1; never null */
	public SelfTalk analyze(String text) {
		if (text == null || text.isEmpty()) {
			return new SelfTalk(0, List.of());
		}
		String folded = FoldedText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
		List<Distortion> found = new ArrayList<>();
		double weight = 0;
		List<int[]> spans = new ArrayList<>();
		GatedPattern.Scan scan = SelfTalkRules.scan(folded);
		for (SelfTalkRules.Rule rule : SelfTalkRules.RULES) {
			spans.clear();
			rule.pattern().forEachMatch(folded, scan, m -> {
				int end = trimEnd(folded, m.start(), m.end());
				if (end > m.start()) {
					spans.add(new int[] { m.start(), end });
				}
			});
			spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
			int lastEnd = -1;
			int n = 0;
			for (int[] span : spans) {
				if (span[0] < lastEnd || ("personalisation".equals(rule.type()) && repairedInSentence(folded, span))) {
					continue;
				}
				String reframe = rule.reframes().get(n % rule.reframes().size());
				found.add(new Distortion(rule.type(), text.substring(span[0], span[1]), span[0], span[1], reframe));
				weight += rule.weight();
				lastEnd = span[1];
				n++;
			}
		}
		if (found.isEmpty()) {
			return new SelfTalk(0, List.of());
		}
		found.sort(Comparator.comparingInt(Distortion::start).thenComparing(Distortion::type));
		double units = 1 + words(folded) / WORDS_PER_UNIT;
		double score = 1 - Math.exp(-STEEPNESS * weight / units);
		return new SelfTalk(Math.max(0, Math.min(1, score)), List.copyOf(found));
	}

	private static boolean repairedInSentence(String folded, int[] span) {
		int from = span[0];
		while (from > 0 && ".!?\n".indexOf(folded.charAt(from - 1)) < 0 && span[0] - from < 300) {
			from--;
		}
		int to = span[1];
		while (to < folded.length() && ".!?\n".indexOf(folded.charAt(to)) < 0 && to - span[1] < 300) {
			to++;
		}
		return REPAIR.matcher(folded).region(from, to).find();
	}

	private static int trimEnd(String s, int start, int end) {
		int e = end;
		while (e > start && !Character.isLetterOrDigit(s.charAt(e - 1))) {
			e--;
		}
		return e;
	}

	static int words(CharSequence s) {
		int count = 0;
		boolean in = false;
		for (int i = 0; i < s.length(); i++) {
			boolean letter = Character.isLetterOrDigit(s.charAt(i));
			if (letter && !in) {
				count++;
			}
			in = letter;
		}
		return count;
	}
}
