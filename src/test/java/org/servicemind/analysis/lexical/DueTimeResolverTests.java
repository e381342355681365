package org.servicemind.analysis.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicemind.analysis.BusinessCalendar;

class DueTimeResolverTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Wednesday 2026-03-04 11:15 in Berlin. */
	private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(2026, 3, 4, 11, 15, 0, 0, BERLIN);

	private static OffsetDateTime resolve(String text, ZonedDateTime now) {
		return resolve(text, now, BusinessCalendar.standard());
	}

	private static OffsetDateTime resolve(String text, ZonedDateTime now, BusinessCalendar calendar) {
		String lower = text.toLowerCase();
		ZonedDateTime due = DueTimeResolver.resolve(lower, 0, lower.length(), now, calendar);
		return due == null ? null : due.toOffsetDateTime();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"I'll call you back tomorrow morning | 2026-03-05T12:00+01:00",
			"I'll call you back tomorrow afternoon | 2026-03-05T17:30+01:00",
			"I'll send it tomorrow | 2026-03-05T17:30+01:00",
			"I'll send it today | 2026-03-04T17:30+01:00",
			"done by end of day | 2026-03-04T17:30+01:00",
			"done by EOD | 2026-03-04T17:30+01:00",
			"by close of business | 2026-03-04T17:30+01:00",
			"by end of business | 2026-03-04T17:30+01:00",
			"by close of business Tuesday | 2026-03-10T17:30+01:00",
			"end of day Friday | 2026-03-06T17:30+01:00",
			"within the next fortnight | 2026-03-18T11:15+01:00",
			"within the week | 2026-03-06T17:30+01:00",
			"by the start of next week | 2026-03-09T17:30+01:00",
			"by the end of the year | 2026-12-31T17:30+01:00",
			"tonight before 8 | 2026-03-04T20:00+01:00",
			"at half past four | 2026-03-04T16:30+01:00",
			"at quarter to ten tomorrow | 2026-03-05T09:45+01:00",
			"after lunch | 2026-03-04T17:30+01:00",
			"between 8 and 10 on Friday | 2026-03-06T10:00+01:00",
			"tomorrow between 9am and 1pm | 2026-03-05T13:00+01:00",
			"between 2 and 4 | 2026-03-04T16:00+01:00",
			"within 7 banking days | 2026-03-13T17:30+01:00",
			"you'll have it by Friday | 2026-03-06T17:30+01:00",
			"on Monday | 2026-03-09T17:30+01:00",
			"by Wednesday | 2026-03-11T17:30+01:00",
			"first thing Monday | 2026-03-09T10:00+01:00",
			"next week | 2026-03-13T17:30+01:00",
			"early next week | 2026-03-10T17:30+01:00",
			"by the end of the week | 2026-03-06T17:30+01:00",
			"within 24 hours | 2026-03-05T11:15+01:00",
			"in 2 hours | 2026-03-04T13:15+01:00",
			"within 3 business days | 2026-03-09T17:30+01:00",
			"before 5pm | 2026-03-04T17:00+01:00",
			"by 3:30 pm | 2026-03-04T15:30+01:00",
			"by 16:45 | 2026-03-04T16:45+01:00",
			"by noon | 2026-03-04T12:00+01:00",
			"this afternoon | 2026-03-04T17:30+01:00",
			"tonight | 2026-03-04T21:00+01:00",
			"on 2026-04-02 | 2026-04-02T17:30+02:00",
			"by December 3rd | 2026-12-03T17:30+01:00",
			"on 3 December | 2026-12-03T17:30+01:00",
			"by the 20th | 2026-03-20T17:30+01:00",
			"in a few minutes | 2026-03-04T11:18+01:00",
			"in half an hour | 2026-03-04T11:45+01:00",
			"shortly | 2026-03-04T12:15+01:00",
			"right away | 2026-03-04T11:25+01:00",
			"within the hour | 2026-03-04T12:15+01:00",
			"next business day | 2026-03-05T17:30+01:00",
			"the day after tomorrow | 2026-03-06T17:30+01:00",
			"tomorrow at 10am | 2026-03-05T10:00+01:00",
			"by 4 on Monday | 2026-03-09T16:00+01:00",
			"in a fortnight | 2026-03-18T11:15+01:00",
			"by the end of the month | 2026-03-31T17:30+02:00",
			"before the weekend | 2026-03-06T17:30+01:00",
			"over the weekend | 2026-03-08T17:30+01:00",
			"after the weekend | 2026-03-09T17:30+01:00",
			"within 2-3 working days | 2026-03-09T17:30+01:00",
			"in the morning | 2026-03-05T12:00+01:00" })
	void resolvesExpressionsAgainstAWednesdayMorning(String text, String expected) {
		assertThat(resolve(text, WEDNESDAY)).isEqualTo(OffsetDateTime.parse(expected));
	}

	@Test
	void returnsNullWhenNoTimeIsNamed() {
		assertThat(resolve("I'll call you back", WEDNESDAY)).isNull();
		assertThat(resolve("I'll get back to you soon", WEDNESDAY)).isNull();
		assertThat(resolve("", WEDNESDAY)).isNull();
	}

	@Test
	void keepsAnExplicitClockTimeTodayOnAWeekend() {
		ZonedDateTime sundayNight = ZonedDateTime.of(2026, 3, 8, 1, 30, 0, 0, ZoneId.of("America/New_York"));
		assertThat(resolve("at 9am today", sundayNight)).isEqualTo(OffsetDateTime.parse("2026-03-08T09:00-04:00"));
		assertThat(resolve("in 2 hours", sundayNight)).isEqualTo(OffsetDateTime.parse("2026-03-08T04:30-04:00"));
	}

	@Test
	void rollsEndOfDayOverToTheNextWorkingDayAfterHours() {
		ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 3, 6, 19, 0, 0, 0, BERLIN);
		assertThat(resolve("by end of day", fridayEvening)).isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00"));
		assertThat(resolve("today", fridayEvening)).isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00"));
	}

	@Test
	void movesTodayOnAWeekendToMonday() {
		ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 7, 11, 0, 0, 0, BERLIN);
		assertThat(resolve("by EOD", saturday)).isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00"));
		assertThat(resolve("within 2 business days", saturday))
			.isEqualTo(OffsetDateTime.parse("2026-03-10T17:30+01:00"));
	}

	@Test
	void countsTodayAsABusinessDayBeforeOpening() {
		ZonedDateTime earlyMonday = ZonedDateTime.of(2026, 3, 9, 7, 30, 0, 0, BERLIN);
		assertThat(resolve("within 1 business day", earlyMonday))
			.isEqualTo(OffsetDateTime.parse("2026-03-09T17:30+01:00"));
	}

	@Test
	void keepsExactDurationsAcrossTheSpringForwardChange() {
		ZonedDateTime saturday = ZonedDateTime.of(2026, 3, 28, 12, 0, 0, 0, BERLIN);
		assertThat(resolve("within 24 hours", saturday)).isEqualTo(OffsetDateTime.parse("2026-03-29T13:00+02:00"));
		assertThat(resolve("first thing Monday", saturday)).isEqualTo(OffsetDateTime.parse("2026-03-30T10:00+02:00"));
	}

	@Test
	void keepsExactDurationsAcrossTheFallBackChange() {
		ZonedDateTime newYork = ZonedDateTime.of(2026, 10, 31, 12, 0, 0, 0, ZoneId.of("America/New_York"));
		assertThat(resolve("within 24 hours", newYork)).isEqualTo(OffsetDateTime.parse("2026-11-01T11:00-05:00"));
		assertThat(resolve("on Monday", newYork)).isEqualTo(OffsetDateTime.parse("2026-11-02T17:30-05:00"));
	}

	@Test
	void movesAPastClockTimeToTheNextWorkingDay() {
		ZonedDateTime fridayEvening = ZonedDateTime.of(2026, 3, 6, 18, 0, 0, 0, BERLIN);
		assertThat(resolve("before 5pm", fridayEvening)).isEqualTo(OffsetDateTime.parse("2026-03-09T17:00+01:00"));
	}

	@Test
	void treatsThisWeekdayOnThatDayAsToday() {
		ZonedDateTime friday = ZonedDateTime.of(2026, 3, 6, 10, 0, 0, 0, BERLIN);
		assertThat(resolve("this Friday", friday)).isEqualTo(OffsetDateTime.parse("2026-03-06T17:30+01:00"));
		assertThat(resolve("by Friday", friday)).isEqualTo(OffsetDateTime.parse("2026-03-13T17:30+01:00"));
	}

	@Test
	void rollsADateWithoutYearIntoNextYear() {
		assertThat(resolve("on January 4th", WEDNESDAY)).isEqualTo(OffsetDateTime.parse("2027-01-04T17:30+01:00"));
	}

	/** Wednesday 2026-12-02 10:00 in New York (15:00 UTC). */
	private static final ZonedDateTime NEW_YORK_DECEMBER = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0,
			ZoneId.of("America/New_York"));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"I will send it by 10 December. | 2026-12-10T17:30-05:00",
			"I will send it by 3 Dec. | 2026-12-03T17:30-05:00",
			"I will send it by 10 dec 2027. | 2027-12-10T17:30-05:00",
			"I will send it by 10 of December. | 2026-12-10T17:30-05:00",
			"I will send it until 4 January. | 2027-01-04T17:30-05:00",
			"I will send it by 1 December. | 2027-12-01T17:30-05:00",
			"I will send it before 10 December. | 2026-12-09T17:30-05:00",
			"I will send it by 10 December at 3pm. | 2026-12-10T15:00-05:00",
			"I will send it by 10 December at 3. | 2026-12-10T15:00-05:00",
			"I will send it by the 10th. | 2026-12-10T17:30-05:00",
			"I will send it by Dec 10. | 2026-12-10T17:30-05:00",
			"I will call you by 4. | 2026-12-02T16:00-05:00",
			"I will send it by 10/12. | 2027-10-12T17:30-04:00",
			"I will send it by 24.12. | 2026-12-24T17:30-05:00",
			"I will call you by 10.30. | 2026-12-02T10:30-05:00",
			"I will call you at 4.15. | 2026-12-02T16:15-05:00" })
	void readsTheDayOfADateAsADayNotAClockHour(String text, String expected) {
		assertThat(resolve(text, NEW_YORK_DECEMBER)).isEqualTo(OffsetDateTime.parse(expected));
	}

	@Test
	void usesTheCalendarsHoursAndHolidays() {
		LocalDate holiday = LocalDate.of(2026, 3, 5);
		BusinessCalendar calendar = new BusinessCalendar() {
			@Override
			public boolean isWorkingDay(LocalDate date) {
				return !date.equals(holiday) && date.getDayOfWeek() != DayOfWeek.SATURDAY
						&& date.getDayOfWeek() != DayOfWeek.SUNDAY;
			}

			@Override
			public LocalTime opens() {
				return LocalTime.of(8, 0);
			}

			@Override
			public LocalTime closes() {
				return LocalTime.of(16, 0);
			}
		};
		assertThat(resolve("by end of day", WEDNESDAY, calendar))
			.isEqualTo(OffsetDateTime.parse("2026-03-04T16:00+01:00"));
		assertThat(resolve("within 1 business day", WEDNESDAY, calendar))
			.isEqualTo(OffsetDateTime.parse("2026-03-06T16:00+01:00"));
		assertThat(resolve("first thing tomorrow", WEDNESDAY, calendar))
			.isEqualTo(OffsetDateTime.parse("2026-03-05T09:00+01:00"));
	}
}
