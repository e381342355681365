package org.servicemind.analysis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A linear model {@code w·x + b} with weights read from a classpath resource. The resource format is text: lines
 * starting with {@code #} are comments (record data, licence and training command there), then one line with the
 * bias, then one weight per line.
 */
public final class LinearModel {

	private final double bias;

	private final double[] weights;

	public LinearModel(double bias, double[] weights) {
		this.bias = bias;
		this.weights = weights.clone();
	}

	/**
	 * @param resource classpath resource, e.g. {@code /org/servicemind/analysis/model/anger.weights}
	 * @throws UncheckedIOException when the resource is missing or malformed
	 */
	public static LinearModel load(String resource) {
		InputStream in = LinearModel.class.getResourceAsStream(resource);
		if (in == null) {
			throw new UncheckedIOException(new IOException("model resource not found: " + resource));
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			double[] values = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
					.mapToDouble(Double::parseDouble).toArray();
			if (values.length < 2) {
				throw new IOException("model resource has no weights: " + resource);
			}
			return new LinearModel(values[0], Arrays.copyOfRange(values, 1, values.length));
		}
		catch (IOException | NumberFormatException ex) {
			throw new UncheckedIOException(new IOException("cannot read model " + resource, ex));
		}
	}

	/** @return the bias {@code b} */
	double bias() {
		return bias;
	}

	/** @return weight {@code i} of {@code w} */
	double weight(int i) {
		return weights[i];
	}

	/** @return number of features the model expects */
	public int dimension() {
		return weights.length;
	}

	/** @return {@code w·x + b}; {@code x} must have {@link #dimension()} entries */
	public double score(double[] x) {
		double sum = bias;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * x[i];
		}
		return sum;
	}

	/** @return {@code w·x + b} for a float vector such as a 384-d embedding; {@code x} must have {@link #dimension()} entries */
	public double score(float[] x) {
		double sum = bias;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * x[i];
		}
		return sum;
	}

	/**
	 * {@code w·x + b} for a sparse {@code x}: {@code index[i]} holds {@code value[i]}, every other entry is 0. Costs
	 * time proportional to the non-zero entries, not to {@link #dimension()}.
	 */
	public double score(int[] index, double[] value) {
		return score(index, value, index.length);
	}

	/** As {@link #score(int[], double[])} over the first {@code n} entries of {@code index} and {@code value} only. */
	public double score(int[] index, double[] value, int n) {
		double sum = bias;
		for (int i = 0; i < n; i++) {
			sum += weights[index[i]] * value[i];
		}
		return sum;
	}

	/** @return the logistic of {@link #score(double[])}, 0..1 */
	public double probability(double[] x) {
		return 1 / (1 + Math.exp(-score(x)));
	}
}
