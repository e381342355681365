package org.servicemind.web.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes the application's JSON mapper refuse a number or a boolean where a string belongs ({@code "body": 123}),
 * so the API answers 400 naming the field instead of storing {@code "123"}. Enums refuse numbers too (through
 * {@code spring.jackson.datatype.enum.fail-on-numbers-for-enums}), so {@code "type": 1} is no message type.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer noScalarToStringCoercion() {
		return builder -> builder.withCoercionConfig(LogicalType.Textual,
				config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}
}
