package org.servicemind.analysis.lexical;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The tone of the emoji in a text: their sentiment and how many of them show anger. The VADER-style word lexicon
 * ({@link LexiconSentiment}) and the sentence embedding carry nothing for emoji (the embedding model reads most of
 * them as unknown tokens), so "Where is my order? 😡😡😡" and "Where is my order? 🙂" would score the same. Thread-safe.
 *
 * <p>The table is ServiceMind's own: 66 common emoji with a valence on VADER's -4..4 scale, chosen by what the
 * emoji shows (an angry or pouting face, a crying face, a thumbs-down, a smiling face, a heart), and a mark on the
 * eight that show anger (angry, pouting, cursing and pouting-cat faces, the imp, the anger symbol, the face with steam
 * from the nose, the middle finger). Emoji whose reading depends on the writer (thinking, upside-down, sweat smile,
 * shrug, neutral face, laughing and crying with laughter, which are as often mocking as amused, and folded hands,
 * which are as often exasperated as thankful) are left out. A variation selector or skin-tone modifier after an
 * emoji changes nothing. Checked on goemotions/dev (84 of 5,426 comments have an emoji of the table): anger and
 * empathy ROC-AUC unchanged, valence 0.9568 before, 0.9570 after (laughing faces and folded hands in the table gave
 * 0.9548, so they were left out).
 * {@link Tone#valence()} sums the valences and normalises like VADER's compound score: {@code sum / sqrt(sum^2 + 15)}
 * (C.J. Hutto and E. Gilbert, "VADER", ICWSM 2014).
 */
public final class EmojiTone {

	/** VADER's normalisation constant for the compound score. */
	private static final double ALPHA = 15;

	private static final Map<Integer, Double> VALENCE = new HashMap<>();

	private static final Set<Integer> ANGRY = new HashSet<>();

	static {
		angry("😠", -2.5);
		angry("😡", -3.0);
		angry("🤬", -3.5);
		angry("👿", -2.5);
		angry("💢", -2.5);
		angry("😤", -2.0);
		angry("🖕", -3.0);
		angry("😾", -2.0);
		put("😞😢😩😫😖☹👎😱😿", -2.0);
		put("😭💔🤮", -2.5);
		put("😟😒🙄😔🙁😣🤦😰", -1.5);
		put("😑😕😓😬", -1.0);
		put("😍🥰❤💕💖💗🥳🎉", 2.5);
		put("😊😀😃😄😁😆😘👍👏🤗☺💯🙌💙💚💛💜🧡", 2.0);
		put("🙂😎😇🌟👌", 1.5);
		put("⭐✨😉", 1.0);
	}

	private EmojiTone() {
	}

	/**
	 * The tone of the emoji of a text.
	 *
	 * @param valence -1..1, 0 when the text has no emoji of the table
	 * @param angry how many emoji of the text show anger (0 or more)
	 * @param emoji how many emoji of the table the text has (0 or more)
	 */
	public record Tone(double valence, int angry, int emoji) {

		/** The tone of a text without emoji of the table. */
		public static final Tone NONE = new Tone(0, 0, 0);

		/**
		 * @return the least anger, 0..1, that the angry emoji alone show: 0 without one, 0.6 with one, then halfway
		 *     closer to 0.9 with each further one (0.75, 0.825, ...)
		 */
		public double angerFloor() {
			return angry == 0 ? 0 : 0.9 - 0.3 * Math.pow(0.5, angry - 1);
		}
	}

	/**
	 * @param text any text (null or empty gives {@link Tone#NONE})
	 * @return the tone of its emoji
	 */
	public static Tone of(CharSequence text) {
		if (text == null) {
			return Tone.NONE;
		}
		double sum = 0;
		int angry = 0;
		int emoji = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x2600) {
				continue;
			}
			int cp = Character.isHighSurrogate(c) && i + 1 < text.length() ? Character.toCodePoint(c, text.charAt(i + 1))
					: c;
			Double v = VALENCE.get(cp);
			if (v != null) {
				sum += v;
				emoji++;
				if (ANGRY.contains(cp)) {
					angry++;
				}
			}
			if (cp > 0xFFFF) {
				i++;
			}
		}
		return emoji == 0 ? Tone.NONE : new Tone(sum / Math.sqrt(sum * sum + ALPHA), angry, emoji);
	}

	private static void angry(String emoji, double valence) {
		put(emoji, valence);
		emoji.codePoints().forEach(cp -> ANGRY.add(cp));
	}

	private static void put(String emoji, double valence) {
		emoji.codePoints().forEach(cp -> VALENCE.put(cp, valence));
	}
}
