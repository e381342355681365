package org.servicemind.analysis.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servicemind.analysis.model.Embedder;
import org.servicemind.analysis.model.EmotionFeatures;

/**
 * Development aid, not part of the build's checks: trains the embedding-tier anger and empathy logistic models of
 * {@link EmotionTraining} on goemotions/train under several settings and writes their logits on goemotions/dev and
 * unhealthy/dev, one file per target and setting, so that the final combination can be scored outside the JVM.
 * A setting is {@code tag:rate:l2Dense:l2Hashed:epochs}. Args: datasets folder, output folder, settings ...; with
 * {@code -Dfolds=k} it prints k-fold cross-validation AUCs on goemotions/train instead (dev is not read for that).
 */
final class EmotionLinearExperiments {

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		Embedder embedder = new Embedder();
		EmotionFeatures features = new EmotionFeatures();
		List<Jsonl.Row> train = Jsonl.read(data.resolve("goemotions/train.jsonl"));
		List<Jsonl.Row> dev = Jsonl.read(data.resolve("goemotions/dev.jsonl"));
		List<Jsonl.Row> unhealthy = Jsonl.read(data.resolve("unhealthy/dev.jsonl"));
		List<LogisticTrainer.Example> trainX = EmotionTraining.examples("goemotions-train", train, embedder, features);
		List<LogisticTrainer.Example> devX = EmotionTraining.examples("goemotions-dev", dev, embedder, features);
		List<LogisticTrainer.Example> unX = EmotionTraining.examples("unhealthy-dev", unhealthy, embedder, features);
		if (Integer.getInteger("folds", 0) > 0) {
			crossValidate(train, trainX, java.util.Arrays.copyOfRange(args, 2, args.length), Integer.getInteger("folds"));
			return;
		}
		for (int a = 2; a < args.length; a++) {
			String[] p = args[a].split(":");
			for (EmotionTraining.Target target : EmotionTraining.TARGETS.subList(0, 2)) {
				LogisticTrainer trainer = new LogisticTrainer();
				trainer.rate = Double.parseDouble(p[1]);
				trainer.l2Dense = Double.parseDouble(p[2]);
				trainer.l2Hashed = Double.parseDouble(p[3]);
				trainer.epochs = Integer.parseInt(p[4]);
				double[] w = trainer.train(trainX, EmotionTraining.labels(train, target), 42);
				double[] d = trainer.logits(w, devX);
				System.out.printf(Locale.ROOT, "%s %s dev_auc=%.4f%n", p[0], target.name(),
						Metrics.auc(d, EmotionTraining.labels(dev, target)));
				write(out.resolve(target.name() + "-" + p[0] + "-dev.txt"), d);
				write(out.resolve(target.name() + "-" + p[0] + "-unhealthy.txt"), trainer.logits(w, unX));
			}
		}
	}

	/** K-fold cross-validation on goemotions/train only (rows i mod k form fold i): mean AUC per target and setting. */
	static void crossValidate(List<Jsonl.Row> train, List<LogisticTrainer.Example> x, String[] settings, int k) {
		for (String setting : settings) {
			String[] p = setting.split(":");
			for (EmotionTraining.Target target : EmotionTraining.TARGETS.subList(0, 2)) {
				boolean[] y = EmotionTraining.labels(train, target);
				double sum = 0;
				StringBuilder folds = new StringBuilder();
				for (int f = 0; f < k; f++) {
					List<LogisticTrainer.Example> fit = new ArrayList<>();
					List<LogisticTrainer.Example> held = new ArrayList<>();
					List<Boolean> yFit = new ArrayList<>();
					List<Boolean> yHeld = new ArrayList<>();
					for (int i = 0; i < x.size(); i++) {
						(i % k == f ? held : fit).add(x.get(i));
						(i % k == f ? yHeld : yFit).add(y[i]);
					}
					LogisticTrainer trainer = new LogisticTrainer();
					trainer.rate = Double.parseDouble(p[1]);
					trainer.l2Dense = Double.parseDouble(p[2]);
					trainer.l2Hashed = Double.parseDouble(p[3]);
					trainer.epochs = Integer.parseInt(p[4]);
					double[] w = trainer.train(fit, yFit.stream().collect(EmotionTraining.toBooleans()), 42);
					double a = Metrics.auc(trainer.logits(w, held), yHeld.stream().collect(EmotionTraining.toBooleans()));
					sum += a;
					folds.append(String.format(Locale.ROOT, " %.4f", a));
				}
				System.out.printf(Locale.ROOT, "cv%d %s %s mean=%.4f folds%s%n", k, p[0], target.name(), sum / k, folds);
			}
		}
	}

	static void write(Path file, double[] values) throws IOException {
		List<String> lines = new ArrayList<>(values.length);
		for (double v : values) {
			lines.add(String.format(Locale.ROOT, "%.6g", v));
		}
		Files.write(file, lines);
	}
}
