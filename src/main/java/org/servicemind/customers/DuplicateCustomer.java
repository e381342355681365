package org.servicemind.customers;

import org.servicemind.shared.EmailAddress;

/** Thrown when a customer is registered with an address that already belongs to a customer (HTTP 409). */
public class DuplicateCustomer extends IllegalArgumentException {

	private DuplicateCustomer(String message) {
		super(message);
	}

	public static DuplicateCustomer forEmail(EmailAddress email) {
		return new DuplicateCustomer("a customer with e-mail " + email + " already exists");
	}
}
