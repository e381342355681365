package org.servicemind.analysis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.TextAnalyzer;
import org.servicemind.analysis.TextAnalyzers;

/**
 * Prints the memory the standard engine needs: live heap after loading and analysing 2,000 messages (after a full
 * GC), and the process resident set (VmRSS, peak VmHWM) from /proc/self/status, once right after loading (and one
 * analysis) and once at the end. The peak is reached while analysing, when the young generation has been filled:
 * resident = native part (JVM, ONNX Runtime, tokenizer; about 145 MB) + every heap page touched so far, and the young
 * generation the garbage collector allows grows with the heap limit. Run it with the heap the engine is meant to get,
 * {@code java -Xmx96m -cp ... org.servicemind.analysis.benchmark.EngineMemory} (the figure at {@code -Xmx200m} is the
 * older reference).
 */
public final class EngineMemory {

	private EngineMemory() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		TextAnalyzer engine = TextAnalyzers.standard();
		engine.analyze(AnalysisBenchmark.MESSAGES[0], AnalysisContext.of(AnalysisBenchmark.ROLES[0]));
		System.out.print("after loading the engine: ");
		printResident();
		for (int i = 0; i < 2_000; i++) {
			int k = i & 7;
			engine.analyze(AnalysisBenchmark.MESSAGES[k], AnalysisContext.of(AnalysisBenchmark.ROLES[k]));
		}
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		Runtime rt = Runtime.getRuntime();
		System.out.printf("live heap after GC: %.1f MB (max heap %.0f MB)%n",
				(rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
				System.out.println(line.replaceAll("\\s+", " "));
			}
		}
	}

	private static void printResident() throws IOException {
		StringBuilder out = new StringBuilder();
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
				out.append(line.replaceAll("\\s+", " ")).append("  ");
			}
		}
		System.out.println(out.toString().strip());
	}
}
