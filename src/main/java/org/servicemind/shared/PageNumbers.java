package org.servicemind.shared;

/**
 * The one rule for page numbers that come from a request: negative numbers mean the first page and anything
 * beyond {@link #MAX} means page {@link #MAX}, so an absurd number yields an empty page rather than an offset
 * overflow. Every paged controller (pages and REST lists) passes its page number through {@link #clamp(int)}.
 */
public final class PageNumbers {

	/** The highest zero-based page index a request may ask for. */
	public static final int MAX = 10_000;

	private PageNumbers() {
	}

	/** @return {@code page} limited to 0..{@link #MAX} */
	public static int clamp(int page) {
		return Math.max(0, Math.min(page, MAX));
	}
}
