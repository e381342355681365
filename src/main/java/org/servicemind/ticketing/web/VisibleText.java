package org.servicemind.ticketing.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stricter {@code @NotBlank} for message text: the value must be non-null and hold at least one visible code point,
 * that is one that is not whitespace or a space separator (incl. NBSP, U+2007, U+202F, U+3000), not a control or
 * format character (zero-width space and joiners, word joiner, soft hyphen, BOM, bidi marks) and not one of the
 * blank-looking fillers U+115F, U+1160, U+2800, U+3164, U+FFA0. A violation is reported like any other field error
 * (problem+json 400 with the field name).
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface VisibleText {

	String message() default "must contain a visible character (not only spaces or invisible characters)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link VisibleText}. */
	final class Validator implements ConstraintValidator<VisibleText, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return hasVisible(value);
		}

		/** @return whether {@code value} is non-null and holds a visible code point (see {@link VisibleText}) */
		static boolean hasVisible(CharSequence value) {
			return value != null && value.codePoints().anyMatch(Validator::visible);
		}

		private static boolean visible(int c) {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				return false;
			}
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED) {
				return false;
			}
			return c != 0x115F && c != 0x1160 && c != 0x2800 && c != 0x3164 && c != 0xFFA0;
		}
	}
}
