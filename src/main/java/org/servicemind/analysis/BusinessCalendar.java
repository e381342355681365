package org.servicemind.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Working days and hours used to resolve due times such as "by end of day" or "first thing Monday".
 * Implementations must be thread-safe.
 */
public interface BusinessCalendar {

	/** @return whether {@code date} is a working day (not a weekend day or holiday) */
	boolean isWorkingDay(LocalDate date);

	/** @return start of the working day, e.g. 09:00 */
	LocalTime opens();

	/** @return end of the working day, e.g. 17:30 */
	LocalTime closes();

	/** The default calendar: Monday to Friday, 09:00 to 17:30, no holidays. */
	static BusinessCalendar standard() {
		return new BusinessCalendar() {
			@Override
			public boolean isWorkingDay(LocalDate date) {
				return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
			}

			@Override
			public LocalTime opens() {
				return LocalTime.of(9, 0);
			}

			@Override
			public LocalTime closes() {
				return LocalTime.of(17, 30);
			}
		};
	}
}
