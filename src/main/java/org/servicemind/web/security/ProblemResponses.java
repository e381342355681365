package org.servicemind.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem responses from the security filters, where no controller advice applies: 401 with a
 * {@code WWW-Authenticate} challenge for Bearer and Basic, 403 for a missing scope or role, 413 for big bodies.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		unauthorized(request, response, "Send an API token (Authorization: Bearer ...) or an agent's credentials "
				+ "(HTTP Basic).");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your token or role does not allow this request.");
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"servicemind\"");
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"servicemind\"");
		write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}
}
