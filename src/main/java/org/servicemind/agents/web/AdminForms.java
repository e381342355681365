package org.servicemind.agents.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Turns binding errors into a field → message map the admin templates show next to each field. */
final class AdminForms {

	private AdminForms() {
	}

	static Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(),
					error.getDefaultMessage() == null ? "Please check this field." : error.getDefaultMessage());
		}
		return errors;
	}
}
