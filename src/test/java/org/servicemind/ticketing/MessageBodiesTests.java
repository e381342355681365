package org.servicemind.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicemind.ticketing.internal.MessageBodies;

class MessageBodiesTests {

	@Test
	void sanitisesHtmlAndExtractsText() {
		MessageBody body = MessageBodies.html(
				"<p>Hello <b>team</b></p><script>alert(1)</script><img src=x onerror=alert(2)><a href='javascript:x()'>link</a>",
				"raw");
		assertThat(body.html()).doesNotContain("script", "onerror", "javascript", "<img");
		assertThat(body.html()).contains("<b>team</b>");
		assertThat(body.text()).contains("Hello team").doesNotContain("alert");
		assertThat(body.rawSource()).isEqualTo("raw");
	}

	@Test
	void escapesPlainTextForHtml() {
		MessageBody body = MessageBodies.plain("a < b\r\n<script>x</script>", null);
		assertThat(body.text()).isEqualTo("a < b\n<script>x</script>");
		assertThat(body.html()).isEqualTo("a &lt; b<br>&lt;script&gt;x&lt;/script&gt;");
	}

	@Test
	void dropsControlCharactersButKeepsLineBreaksAndTabs() {
		MessageBody body = MessageBodies.plain("a\u0000b\u0007c\td\ne\u007f", null);
		assertThat(body.text()).isEqualTo("abc\td\ne");
		assertThat(MessageBodies.html("<p>x\u0000y</p>", null).html()).isEqualTo("<p>xy</p>");
	}
}
