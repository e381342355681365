package org.servicemind.analysis.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.servicemind.analysis.model.Embedder;

/**
 * Embeds texts once and caches the vectors under {@code /tmp/servicemind-emb} (never in the repository), keyed by a
 * name and checked against the number of texts and a hash of their content.
 */
public final class EmbeddingCache {

	static final Path DIR = Path.of(System.getProperty("emb.cache", "/tmp/servicemind-emb"));

	private EmbeddingCache() {
	}

	public static float[][] embed(String name, List<String> texts, Embedder embedder) throws IOException {
		long key = contentKey(texts);
		Path file = DIR.resolve(name + ".f32");
		if (Files.exists(file)) {
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
				int n = in.readInt();
				int dim = in.readInt();
				long storedKey = in.readLong();
				if (n == texts.size() && storedKey == key) {
					float[][] out = new float[n][dim];
					for (int i = 0; i < n; i++) {
						for (int j = 0; j < dim; j++) {
							out[i][j] = in.readFloat();
						}
					}
					return out;
				}
			}
		}
		float[][] out = new float[texts.size()][];
		long start = System.nanoTime();
		for (int i = 0; i < texts.size(); i++) {
			out[i] = embedder.embed(texts.get(i));
			if (i % 2000 == 1999) {
				double secs = (System.nanoTime() - start) / 1e9;
				System.err.printf("embedded %d/%d of %s (%.0f/s)%n", i + 1, texts.size(), name, (i + 1) / secs);
			}
		}
		Files.createDirectories(DIR);
		Path tmp = DIR.resolve(name + ".f32.tmp");
		try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
			o.writeInt(out.length);
			o.writeInt(Embedder.DIMENSION);
			o.writeLong(key);
			for (float[] v : out) {
				for (float f : v) {
					o.writeFloat(f);
				}
			}
		}
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return out;
	}

	private static long contentKey(List<String> texts) {
		long h = 1125899906842597L;
		for (String t : texts) {
			h = 31 * h + t.hashCode();
		}
		return h;
	}

	/** Warms the cache: {@code EmbeddingCache name=file.jsonl ...}. */
	public static void main(String[] args) throws IOException {
		Embedder embedder = new Embedder();
		for (String arg : args) {
			String[] parts = arg.split("=", 2);
			List<String> texts = Jsonl.read(Path.of(parts[1])).stream().map(Jsonl.Row::text).toList();
			embed(parts[0], texts, embedder);
			System.err.println("cached " + parts[0] + " (" + texts.size() + ")");
		}
	}
}
