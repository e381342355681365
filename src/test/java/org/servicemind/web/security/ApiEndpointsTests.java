package org.servicemind.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

class ApiEndpointsTests {

	final AtomicInteger reads = new AtomicInteger();

	final ApiEndpoints endpoints = new ApiEndpoints(() -> {
		reads.incrementAndGet();
		return List.of(endpoint("/api/v1/tickets/{number}", RequestMethod.GET, RequestMethod.PATCH),
				endpoint("/api/v1/tickets/{number}/messages", RequestMethod.POST), endpoint("/api/v1/anything"));
	});

	@Test
	void servesTheMappedMethodsOfAPath() {
		assertThat(endpoints.serves(request("GET", "/api/v1/tickets/10001"))).isTrue();
		assertThat(endpoints.serves(request("PATCH", "/api/v1/tickets/10001"))).isTrue();
		assertThat(endpoints.serves(request("POST", "/api/v1/tickets/10001/messages"))).isTrue();
	}

	@Test
	void servesHeadWhereverGetIsServedAndEveryMethodOfAMappingWithoutMethods() {
		assertThat(endpoints.serves(request("HEAD", "/api/v1/tickets/10001"))).isTrue();
		assertThat(endpoints.serves(request("DELETE", "/api/v1/anything"))).isTrue();
	}

	@Test
	void doesNotServeAnotherMethodOrAnUnknownPath() {
		assertThat(endpoints.serves(request("DELETE", "/api/v1/tickets/10001"))).isFalse();
		assertThat(endpoints.serves(request("OPTIONS", "/api/v1/tickets/10001"))).isFalse();
		assertThat(endpoints.serves(request("GET", "/api/v1/nope"))).isFalse();
		assertThat(endpoints.serves(request("GET", "/api/v1/tickets/10001/"))).isFalse();
	}

	@Test
	void matchesThePathWithinTheApplicationAndReadsTheMappingsOnce() {
		MockHttpServletRequest request = request("GET", "/desk/api/v1/tickets/10001");
		request.setContextPath("/desk");

		assertThat(endpoints.serves(request)).isTrue();
		assertThat(endpoints.serves(request("GET", "/api/v1/tickets/10002"))).isTrue();
		assertThat(reads).hasValue(1);
	}

	@Test
	void readsEndpointsFromSpringMvcRequestMappings() {
		ApiEndpoints mapped = new ApiEndpoints(() -> ApiEndpoints.of(Stream.of(
				RequestMappingInfo.paths("/api/v1/customers", "/api/v1/clients").methods(RequestMethod.POST).build())));

		assertThat(mapped.serves(request("POST", "/api/v1/clients"))).isTrue();
		assertThat(mapped.serves(request("PUT", "/api/v1/customers"))).isFalse();
	}

	private static ApiEndpoints.Endpoint endpoint(String path, RequestMethod... methods) {
		return new ApiEndpoints.Endpoint(PathPatternParser.defaultInstance.parse(path), Set.of(methods));
	}

	private static MockHttpServletRequest request(String method, String uri) {
		return new MockHttpServletRequest(method, uri);
	}
}
