package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class PromiseSearchTests {

	@Test
	void ellipticFindsTheMatchAPlainSearchFinds() throws Exception {
		List<String> texts = texts();
		texts.add("   no problem!!!   absolutely...   will call you");
		texts.addAll(List.of("thank you, no worries, will call", "thank you, no worries, ok will call",
				"got it! of course will call", "okay.. thank you.. shall send", "sure; will call", "ok - will call",
				"yes will, will call", "will and shall, will call"));
		texts.add("   no problem!!!   absolutely...    will call you");
		for (int n = 30; n < 46; n++) {
			texts.add("x".repeat(n) + " will call, will ring and will send, then also will post but will ship");
			texts.add("ok " + " ".repeat(n) + "will call");
		}
		int matches = 0;
		for (String text : texts) {
			Matcher plain = PromiseLexicon.ELLIPTIC.matcher(text);
			Matcher fast = PromiseSearch.elliptic(text);
			if (plain.find()) {
				assertThat(fast).as(text).isNotNull();
				assertThat(List.of(fast.start(), fast.end(), fast.start(1)))
					.as(text)
					.isEqualTo(List.of(plain.start(), plain.end(), plain.start(1)));
				matches++;
			}
			else {
				assertThat(fast).as(text).isNull();
			}
		}
		assertThat(matches).isGreaterThan(40);
	}

	@Test
	void nextBreakFindsTheBreaksAPlainSearchFinds() throws Exception {
		List<String> texts = texts();
		texts.addAll(List.of("a; b: c - d \u2013 e, but f and should g", "x  and   i'll call, n we will, & you'll get",
				"first (1) then (2) it, although no; however, whereas x, though y, while z, plus i'll",
				"and the team will ship and someone will call and stock will drop", "a:b", "a :\tb", "end  ",
				"q  -  r", "one\u2014two \u2014 three", "a n b n  we'll", "and", " and", ",", ";"));
		int breaks = 0;
		for (String text : texts) {
			List<List<Integer>> expected = new ArrayList<>();
			Matcher plain = PromiseLexicon.CLAUSE_BREAK.matcher(text);
			while (plain.find()) {
				expected.add(List.of(plain.start(), plain.end()));
			}
			List<List<Integer>> found = new ArrayList<>();
			Matcher m = PromiseLexicon.CLAUSE_BREAK.matcher(text);
			for (int from = 0; PromiseSearch.nextBreak(m, text, from); from = m.end()) {
				found.add(List.of(m.start(), m.end()));
			}
			assertThat(found).as(text).isEqualTo(expected);
			breaks += found.size();
		}
		assertThat(breaks).isGreaterThan(150);
	}

	@Test
	void findsAtAnswersAsAPlainSearchForTheImmediateAndNowPatterns() throws Exception {
		List<String> texts = texts();
		texts.addAll(List.of("right away", "do it straightaway", "straight away then", "immediately", "at once",
				"this minute", "this instant please", "in a sec", "in a second", "in a tick", "in two ticks",
				"in a jiffy", "in a mo", "give me a sec", "gimme 5", "give us ten", "give me 5 days", "give me a moment",
				"now", "for now", "until now", "right now", "now that you ask", "now on", "nowhere", "snow now",
				"knowing now", "as of now", "now and then", "now or never", "in a month", "give it time"));
		int found = 0;
		for (String text : texts) {
			boolean immediate = TimePatterns.IMMEDIATE.matcher(text).find();
			assertThat(ClockTimes.findsAt(TimePatterns.IMMEDIATE, text, DueTimeResolver.IMMEDIATE_STARTS))
				.as(text)
				.isEqualTo(immediate);
			boolean now = PromiseDetector.NOW.matcher(text).find();
			assertThat(ClockTimes.findsAt(PromiseDetector.NOW, text, "now")).as(text).isEqualTo(now);
			found += (immediate ? 1 : 0) + (now ? 1 : 0);
		}
		assertThat(found).isGreaterThan(40);
	}

	@Test
	void firstAtFindsTheLeftmostPartOfDayAsAPlainSearch() throws Exception {
		List<String> texts = texts();
		texts.addAll(List.of("good morning, i'll call this afternoon", "tomorrow morning", "after lunch or tonight",
				"nice evening", "lovely morning and a great afternoon then evening", "mornings", "first thing",
				"the morning after lunch"));
		int found = 0;
		for (String text : texts) {
			Matcher plain = TimePatterns.PART_OF_DAY.matcher(text);
			Matcher fast = ClockTimes.firstAt(TimePatterns.PART_OF_DAY, text, DueTimeResolver.PART_OF_DAY_STARTS);
			if (plain.find()) {
				assertThat(fast).as(text).isNotNull();
				assertThat(List.of(fast.start(), fast.end(), fast.group(1)))
					.as(text)
					.isEqualTo(List.of(plain.start(), plain.end(), plain.group(1)));
				found++;
			}
			else {
				assertThat(fast).as(text).isNull();
			}
			assertThat(ClockTimes.findsAt(TimePatterns.FIRST_THING, text, "first thing"))
				.isEqualTo(TimePatterns.FIRST_THING.matcher(text).find());
		}
		assertThat(found).isGreaterThan(30);
	}

	@Test
	void normaliseRewritesEveryShorthandAPlainSearchFinds() throws Exception {
		List<String> texts = texts();
		texts.addAll(List.of("b4 2moro tmw arvo tonite eow eom nxt wk wks hr mins tomorrow",
				"call u tmrw or tmr, 2nite, 2night, tomoz; tmoro tomorro tomrw 2mrw 2mro 2morrow eo b4b4"));
		int rewritten = 0;
		for (String text : texts) {
			// the plain search over the whole text wherever normalise looks at all
			Matcher m = TimePatterns.SHORTHAND.matcher(text);
			StringBuilder sb = new StringBuilder();
			int last = 0;
			while (TimePatterns.mayHaveShorthand(text) && m.find()) {
				sb.append(text, last, m.start()).append(TimePatterns.expand(m.group()));
				last = m.end();
			}
			String expected = sb.append(text, last, text.length()).toString();
			String actual = TimePatterns.normalise(text);
			assertThat(actual).as(text).isEqualTo(expected);
			rewritten += actual.equals(text) ? 0 : 1;
		}
		assertThat(TimePatterns.normalise("b4 tmrw arvo, 2nite nxt wk"))
			.isEqualTo("before tomorrow afternoon, tonight next week");
		assertThat(rewritten).isGreaterThan(2);
	}

	@Test
	void mayHavePassiveHoldsWhereverAPassivePatternMatches() throws Exception {
		List<String> texts = texts();
		texts.addAll(List.of("your refund will be processed", "the parcel'll arrive", "it shall  ship", "this is going to"
				+ " happen", "refund for that one will be back", "pickup will take place monday", "it will call",
				"the label will reach you", "your card will go out", "we'll send it"));
		int passives = 0;
		int skipped = 0;
		for (String text : texts) {
			boolean matches = PromiseLexicon.PASSIVE.matcher(text).find()
					|| PromiseLexicon.BARE_PASSIVE.matcher(text).lookingAt();
			boolean may = PromiseSearch.mayHavePassive(text);
			if (matches) {
				assertThat(may).as(text).isTrue();
				passives++;
			}
			skipped += may ? 0 : 1;
		}
		assertThat(passives).isGreaterThan(20);
		assertThat(skipped).isGreaterThan(100);
		assertThat(PromiseSearch.mayHavePassive("i will call you back tomorrow")).isFalse();
	}

	private static List<String> texts() throws Exception {
		List<String> texts = new ArrayList<>(List.of("will call you at 3", "  will call you at 3",
				"ok, thanks, will call", "yep will do it today", "no worries, will ring you", "we checked and will refund",
				"checked it and also   will send", "sorted,will post it", "sorted,  shall post it",
				"and then will ship it", "then\twill ship it", "but also will ship", "it will be fine and will ship",
				"willing to ship", "he will", "x, will", "shall we", "still will ship, and will call", ", will call",
				"a,will", "marshall will call", "also will", "and  also will\nship", "hey, hi, will call",
				"ok ok ok will call", "   hi will call", "    will call", "", "will", "will ", "shall\u000bcall"));
		ObjectMapper mapper = new ObjectMapper();
		String set;
		try (var in = PromiseSearchTests.class.getResourceAsStream("/analysis/commitments.jsonl")) {
			set = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		for (String line : set.lines().filter(l -> !l.isBlank()).toList()) {
			String reply = mapper.readTree(line).get("text").asString();
			for (ReplySegmenter.Sentence s : ReplySegmenter.split(reply, 100_000)) {
				texts.add(s.lower());
				for (int i = s.lower().indexOf(','); i >= 0; i = s.lower().indexOf(',', i + 1)) {
					texts.add(s.lower().substring(i + 1));
				}
			}
		}
		return texts;
	}
}
