package org.servicemind.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicemind.agents.AgentNotFound;
import org.servicemind.customers.CustomerNotFound;
import org.servicemind.customers.DuplicateCustomer;
import org.servicemind.ticketing.IllegalTransition;
import org.servicemind.ticketing.TicketNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns failures of the REST controllers into {@code application/problem+json} (RFC 9457): 400 for malformed
 * JSON and validation (with an {@code errors} list of {@code field}/{@code message}; an unknown enum value's
 * message lists the accepted ones), 404 for unknown tickets,
 * customers and agents, 409 for illegal transitions, duplicates and writes that collided with another one (lock
 * or version conflicts: nothing was saved, sending again is safe), 413 for big bodies, 415 and 405. Failures
 * before a controller is chosen (unknown path, wrong method or media type) are answered by the web module's error
 * pages or Spring Boot's problem details handler ({@code spring.mvc.problemdetails.enabled}); {@link ProblemDefaults}
 * gives every one of these problems the same {@code type}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler({ TicketNotFound.class, CustomerNotFound.class, AgentNotFound.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler({ IllegalTransition.class, DuplicateCustomer.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), request);
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> collided(ConcurrencyFailureException ex, HttpServletRequest request) {
		log.info("API request {} {} collided with another write: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		return problem(HttpStatus.CONFLICT,
				"Someone else changed the same data at the same moment; nothing was saved. Send the request again.",
				request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "The request conflicts with existing data.", request);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), request);
	}

	@ExceptionHandler(PayloadTooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLarge ex, HttpServletRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage(), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLarge tooLarge) {
				return tooLarge(tooLarge, request);
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
				String field = mismatch.getPath().stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.collect(Collectors.joining(".")).replace(".[", "[");
				Class<?> expected = mismatch instanceof MismatchedInputException input ? input.getTargetType() : null;
				String message = expected != null && expected.isEnum() ? "must be one of " + constants(expected)
						: "has a value of the wrong type";
				return problem(HttpStatus.BAD_REQUEST, "The request body has a value of the wrong type.", request,
						List.of(new FieldProblem(field, message)));
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON.", request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldProblem(e.getField(),
				e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(),
				e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage())));
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", request, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(e -> errors.add(
				new FieldProblem(String.valueOf(result.getMethodParameter().getParameterName()),
						e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))));
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", request, errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> violated(ConstraintViolationException ex, HttpServletRequest request) {
		List<FieldProblem> errors = ex.getConstraintViolations().stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid values.", request, errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		boolean pathVariable = ex.getParameter().hasParameterAnnotation(
				org.springframework.web.bind.annotation.PathVariable.class);
		if (pathVariable) {
			return problem(HttpStatus.NOT_FOUND, "Nothing is found at this address.", request);
		}
		ResolvableType type = ResolvableType.forMethodParameter(ex.getParameter());
		boolean several = type.asCollection() != ResolvableType.NONE;
		Class<?> expected = several ? type.asCollection().getGeneric(0).resolve() : type.resolve();
		String message = expected == null || !expected.isEnum() ? "has an invalid value"
				: "must be " + (several ? "one or more of " : "one of ") + constants(expected);
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", request,
				List.of(new FieldProblem(ex.getName(), message)));
	}

	/** @return the enum's constants as clients write them, comma-separated in declaration order */
	private static String constants(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
			.collect(Collectors.joining(", "));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", request,
				List.of(new FieldProblem(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler({ ErrorResponseException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> framework(Exception ex, HttpServletRequest request) {
		ErrorResponse error = (ErrorResponse) ex;
		ProblemDetail body = error.getBody();
		body.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.",
				request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail,
			HttpServletRequest request) {
		return problem(status, detail, request, List.of());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail,
			HttpServletRequest request, List<FieldProblem> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setInstance(URI.create(request.getRequestURI()));
		if (!errors.isEmpty()) {
			body.setProperties(Map.of("errors", errors));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}
}
