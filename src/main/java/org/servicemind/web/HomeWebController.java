package org.servicemind.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: the home page sends agents to their inbox, and the sign-in page. After a failed sign-in the
 * page explains what happened kindly; a sign-in paused by the login throttle ({@code /login?locked}) says so, with
 * the throttle's own message when the session still holds it.
 */
@Controller
class HomeWebController {

	@GetMapping("/")
	String home() {
		return "redirect:/inbox";
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		String paused = pausedMessage(request.getSession(false));
		if (paused != null) {
			model.addAttribute("signInProblem", paused);
		}
		return "web/login";
	}

	/**
	 * Only the throttle's own message is shown word for word: other failures (bad password, unknown or disabled
	 * account) keep the page's single kind sentence, so the page never tells a stranger which accounts exist.
	 */
	private static @Nullable String pausedMessage(@Nullable HttpSession session) {
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		return failure instanceof LockedException locked && locked.getMessage() != null ? locked.getMessage() : null;
	}
}
