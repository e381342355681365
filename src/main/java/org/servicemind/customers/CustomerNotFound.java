package org.servicemind.customers;

/** Thrown when no customer matches the given key. */
public class CustomerNotFound extends RuntimeException {

	private CustomerNotFound(String message) {
		super(message);
	}

	public static CustomerNotFound forKey(Object key) {
		return new CustomerNotFound("no customer " + key);
	}
}
