package org.servicemind.ticketing.internal;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.servicemind.ticketing.MessageBody;
import org.jsoup.nodes.Entities;

/**
 * Builds message bodies from outside input. HTML is sanitised with jsoup's {@code Safelist.basic()} (text
 * formatting, lists, links with {@code rel=nofollow}; no scripts, styles, images or event handlers).
 */
public final class MessageBodies {

	private MessageBodies() {
	}

	private static final Pattern CONTROL = Pattern
		.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	/** @return {@code text} without C0 control characters other than tab, line feed and carriage return */
	public static String withoutControlCharacters(String text) {
		return CONTROL.matcher(text).replaceAll("");
	}

	/** A plain-text body: the HTML form is the escaped text with line breaks. */
	public static MessageBody plain(String text, @Nullable String rawSource) {
		String normalised = withoutControlCharacters(text).replace("\r\n", "\n").strip();
		return new MessageBody(normalised, Entities.escape(normalised).replace("\n", "<br>"), rawSource);
	}

	/** An HTML body: sanitised, with its text extracted for agents and analysis. */
	public static MessageBody html(String html, @Nullable String rawSource) {
		Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
		String safe = Jsoup.clean(withoutControlCharacters(html), "", Safelist.basic(), settings);
		Document doc = Jsoup.parse(safe);
		doc.select("br").append("\\n");
		doc.select("p, div, li").prepend("\\n");
		String text = doc.text().replace("\\n", "\n").replaceAll("[ \\t]*\\n[ \\t]*", "\n").strip();
		return new MessageBody(text, safe, rawSource);
	}
}
