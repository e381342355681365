package org.servicemind.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title, version and security schemes of the OpenAPI description ({@code /v3/api-docs}): every operation
 * accepts an API token ({@code bearer}) or an agent's username and password ({@code basic}), so Swagger UI's
 * Authorize button can call the API.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearer";

	static final String BASIC = "basic";

	@Bean
	OpenAPI serviceMindOpenApi() {
		String version = ApiDocumentation.class.getPackage().getImplementationVersion();
		return new OpenAPI()
			.info(new Info().title("ServiceMind API").version(version == null ? "0.1" : version)
				.description("Tickets, messages, customers and agents of the ServiceMind helpdesk. Authenticate "
						+ "with an API token (Bearer) issued by an admin, or with an agent's username and password "
						+ "(HTTP Basic)."))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An API token issued in the admin area."))
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("An agent's username and password.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}
}
