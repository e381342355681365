package org.servicemind.analysis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A one-hidden-layer network over the 384-d embedding with several sigmoid heads: {@code h = relu(W1·e + b1)},
 * {@code logit_k = W2_k·h + b2_k}. Weight resource format (LinearModel-style text): {@code #} comment lines, then
 * the numbers hidden size, input size, head count, then W1 row by row, b1, W2 row by row, b2, one per line.
 * Immutable and thread-safe.
 */
public final class EmbeddingMlp {

	private final int hidden;

	private final int inputs;

	private final int heads;

	private final double[] w1;

	private final double[] b1;

	private final double[] w2;

	private final double[] b2;

	/** Creates a network from its parameters (arrays are copied; sizes as in the class comment). */
	public EmbeddingMlp(int hidden, int inputs, int heads, double[] w1, double[] b1, double[] w2, double[] b2) {
		if (w1.length != hidden * inputs || b1.length != hidden || w2.length != heads * hidden
				|| b2.length != heads) {
			throw new IllegalArgumentException("parameter sizes do not match " + hidden + "x" + inputs + "x" + heads);
		}
		this.hidden = hidden;
		this.inputs = inputs;
		this.heads = heads;
		this.w1 = w1.clone();
		this.b1 = b1.clone();
		this.w2 = w2.clone();
		this.b2 = b2.clone();
	}

	/**
	 * @param resource classpath resource
	 * @throws UncheckedIOException when missing or malformed
	 */
	public static EmbeddingMlp load(String resource) {
		InputStream in = EmbeddingMlp.class.getResourceAsStream(resource);
		if (in == null) {
			throw new UncheckedIOException(new IOException("model resource not found: " + resource));
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			double[] v = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.mapToDouble(Double::parseDouble).toArray();
			int h = (int) v[0];
			int d = (int) v[1];
			int k = (int) v[2];
			int at = 3;
			double[] w1 = slice(v, at, h * d);
			at += h * d;
			double[] b1 = slice(v, at, h);
			at += h;
			double[] w2 = slice(v, at, k * h);
			at += k * h;
			double[] b2 = slice(v, at, k);
			if (at + k != v.length) {
				throw new IOException("unexpected number of values in " + resource);
			}
			return new EmbeddingMlp(h, d, k, w1, b1, w2, b2);
		}
		catch (IOException | RuntimeException ex) {
			throw new UncheckedIOException(new IOException("cannot read model " + resource, ex));
		}
	}

	private static double[] slice(double[] v, int from, int length) {
		double[] out = new double[length];
		System.arraycopy(v, from, out, 0, length);
		return out;
	}

	/** @return number of heads */
	public int heads() {
		return heads;
	}

	/** @return copies of W1, b1, W2, b2 */
	public double[][] parameters() {
		return new double[][] { w1.clone(), b1.clone(), w2.clone(), b2.clone() };
	}

	/** @return number of inputs expected by {@link #logits(float[])} */
	public int inputs() {
		return inputs;
	}

	/** @return the logit of every head; {@code e} must have {@link #inputs()} values */
	public double[] logits(float[] e) {
		double[] h = new double[hidden];
		for (int j = 0; j < hidden; j++) {
			double s = b1[j];
			int row = j * inputs;
			for (int i = 0; i < inputs; i++) {
				s += w1[row + i] * e[i];
			}
			h[j] = Math.max(0, s);
		}
		double[] out = new double[heads];
		for (int k = 0; k < heads; k++) {
			double s = b2[k];
			int row = k * hidden;
			for (int j = 0; j < hidden; j++) {
				s += w2[row + j] * h[j];
			}
			out[k] = s;
		}
		return out;
	}
}
