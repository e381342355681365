package org.servicemind.analysis.batch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/** Turns one input line of the {@code analyze} command into one output line (result or error). Thread-safe. */
final class LineAnalyzer {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final TextAnalyzer analyzer;

	private final Instant now;

	private final BusinessCalendar calendar = BusinessCalendar.standard();

	/**
	 * What the input decoder puts in place of bytes that are not UTF-8: U+FFFF, a noncharacter that UTF-8 text has no
	 * business carrying (a line that holds it, decoded or written as such, gets an error line).
	 */
	static final char NOT_UTF8 = '\uFFFF';

	/** @param now the default {@code at} of lines that have none */
	LineAnalyzer(TextAnalyzer analyzer, Instant now) {
		this.analyzer = analyzer;
		this.now = now;
	}

	/**
	 * @return the output JSON line (without line break) for input line number {@code lineNumber} (1-based): the
	 *     signals, or an error line
	 */
	String process(String line, int lineNumber) {
		InputLine in = new InputLine();
		try {
			in.read(MAPPER, line);
			InputLine.Id id = in.id();
			if (line.indexOf(NOT_UTF8) >= 0) {
				return error(lineNumber, id, AnalyzeCommand.notUtf8(
						"this line has bytes that are not UTF-8 (Latin-1 or Windows-1252? convert with iconv -t UTF-8)"));
			}
			if (id == null) {
				return error(lineNumber, null, "missing \"id\" (a string or number)");
			}
			String text = in.text();
			if (text == null) {
				return error(lineNumber, id, "missing \"text\" (a string)");
			}
			Instant at = at(in.at());
			AnalysisContext context = new AnalysisContext(role(in.role()), at, zone(in.zone()), calendar, 0);
			return result(id, analyzer.analyze(text, context), at);
		}
		catch (JacksonException ex) {
			return error(lineNumber, in.id(), "malformed JSON: " + firstLine(ex.getOriginalMessage()));
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return error(lineNumber, in.id(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			return error(lineNumber, in.id(), "analysis failed: " + ex.getClass().getSimpleName());
		}
	}

	private static Role role(@Nullable String role) {
		if (role == null) {
			return Role.CUSTOMER;
		}
		return switch (role.strip().toUpperCase(Locale.ROOT)) {
			case "CUSTOMER" -> Role.CUSTOMER;
			case "AGENT" -> Role.AGENT;
			case "JOURNAL" -> Role.JOURNAL;
			default -> throw new IllegalArgumentException("\"role\" must be customer, agent or journal");
		};
	}

	private Instant at(@Nullable String at) {
		if (at == null) {
			return now;
		}
		String value = at.strip();
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

	private static ZoneId zone(@Nullable String zone) {
		if (zone == null) {
			return UTC;
		}
		String value = zone.strip();
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("\"zone\" is not an IANA time zone: " + value);
		}
	}

	private static String result(InputLine.Id id, MessageAnalysis a, Instant at) {
		ObjectNode out = MAPPER.createObjectNode();
		putId(out, id);
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
			node.put("due", due(c.due(), at));
			node.put("confidence", round(c.confidence())).put("what", c.what());
		}
		ArrayNode distortions = out.putArray("distortions");
		for (Distortion d : a.distortions()) {
			distortions.addObject().put("type", d.type()).put("span", d.span()).put("start", d.start())
					.put("end", d.end()).put("reframe", d.reframe());
		}
		return MAPPER.writeValueAsString(out);
	}

	/**
	 * @return {@code due} as ISO-8601 with offset and seconds ({@code 2026-12-04T17:30:00+01:00}, the form the web
	 *     application stores), moved up to {@code at} (in due's offset) when it lies before it; {@code null} for no due
	 *     time or when {@code at} cannot be written in any offset
	 */
	static @Nullable String due(@Nullable OffsetDateTime due, Instant at) {
		if (due == null) {
			return null;
		}
		OffsetDateTime value = due;
		if (due.toInstant().isBefore(at)) {
			try {
				value = at.atOffset(due.getOffset());
			}
			catch (DateTimeException ex) {
				try {
					value = at.atOffset(ZoneOffset.UTC);
				}
				catch (DateTimeException ex2) {
					return null;
				}
			}
		}
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
	}

	/** @return an error line {@code {"line":N,"id":...,"error":"..."}}, without {@code id} when it is null */
	static String error(int lineNumber, InputLine.@Nullable Id id, @Nullable String message) {
		ObjectNode out = MAPPER.createObjectNode();
		out.put("line", lineNumber);
		if (id != null) {
			putId(out, id);
		}
		out.put("error", message == null ? "error" : message);
		return MAPPER.writeValueAsString(out);
	}

	/** Writes a string id as a JSON string and a numeric one as the characters it was given with. */
	private static void putId(ObjectNode out, InputLine.Id id) {
		if (id.number()) {
			out.putRawValue("id", new RawValue(id.text()));
		}
		else {
			out.put("id", id.text());
		}
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
