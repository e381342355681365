package org.servicemind.analysis.batch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.servicemind.analysis.AnalysisContext;
import org.servicemind.analysis.BusinessCalendar;
import org.servicemind.analysis.Commitment;
import org.servicemind.analysis.Distortion;
import org.servicemind.analysis.Finding;
import org.servicemind.analysis.MessageAnalysis;
import org.servicemind.analysis.Role;
import org.servicemind.analysis.TextAnalyzer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns one input line of the {@code analyze} command into one output line (result or error). Thread-safe. */
final class LineAnalyzer {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final TextAnalyzer analyzer;

	private final Instant now;

	private final BusinessCalendar calendar = BusinessCalendar.standard();

	/** @param now the default {@code at} of lines that have none */
	LineAnalyzer(TextAnalyzer analyzer, Instant now) {
		this.analyzer = analyzer;
		this.now = now;
	}

	/** @return the output JSON line (without line break) for input line number {@code lineNumber} (1-based) */
	String process(String line, int lineNumber) {
		JsonNode id = null;
		try {
			JsonNode in = MAPPER.readTree(line);
			if (in == null || !in.isObject()) {
				return error(lineNumber, null, "not a JSON object");
			}
			id = in.get("id");
			if (id == null || !(id.isString() || id.isNumber())) {
				return error(lineNumber, null, "missing \"id\" (a string or number)");
			}
			JsonNode text = in.get("text");
			if (text == null || !text.isString()) {
				return error(lineNumber, id, "missing \"text\" (a string)");
			}
			AnalysisContext context = new AnalysisContext(role(in.get("role")), at(in.get("at")), zone(in.get("zone")),
					calendar, 0);
			return result(id, analyzer.analyze(text.stringValue(), context));
		}
		catch (JacksonException ex) {
			return error(lineNumber, id, "malformed JSON: " + firstLine(ex.getOriginalMessage()));
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return error(lineNumber, id, ex.getMessage());
		}
		catch (RuntimeException ex) {
			return error(lineNumber, id, "analysis failed: " + ex.getClass().getSimpleName());
		}
	}

	private static Role role(JsonNode node) {
		if (node == null || node.isNull()) {
			return Role.CUSTOMER;
		}
		String value = node.isString() ? node.stringValue().strip().toUpperCase(Locale.ROOT) : "";
		return switch (value) {
			case "CUSTOMER" -> Role.CUSTOMER;
			case "AGENT" -> Role.AGENT;
			case "JOURNAL" -> Role.JOURNAL;
			default -> throw new IllegalArgumentException("\"role\" must be customer, agent or journal");
		};
	}

	private Instant at(JsonNode node) {
		if (node == null || node.isNull()) {
			return now;
		}
		String value = node.isString() ? node.stringValue().strip() : "";
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException ex2) {
				throw new IllegalArgumentException("\"at\" is not an ISO-8601 instant: " + value);
			}
		}
	}

	private static ZoneId zone(JsonNode node) {
		if (node == null || node.isNull()) {
			return UTC;
		}
		String value = node.isString() ? node.stringValue().strip() : "";
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("\"zone\" is not an IANA time zone: " + value);
		}
	}

	private static String result(JsonNode id, MessageAnalysis a) {
		ObjectNode out = MAPPER.createObjectNode();
		out.set("id", id);
		out.put("sentiment", round(a.sentiment()));
		out.put("anger", round(a.anger()));
		out.put("politeness", round(a.politeness()));
		out.put("empathy", round(a.empathy()));
		out.put("dismissive", round(a.dismissive()));
		out.put("condescending", round(a.condescending()));
		out.put("hostile", round(a.hostile()));
		out.put("antagonize", round(a.antagonize()));
		out.put("distortion", round(a.distortion()));
		out.put("detail_preference", round(a.detailPreference()));
		out.put("clarity", round(a.clarity()));
		out.put("brevity", round(a.brevity()));
		out.put("word_count", a.wordCount());
		out.put("truncated", a.truncated());
		ArrayNode findings = out.putArray("findings");
		for (Finding f : a.findings()) {
			findings.addObject().put("category", f.category()).put("span", f.span()).put("start", f.start())
					.put("end", f.end()).put("why", f.why()).put("suggestion", f.suggestion());
		}
		ArrayNode commitments = out.putArray("commitments");
		for (Commitment c : a.commitments()) {
			ObjectNode node = commitments.addObject().put("span", c.span()).put("start", c.start()).put("end", c.end());
			if (c.due() != null) {
				node.put("due", c.due().toString());
			}
			else {
				node.putNull("due");
			}
			node.put("confidence", round(c.confidence())).put("what", c.what());
		}
		ArrayNode distortions = out.putArray("distortions");
		for (Distortion d : a.distortions()) {
			distortions.addObject().put("type", d.type()).put("span", d.span()).put("start", d.start())
					.put("end", d.end()).put("reframe", d.reframe());
		}
		return MAPPER.writeValueAsString(out);
	}

	/** @return an error line {@code {"line":N,"id":...,"error":"..."}} */
	static String error(int lineNumber, JsonNode id, String message) {
		ObjectNode out = MAPPER.createObjectNode();
		out.put("line", lineNumber);
		if (id != null && (id.isString() || id.isNumber())) {
			out.set("id", id);
		}
		out.put("error", message == null ? "error" : message);
		return MAPPER.writeValueAsString(out);
	}

	private static double round(double v) {
		return Math.round(v * 10_000) / 10_000.0;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}
}
