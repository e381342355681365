package org.servicemind.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The method and path pairs the REST API has a handler for, read once from Spring MVC's request mappings on first
 * use. The API's security rules consult it so that a request no handler serves (an unknown path, or a method the
 * path does not support) only needs an authenticated caller and reaches Spring MVC, which answers 404 or 405;
 * every served request keeps its own rule, and a new endpoint is admin-only until a rule says otherwise.
 */
final class ApiEndpoints {

	/** One mapping: a path pattern and its methods (empty = every method). */
	record Endpoint(PathPattern path, Set<RequestMethod> methods) {

		boolean serves(PathContainer requested, String method) {
			if (!path.matches(requested)) {
				return false;
			}
			return methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals(method)
					|| (method.equals("HEAD") && m == RequestMethod.GET));
		}
	}

	private final Supplier<Collection<Endpoint>> source;

	private volatile @Nullable List<Endpoint> endpoints;

	/** @param source the application's mappings; called once, on the first request */
	ApiEndpoints(Supplier<Collection<Endpoint>> source) {
		this.source = source;
	}

	/** @return one endpoint per path pattern of each mapping (mappings without path patterns are skipped) */
	static List<Endpoint> of(Stream<RequestMappingInfo> mappings) {
		return mappings.flatMap(info -> {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			return paths == null ? Stream.<Endpoint>empty() : paths.getPatterns().stream().map(p -> new Endpoint(p, methods));
		}).toList();
	}

	/** @return whether a handler serves this request's method and path (OPTIONS only when mapped explicitly) */
	boolean serves(HttpServletRequest request) {
		List<Endpoint> known = endpoints;
		if (known == null) {
			known = List.copyOf(source.get());
			endpoints = known;
		}
		PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
			.pathWithinApplication();
		String method = request.getMethod();
		return known.stream().anyMatch(endpoint -> endpoint.serves(path, method));
	}
}
