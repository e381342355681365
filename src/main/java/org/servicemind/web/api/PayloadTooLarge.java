package org.servicemind.web.api;

/** Thrown while reading a request body that exceeds {@code servicemind.api.max-body-bytes} (HTTP 413). */
public class PayloadTooLarge extends RuntimeException {

	private final long limit;

	private PayloadTooLarge(long limit) {
		super("the request body exceeds the limit of " + limit + " bytes");
		this.limit = limit;
	}

	public static PayloadTooLarge over(long limit) {
		return new PayloadTooLarge(limit);
	}

	/** @return the limit in bytes */
	public long limit() {
		return limit;
	}
}
