package org.servicemind.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@WebMvcTest(HomeWebController.class)
@Import({ HomeWebControllerTests.FormLogin.class, HomeWebControllerTests.ErrorPages.class })
class HomeWebControllerTests {

	/** The sign-in page as the application configures it, without the rest of the security set-up. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FormLogin {

		@Bean
		SecurityFilterChain formLogin(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll()
				.anyRequest().authenticated()).formLogin(form -> form.loginPage("/login")).build();
		}
	}

	/** Renders an error template with the technical details Spring Boot would offer it. */
	@Controller
	static class ErrorPages {

		@GetMapping("/test-error/{page}")
		String render(@PathVariable String page, Model model) {
			model.addAttribute("status", 500);
			model.addAttribute("trace", "java.lang.IllegalStateException: boom");
			model.addAttribute("exception", "java.lang.IllegalStateException");
			model.addAttribute("message", "boom");
			return "error/" + page;
		}
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	@WithMockUser(roles = "AGENT")
	void sendsTheHomePageToTheInbox() {
		assertThat(mvc.get().uri("/")).hasRedirectedUrl("/inbox");
	}

	@Test
	@WithMockUser(roles = "AGENT")
	void showsALabelledSignInForm() {
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
			.contains("<label for=\"username\">User name</label>", "<label for=\"password\">Password</label>")
			.contains("name=\"_csrf\"", "/css/app.css", "/webjars/htmx.org/", "htmx.min.js", "/js/app.js");
	}

	@Test
	@WithMockUser(roles = "AGENT")
	void explainsAFailedSignInKindly() {
		assertThat(mvc.get().uri("/login?error")).bodyText().contains("did not match. Please try again");
		assertThat(mvc.get().uri("/login?logout")).bodyText().contains("You are signed out");
	}

	@Test
	void explainsAPausedSignInKindly() {
		assertThat(mvc.get().uri("/login?locked")).hasStatusOk().bodyText()
			.contains("Sign-in is paused for a little while", "After several unsuccessful attempts")
			.doesNotContain("did not match");

		MockHttpSession session = new MockHttpSession();
		session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
				new LockedException("Please wait 15 minutes & try again."));
		assertThat(mvc.get().uri("/login?locked").session(session)).bodyText()
			.contains("Sign-in is paused", "Please wait 15 minutes &amp; try again.")
			.doesNotContain("After several unsuccessful attempts");
	}

	@Test
	void showsTheThrottleMessageForAnErrorButNeverRevealsAccountState() {
		MockHttpSession locked = new MockHttpSession();
		locked.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("Please wait 15 minutes."));
		assertThat(mvc.get().uri("/login?error").session(locked)).bodyText().contains("Please wait 15 minutes.")
			.doesNotContain("did not match");

		for (Exception failure : new Exception[] { new BadCredentialsException("Bad credentials"),
				new DisabledException("User is disabled") }) {
			MockHttpSession session = new MockHttpSession();
			session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
			assertThat(mvc.get().uri("/login?error").session(session)).bodyText()
				.contains("did not match. Please try again").doesNotContain(failure.getMessage());
		}
	}

	@Test
	@WithMockUser(roles = "AGENT")
	void rendersFriendlyErrorPagesWithoutTechnicalDetails() {
		for (String page : new String[] { "404", "403", "4xx", "5xx" }) {
			assertThat(mvc.get().uri("/test-error/" + page)).hasStatusOk().bodyText().as(page)
				.contains("Back to the inbox").doesNotContain("IllegalStateException", "boom");
		}
	}
}
