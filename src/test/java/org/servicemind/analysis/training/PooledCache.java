package org.servicemind.analysis.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.PhraseCategoryModel;

/**
 * Pooled sentence vectors of dataset texts, computed once and cached under {@code java.io.tmpdir}/servicemind-embeddings
 * (never in the repository), keyed by a hash of all texts. Per text, one model run ({@link Embedder#embedPooled})
 * pools the vectors of its {@link PhraseCategoryModel#candidates} and of the whole text (last range), exactly the
 * ranges the phrase-model training and evaluation ask for.
 */
final class PooledCache {

	private PooledCache() {
	}

	/** The cached vectors of one text. */
	record Vectors(List<int[]> ranges, float[][] vectors) {

		/** @return the vector of {@code [start, end)}, or {@code null} when not cached or past the model's window */
		float[] of(int start, int end) {
			for (int i = 0; i < ranges.size(); i++) {
				if (ranges.get(i)[0] == start && ranges.get(i)[1] == end) {
					return vectors[i];
				}
			}
			return null;
		}
	}

	/** @return the ranges cached for {@code text}: its candidate sentences, then the whole text */
	static List<int[]> ranges(String text) {
		List<int[]> ranges = new ArrayList<>(PhraseCategoryModel.candidates(text));
		ranges.add(new int[] { 0, text.length() });
		return ranges;
	}

	/** @return one entry per text, in order (blank texts get {@code null} vectors) */
	static List<Vectors> of(List<String> texts, Embedder embedder) {
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "servicemind-embeddings", "pooled-" + EmbeddingCache.key(texts) + ".bin");
		float[][][] vectors = Files.isRegularFile(file) ? read(file, texts) : null;
		if (vectors == null) {
			float[][][] computed = new float[texts.size()][][];
			AtomicInteger done = new AtomicInteger();
			IntStream.range(0, texts.size()).parallel().forEach(i -> {
				String text = texts.get(i);
				List<int[]> ranges = ranges(text);
				computed[i] = text.isBlank() ? new float[ranges.size()][] : embedder.embedPooled(text, ranges).ranges();
				if (done.incrementAndGet() % 200 == 0) {
					System.err.println("pooled " + done.get() + " / " + texts.size());
				}
			});
			write(file, computed);
			vectors = computed;
		}
		List<Vectors> out = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			out.add(new Vectors(ranges(texts.get(i)), vectors[i]));
		}
		return out;
	}

	private static float[][][] read(Path file, List<String> texts) {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			float[][][] out = new float[texts.size()][][];
			for (int i = 0; i < out.length; i++) {
				int n = in.readInt();
				if (n != ranges(texts.get(i)).size()) {
					return null;
				}
				out[i] = new float[n][];
				for (int r = 0; r < n; r++) {
					if (in.readBoolean()) {
						float[] v = new float[Embedder.DIMENSION];
						for (int j = 0; j < v.length; j++) {
							v[j] = in.readFloat();
						}
						out[i][r] = v;
					}
				}
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, float[][][] vectors) {
		try {
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
				for (float[][] item : vectors) {
					out.writeInt(item.length);
					for (float[] v : item) {
						out.writeBoolean(v != null);
						if (v != null) {
							for (float x : v) {
								out.writeFloat(x);
							}
						}
					}
				}
			}
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
