package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.Commitment;
import org.servicemind.analysis.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Scores {@link CommitmentExtractor} on the labelled replies in {@code analysis/commitments.jsonl} (or the file named
 * by the system property {@code commitments.file}, e.g. a held-out set). A predicted commitment matches an expected
 * one of the same reply when their character ranges overlap (the expected range is where its {@code span} occurs,
 * or the whole reply when it has none), one to one, in order. Due accuracy counts matched commitments whose
 * expected window is not null: the predicted due must lie within [due_from, due_to].
 */
class CommitmentEvaluationTests {

	record Score(int predicted, int expected, int matched, int withWindow, int dueInside) {

		double precision() {
			return predicted == 0 ? 1 : (double) matched / predicted;
		}

		double recall() {
			return expected == 0 ? 1 : (double) matched / expected;
		}

		double dueAccuracy() {
			return withWindow == 0 ? 1 : (double) dueInside / withWindow;
		}
	}

	private final CommitmentExtractor extractor = new CommitmentExtractor();

	@Test
	void meetsPrecisionRecallAndDueTargetsOnLabelledReplies() throws IOException {
		List<String> lines = lines();
		Score score = score(lines, Boolean.getBoolean("commitments.verbose"));
		System.out.printf("commitments: replies=%d predicted=%d expected=%d matched=%d precision=%.3f recall=%.3f "
				+ "due-inside-window=%.3f (%d/%d)%n", lines.size(), score.predicted(), score.expected(),
				score.matched(),
				score.precision(), score.recall(), score.dueAccuracy(), score.dueInside(), score.withWindow());
		if (System.getProperty("commitments.file") == null) {
			assertThat(lines.size()).as("labelled replies").isGreaterThanOrEqualTo(250);
		}
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.8);
		assertThat(score.dueAccuracy()).isGreaterThanOrEqualTo(0.8);
	}

	/**
	 * The second labelled set {@code analysis/commitments-more.jsonl} (80 replies written by someone else, used to
	 * tune the rules for coordinated, informal and named-period promises) must stay at the same targets.
	 */
	@Test
	void meetsTargetsOnTheSecondLabelledSet() throws IOException {
		List<String> lines = resource("/analysis/commitments-more.jsonl");
		Score score = score(lines, false);
		System.out.printf("commitments-more: replies=%d precision=%.3f recall=%.3f due-inside-window=%.3f%n",
				lines.size(), score.precision(), score.recall(), score.dueAccuracy());
		assertThat(lines).hasSizeGreaterThanOrEqualTo(80);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.8);
		assertThat(score.dueAccuracy()).isGreaterThanOrEqualTo(0.8);
	}

	private static List<String> lines() throws IOException {
		String file = System.getProperty("commitments.file");
		if (file != null && !file.isBlank()) {
			return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		return resource("/analysis/commitments.jsonl");
	}

	private static List<String> resource(String name) throws IOException {
		try (InputStream in = CommitmentEvaluationTests.class.getResourceAsStream(name)) {
			assertThat(in).as("labelled set on the test classpath: " + name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
	}

	private Score score(List<String> lines, boolean verbose) {
		ObjectMapper mapper = new ObjectMapper();
		int predicted = 0;
		int expected = 0;
		int matched = 0;
		int withWindow = 0;
		int dueInside = 0;
		for (String line : lines) {
			JsonNode node = mapper.readTree(line);
			String text = node.get("text").asString();
			AnalysisContext context = AnalysisContext.of(Role.AGENT, Instant.parse(node.get("at").asString()),
					ZoneId.of(node.get("zone").asString()));
			List<Commitment> found = extractor.extract(text, context);
			List<JsonNode> wanted = new ArrayList<>();
			node.get("commitments").forEach(wanted::add);
			predicted += found.size();
			expected += wanted.size();
			boolean[] used = new boolean[found.size()];
			for (JsonNode want : wanted) {
				int[] range = range(text, want);
				int hit = -1;
				for (int i = 0; i < found.size() && hit < 0; i++) {
					Commitment c = found.get(i);
					if (!used[i] && c.start() < range[1] && range[0] < c.end()) {
						hit = i;
					}
				}
				if (hit < 0) {
					report(verbose, "MISSED", node, want.toString());
					continue;
				}
				used[hit] = true;
				matched++;
				JsonNode from = want.get("due_from");
				JsonNode to = want.get("due_to");
				if (from == null || from.isNull() || to == null || to.isNull()) {
					continue;
				}
				withWindow++;
				OffsetDateTime due = found.get(hit).due();
				if (due != null && !due.isBefore(OffsetDateTime.parse(from.asString()))
						&& !due.isAfter(OffsetDateTime.parse(to.asString()))) {
					dueInside++;
				}
				else {
					report(verbose, "DUE", node, due + " not in " + from.asString() + ".." + to.asString());
				}
			}
			for (int i = 0; i < found.size(); i++) {
				if (!used[i]) {
					report(verbose, "EXTRA", node, found.get(i).what() + " | " + found.get(i).span());
				}
			}
		}
		return new Score(predicted, expected, matched, withWindow, dueInside);
	}

	private static int[] range(String text, JsonNode want) {
		JsonNode span = want.get("span");
		int at = span == null || span.isNull() ? -1 : text.indexOf(span.asString());
		return at < 0 ? new int[] { 0, text.length() } : new int[] { at, at + span.asString().length() };
	}

	private static void report(boolean verbose, String kind, JsonNode node, String detail) {
		if (verbose) {
			System.out.println(kind + " " + node.get("id").asString() + ": " + node.get("text").asString() + " -> "
					+ detail);
		}
	}
}
