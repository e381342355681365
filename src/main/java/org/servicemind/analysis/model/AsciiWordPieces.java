package org.servicemind.analysis.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The word-piece ids of the embedding model's tokenizer for printable-ASCII text ({@code 0x20..0x7e} plus tab, line
 * feed and carriage return), computed in Java; other text goes to the tokenizer library. Same rules as the BERT
 * tokenizer of the artifact (its {@code tokenizer.json}: BERT normaliser with lower-casing, BERT pre-tokeniser,
 * WordPiece with {@code ##} continuations, at most 100 characters per word, {@code [UNK]} otherwise; special tokens
 * matched verbatim in the raw text; at most 126 pieces between {@code [CLS]} and {@code [SEP]}), restricted to ASCII,
 * where the normaliser only lower-cases and turns tab and line breaks into spaces, and every sign that is not a letter,
 * digit or space is a word of its own. Immutable and thread-safe.
 */
final class AsciiWordPieces {

	/** Longest sequence the model reads, {@code [CLS]} and {@code [SEP]} included (the tokenizer's truncation). */
	static final int MAX_IDS = 128;

	private static final int MAX_WORD_CHARS = 100;

	private static final String[] SPECIAL = { "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]" };

	private final Map<String, Integer> vocabulary;

	private final int[] specialIds = new int[SPECIAL.length];

	private final int unknown;

	private final int cls;

	private final int sep;

	/** @param tokenizerJson the artifact's {@code tokenizer.json} (closed by the caller) */
	AsciiWordPieces(InputStream tokenizerJson) throws IOException {
		JsonNode vocab = JsonMapper.builder().build().readTree(tokenizerJson).path("model").path("vocab");
		Map<String, Integer> map = new HashMap<>(vocab.size() * 2);
		for (Map.Entry<String, JsonNode> e : vocab.properties()) {
			map.put(e.getKey(), e.getValue().intValue());
		}
		if (map.isEmpty()) {
			throw new IOException("tokenizer.json has no WordPiece vocabulary");
		}
		this.vocabulary = map;
		for (int i = 0; i < SPECIAL.length; i++) {
			specialIds[i] = id(SPECIAL[i]);
		}
		this.unknown = id("[UNK]");
		this.cls = id("[CLS]");
		this.sep = id("[SEP]");
	}

	private int id(String token) throws IOException {
		Integer id = vocabulary.get(token);
		if (id == null) {
			throw new IOException("tokenizer.json lacks " + token);
		}
		return id;
	}

	/** @return whether {@link #ids} handles {@code text}: printable ASCII, tab, line feed, carriage return only */
	static boolean handles(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 || c > 0x7e) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return {@code [CLS]}, the first 126 word pieces of {@code text}, {@code [SEP]} ({@code text} must be one that
	 *     {@link #handles})
	 */
	long[] ids(String text) {
		long[] out = new long[MAX_IDS];
		int n = 0;
		out[n++] = cls;
		StringBuilder word = new StringBuilder();
		int i = 0;
		while (i < text.length() && n < MAX_IDS - 1) {
			int special = specialAt(text, i);
			if (special >= 0) {
				n = flush(word, out, n);
				if (n < MAX_IDS - 1) {
					out[n++] = specialIds[special];
				}
				i += SPECIAL[special].length();
				continue;
			}
			char c = text.charAt(i++);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				n = flush(word, out, n);
			}
			else if (Character.isLetterOrDigit(c)) {
				word.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
			}
			else {
				n = flush(word, out, n);
				word.append(c);
				n = flush(word, out, n);
			}
		}
		n = flush(word, out, n);
		out[n++] = sep;
		return Arrays.copyOf(out, n);
	}

	private static int specialAt(String text, int i) {
		if (text.charAt(i) != '[') {
			return -1;
		}
		for (int k = 0; k < SPECIAL.length; k++) {
			if (text.startsWith(SPECIAL[k], i)) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Appends the pieces of {@code word} (greedy longest match; {@code [UNK]} for the whole word when a part has no
	 * piece) while room is left before {@code [SEP]}, and clears it.
	 *
	 * @return the new number of ids in {@code out}
	 */
	private int flush(StringBuilder word, long[] out, int n) {
		int length = word.length();
		if (length == 0) {
			return n;
		}
		String w = word.toString();
		word.setLength(0);
		long[] pieces = new long[length];
		int count = 0;
		if (length > MAX_WORD_CHARS) {
			pieces[count++] = unknown;
		}
		else {
			int from = 0;
			while (from < length) {
				int to = length;
				Integer piece = null;
				while (to > from) {
					piece = vocabulary.get(from == 0 ? w.substring(0, to) : "##" + w.substring(from, to));
					if (piece != null) {
						break;
					}
					to--;
				}
				if (piece == null) {
					count = 0;
					pieces[count++] = unknown;
					break;
				}
				pieces[count++] = piece;
				from = to;
			}
		}
		int room = MAX_IDS - 1 - n;
		int take = Math.min(room, count);
		System.arraycopy(pieces, 0, out, n, take);
		return n + take;
	}
}
