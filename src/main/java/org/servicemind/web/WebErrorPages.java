package org.servicemind.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.servicemind.agents.AgentManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers an unknown address, a wrong value in the address (such as {@code /tickets/abc}) and an unsupported method
 * in the caller's language: paths under {@code /api/} get {@code application/problem+json} (404 "No API endpoint at
 * /api/...", 400, and 405 as the problem details handler gives it), every other path gets the friendly page
 * {@code error/404} or {@code error/4xx} with the same status. It runs right after the REST API's own error
 * handler, which therefore keeps answering failures inside REST controllers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebErrorPages {

	private final LayoutModelInterceptor layout;

	WebErrorPages(ObjectProvider<AgentManagement> agents, ObjectProvider<Clock> clock) {
		this.layout = new LayoutModelInterceptor(agents, new UiFormat(clock.getIfAvailable(Clock::systemUTC)));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(NoResourceFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		if (isApi(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
						"No API endpoint at " + request.getRequestURI() + "."));
		}
		return page(HttpStatus.NOT_FOUND, request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotSupported(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return isApi(request) ? problem(ex) : page(HttpStatus.METHOD_NOT_ALLOWED, request, response);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		HttpStatus status = inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		if (isApi(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(status,
						inPath ? "Nothing is found at this address." : "The request has invalid parameters."));
		}
		return page(status, request, response);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}

	private static ResponseEntity<ProblemDetail> problem(ErrorResponse error) {
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(error.getBody());
	}

	private ModelAndView page(HttpStatus status, HttpServletRequest request, HttpServletResponse response) {
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/4xx", status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		layout.postHandle(request, response, this, page);
		return page;
	}
}
