package org.servicemind.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape every list of the REST API returns.
 *
 * @param items the entries of this page
 * @param page zero-based page index
 * @param size the requested page size
 * @param total number of entries across all pages
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public ResultPage {
		items = List.copyOf(items);
	}

	/** @return a page with every item mapped by {@code mapper} */
	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<R>(items.stream().<R>map(mapper).toList(), page, size, total);
	}

	/** @return page {@code page} of {@code all}, cut in memory */
	public static <T> ResultPage<T> slice(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new ResultPage<>(all.subList(from, to), page, size, all.size());
	}
}
