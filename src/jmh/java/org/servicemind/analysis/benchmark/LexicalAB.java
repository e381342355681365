package org.servicemind.analysis.benchmark;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * In-JVM A/B of the lexical tier: loads two builds of the engine (two class directories) in their own class loaders
 * and runs them alternately over the eight benchmark messages in rotation, so both see the same machine state; prints
 * the median and minimum thread-CPU µs per message of each side. Swap the sides in a second run: the side that runs
 * first in a round can gain or lose from it. Usage: {@code LexicalAB DEPENDENCY_CLASSPATH BENCHMARK_CLASSES
 * CLASSES_A CLASSES_B [rounds] [messages per round]} (BENCHMARK_CLASSES holds {@link AnalysisBenchmark}).
 */
public final class LexicalAB {

	private LexicalAB() {
	}

	public static void main(String[] args) throws Exception {
		List<URL> dependencies = new ArrayList<>();
		for (String path : args[0].split(File.pathSeparator)) {
			dependencies.add(url(path));
		}
		ClassLoader parent = new URLClassLoader(dependencies.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
		Side[] sides = { new Side(parent, args[2], args[1]), new Side(parent, args[3], args[1]) };
		int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
		int n = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		double[][] micros = new double[2][rounds];
		int sink = 0;
		for (int r = -2; r < rounds; r++) { // two rounds of warm-up
			for (int s = 0; s < 2; s++) {
				long start = bean.getCurrentThreadCpuTime();
				for (int i = 0; i < n; i++) {
					sink += sides[s].analyze(i & 7).hashCode() & 1;
				}
				if (r >= 0) {
					micros[s][r] = (bean.getCurrentThreadCpuTime() - start) / 1e3 / n;
				}
			}
		}
		for (int s = 0; s < 2; s++) {
			double[] sorted = micros[s].clone();
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT, "%s median %.1f us/msg (%.0f msgs/thread-CPU-s), min %.1f, rounds %s%n",
					s == 0 ? "A" : "B", sorted[rounds / 2], 1e6 / sorted[rounds / 2], sorted[0],
					Arrays.stream(micros[s]).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
		}
		System.out.println("(checksum " + sink + ")");
	}

	private static URL url(String path) throws MalformedURLException {
		return new File(path).toURI().toURL();
	}

	/** One build: its lexical analyzer, the benchmark messages and their contexts, all from its own class loader. */
	private static final class Side {

		private final Object analyzer;

		private final Method analyze;

		private final String[] messages;

		private final Object[] contexts = new Object[8];

		Side(ClassLoader parent, String classes, String benchmarkClasses) throws Exception {
			URLClassLoader loader = new URLClassLoader(new URL[] { url(classes), url(benchmarkClasses) }, parent);
			Class<?> benchmark = loader.loadClass(AnalysisBenchmark.class.getName());
			var messageField = benchmark.getDeclaredField("MESSAGES");
			var roleField = benchmark.getDeclaredField("ROLES");
			messageField.setAccessible(true);
			roleField.setAccessible(true);
			this.messages = (String[]) messageField.get(null);
			Object[] roles = (Object[]) roleField.get(null);
			Class<?> role = loader.loadClass("org.servicemind.analysis.Role");
			Class<?> context = loader.loadClass("org.servicemind.analysis.AnalysisContext");
			Method of = context.getMethod("of", role);
			for (int i = 0; i < 8; i++) {
				contexts[i] = of.invoke(null, roles[i]);
			}
			this.analyzer = loader.loadClass("org.servicemind.analysis.TextAnalyzers").getMethod("lexicalOnly")
				.invoke(null);
			this.analyze = loader.loadClass("org.servicemind.analysis.TextAnalyzer").getMethod("analyze", String.class,
					context);
		}

		Object analyze(int i) throws Exception {
			return analyze.invoke(analyzer, messages[i], contexts[i]);
		}
	}
}
