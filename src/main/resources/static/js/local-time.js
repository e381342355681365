/* Times are rendered in UTC by the server; this shows them in the reader's own time zone and locale. */
(function () {
	'use strict';

	const full = new Intl.DateTimeFormat(undefined, {
		weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
		timeZoneName: 'short'
	});
	const stamp = new Intl.DateTimeFormat(undefined, {
		year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
	});

	/* <time datetime> with a title (relative text such as "2 h ago") gets a local title;
	   <time datetime data-local> gets local text as well. */
	function localise(root) {
		root.querySelectorAll('time[datetime]').forEach((element) => {
			const when = new Date(element.getAttribute('datetime'));
			if (Number.isNaN(when.getTime())) {
				return;
			}
			if (element.hasAttribute('title')) {
				element.setAttribute('title', full.format(when));
			}
			if (element.hasAttribute('data-local')) {
				element.textContent = stamp.format(when);
			}
		});
	}

	document.addEventListener('DOMContentLoaded', () => localise(document));
	document.addEventListener('htmx:afterSettle', (event) => localise(event.detail.elt || document));
})();
