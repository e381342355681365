package org.servicemind.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UiFormatTests {

	UiFormat ui = new UiFormat(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void putsSentimentIntoWordsAtAQuarterEitherSideOfZero() {
		assertThat(ui.sentiment(-1.0)).isEqualTo("negative");
		assertThat(ui.sentiment(-0.25)).isEqualTo("negative");
		assertThat(ui.sentiment(-0.24)).isEqualTo("neutral");
		assertThat(ui.sentiment(0.0)).isEqualTo("neutral");
		assertThat(ui.sentiment(0.24)).isEqualTo("neutral");
		assertThat(ui.sentiment(0.25)).isEqualTo("positive");
		assertThat(ui.sentiment(1.0)).isEqualTo("positive");
	}

	@Test
	void saysNothingAboutAMessageNotAnalysedYet() {
		assertThat(ui.sentiment(null)).isEmpty();
	}
}
