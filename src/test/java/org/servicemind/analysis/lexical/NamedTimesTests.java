package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicemind.analysis.BusinessCalendar;

/** Due times for immediacy, the agent's own day, chat shorthand, holidays, parts of months and seasons. */
class NamedTimesTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Wednesday 2026-03-04 11:15 in Berlin. */
	private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 3, 4, 11, 15, 0, 0, BERLIN);

	private static OffsetDateTime resolve(String text, ZonedDateTime now) {
		return resolve(text, now, null);
	}

	private static OffsetDateTime resolve(String text, ZonedDateTime now, ZonedDateTime previous) {
		String lower = text.toLowerCase();
		ZonedDateTime due = DueTimeResolver.resolve(lower, 0, lower.length(), now, BusinessCalendar.standard(),
				previous);
		return due == null ? null : due.toOffsetDateTime();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"I'll do it right now | 2026-03-04T11:25+01:00",
			"sending it straight away | 2026-03-04T11:25+01:00",
			"I'm escalating it now | 2026-03-04T11:25+01:00",
			"I'll run the sync overnight | 2026-03-05T09:00+01:00",
			"before I log off | 2026-03-04T17:30+01:00",
			"before I log off tonight | 2026-03-04T17:30+01:00",
			"before I leave today | 2026-03-04T17:30+01:00",
			"this arvo | 2026-03-04T17:30+01:00",
			"b4 the weekend | 2026-03-06T17:30+01:00",
			"tmw morning | 2026-03-05T12:00+01:00",
			"2moro | 2026-03-05T17:30+01:00",
			"by EOW | 2026-03-06T17:30+01:00",
			"at 3:30 today | 2026-03-04T15:30+01:00",
			"by 09:30 tomorrow | 2026-03-05T09:30+01:00",
			"by half four | 2026-03-04T16:30+01:00",
			"before Christmas | 2026-12-24T17:30+01:00",
			"by xmas | 2026-12-24T17:30+01:00",
			"after Christmas | 2026-12-28T17:30+01:00",
			"by New Year | 2026-12-31T17:30+01:00",
			"in the new year | 2027-01-04T17:30+01:00",
			"after the holidays | 2027-01-04T17:30+01:00",
			"start of April | 2026-04-01T17:30+02:00",
			"early next month | 2026-04-01T17:30+02:00",
			"start of January | 2027-01-04T17:30+01:00",
			"mid-month | 2026-03-16T17:30+01:00",
			"by the middle of the month | 2026-03-16T17:30+01:00",
			"mid-April | 2026-04-15T17:30+02:00",
			"end of April | 2026-04-30T17:30+02:00",
			"late January | 2027-01-29T17:30+01:00",
			"in the summer | 2026-07-15T17:30+02:00",
			"by the end of summer | 2026-08-31T17:30+02:00",
			"before autumn | 2026-08-31T17:30+02:00",
			"Tuesday week | 2026-03-17T17:30+01:00",
			"before the 20th | 2026-03-19T17:30+01:00",
			"on the 20th | 2026-03-20T17:30+01:00",
			"in a sec | 2026-03-04T11:25+01:00",
			"gimme 5 | 2026-03-04T11:25+01:00",
			"at the earliest | 2026-03-04T12:15+01:00",
			"straight after our call | 2026-03-04T12:15+01:00",
			"kindly allow us 48 hours | 2026-03-06T11:15+01:00",
			"tmrw | 2026-03-05T17:30+01:00",
			"within 8 working hours | 2026-03-05T10:45+01:00",
			"after the 20th | 2026-03-23T17:30+01:00",
			"by midweek | 2026-03-04T17:30+01:00",
			"Wednesday evening | 2026-03-04T21:00+01:00",
			"next Wednesday evening | 2026-03-11T21:00+01:00",
			"by 1700 hrs | 2026-03-04T17:00+01:00",
			"by 18/3 | 2026-03-18T17:30+01:00",
			"on 05/04/2026 | 2026-04-05T17:30+02:00",
			"by this time tomorrow | 2026-03-05T11:15+01:00" })
	void resolvesNamedTimesAgainstAWednesdayMorning(String text, String expected) {
		assertThat(resolve(text, WEDNESDAY)).isEqualTo(OffsetDateTime.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "on Chinese New Year", "for now we'll keep it open", "from now on", "a Christmas card", "the summer sale",
			"in may", "we're here 24/7", "within 3/4 days but" })
	void namesNoTimeForLookAlikes(String text) {
		assertThat(resolve(text, WEDNESDAY)).isNull();
	}

	@Test
	void flipsSeasonsInTheSouthernHemisphere() {
		ZonedDateTime sydney = ZonedDateTime.of(2026, 3, 4, 11, 15, 0, 0, ZoneId.of("Australia/Sydney"));
		assertThat(resolve("in the summer", sydney)).isEqualTo(OffsetDateTime.parse("2027-01-15T17:30+11:00"));
		assertThat(resolve("by winter", sydney)).isEqualTo(OffsetDateTime.parse("2026-05-29T17:30+10:00"));
	}

	@Test
	void takesTheSameDayFromThePreviousPromise() {
		ZonedDateTime monday = ZonedDateTime.of(2026, 3, 9, 17, 30, 0, 0, BERLIN);
		assertThat(resolve("I'll send the number the same evening", WEDNESDAY, monday))
			.isEqualTo(OffsetDateTime.parse("2026-03-09T21:00+01:00"));
		assertThat(resolve("and confirm it that day", WEDNESDAY, monday))
			.isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00"));
		assertThat(resolve("the same day", WEDNESDAY, null)).isNull();
	}

	@Test
	void givesAnHourOnceTheAgentsDayHasEnded() {
		ZonedDateTime evening = ZonedDateTime.of(2026, 3, 4, 19, 0, 0, 0, BERLIN);
		assertThat(resolve("before I log off", evening)).isEqualTo(OffsetDateTime.parse("2026-03-04T20:00+01:00"));
	}

	@Test
	void readsOvernightBeforeDawnAsThisMorning() {
		ZonedDateTime night = ZonedDateTime.of(2026, 3, 4, 2, 0, 0, 0, BERLIN);
		assertThat(resolve("overnight", night)).isEqualTo(OffsetDateTime.parse("2026-03-04T09:00+01:00"));
	}

	@Test
	void readsNumericDatesMonthFirstInTheUnitedStates() {
		ZonedDateTime newYork = ZonedDateTime.of(2026, 3, 4, 11, 15, 0, 0, ZoneId.of("America/New_York"));
		assertThat(resolve("on 05/04", newYork)).isEqualTo(OffsetDateTime.parse("2026-05-04T17:30-04:00"));
		assertThat(resolve("by 18/3", newYork)).isEqualTo(OffsetDateTime.parse("2026-03-18T17:30-04:00"));
	}
}
