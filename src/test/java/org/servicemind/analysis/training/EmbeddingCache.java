package org.servicemind.analysis.training;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.servicemind.analysis.model.Embedder;

/**
 * Embeds dataset texts once and caches the vectors under {@code java.io.tmpdir}/servicemind-embeddings (never in
 * the repository). The cache file is keyed by a hash of all texts, so a changed dataset is re-embedded.
 */
public final class EmbeddingCache {

	private EmbeddingCache() {
	}

	/** @return one 384-d embedding per text, in order */
	public static float[][] embed(List<String> texts, Embedder embedder) {
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "servicemind-embeddings", key(texts) + ".bin");
		if (Files.isRegularFile(file)) {
			return read(file, texts.size());
		}
		float[][] vectors = new float[texts.size()][];
		AtomicInteger done = new AtomicInteger();
		IntStream.range(0, texts.size()).parallel().forEach(i -> {
			vectors[i] = embedder.embed(texts.get(i));
			int n = done.incrementAndGet();
			if (n % 1000 == 0) {
				System.err.println("embedded " + n + " / " + texts.size());
			}
		});
		write(file, vectors);
		return vectors;
	}

	/**
	 * Same as {@link #embed(List, Embedder)}; {@code name} only labels the job (the cache is keyed by content).
	 */
	public static float[][] embed(String name, List<String> texts, Embedder embedder) throws IOException {
		System.err.println("embedding " + name + " (" + texts.size() + " texts, cached by content)");
		return embed(texts, embedder);
	}

	/** Warms the cache: {@code EmbeddingCache name=file.jsonl ...}. */
	public static void main(String[] args) throws IOException {
		Embedder embedder = new Embedder();
		for (String arg : args) {
			String[] parts = arg.split("=", 2);
			List<String> texts = Jsonl.read(Path.of(parts[1])).stream().map(Jsonl.Row::text).toList();
			embed(parts[0], texts, embedder);
		}
	}

	/** Cache key of a list of texts: the first 24 hex digits of the SHA-256 of the texts, each followed by a zero byte. */
	static String key(List<String> texts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String text : texts) {
				sha.update(text.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static float[][] read(Path file, int n) {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			float[][] vectors = new float[n][Embedder.DIMENSION];
			for (float[] v : vectors) {
				for (int j = 0; j < v.length; j++) {
					v[j] = in.readFloat();
				}
			}
			return vectors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, float[][] vectors) {
		try {
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
				for (float[] v : vectors) {
					for (float x : v) {
						out.writeFloat(x);
					}
				}
			}
			Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
