package org.servicemind.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error controller (reached after {@code sendError} or an unhandled failure), except that clients that
 * do not ask for HTML, such as {@code Accept: *}{@code /*}, get {@code application/problem+json} in the API's shape
 * ({@code type} about:blank, {@code title}, {@code status}, {@code detail}, {@code instance}) instead of Spring
 * Boot's own JSON. Browsers keep the friendly pages of {@code templates/error}.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail(status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
		body.put("instance", path == null ? request.getRequestURI() : path.toString());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String detail(HttpStatus status, @Nullable Object message) {
		if (status == HttpStatus.NOT_FOUND) {
			return "Nothing is found at this address.";
		}
		if (status.is5xxServerError()) {
			return "Something went wrong on our side.";
		}
		return message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase() + ".";
	}
}
