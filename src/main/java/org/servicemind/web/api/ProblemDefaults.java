package org.servicemind.web.api;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every {@link ProblemDetail} a handler returns, whoever built it (our handlers, Spring MVC's or Spring
 * Boot's), the fields the security filters write too: {@code type} {@value #TYPE} (RFC 9457: the status code says
 * it all, and {@code title} is its reason phrase) and {@code instance}, the path asked for.
 */
@ControllerAdvice
class ProblemDefaults implements ResponseBodyAdvice<Object> {

	/** The one problem type of the API. */
	static final String TYPE = "about:blank";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null) {
				problem.setType(URI.create(TYPE));
			}
			if (problem.getInstance() == null) {
				problem.setInstance(URI.create(request.getURI().getRawPath()));
			}
		}
		return body;
	}
}
