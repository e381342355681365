/* ServiceMind page behaviour: CSRF for htmx, keyboard shortcuts, composer mode, bulk selection, kind errors. */
(function () {
	'use strict';

	const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.getAttribute('content');

	/* Every htmx request carries the CSRF token the server expects. */
	document.addEventListener('htmx:configRequest', (event) => {
		const token = meta('_csrf');
		const header = meta('_csrf_header');
		if (token && header) {
			event.detail.headers[header] = token;
		}
	});

	/* An expired session answers a fragment request with the sign-in page: reload the whole page instead. */
	document.addEventListener('htmx:beforeSwap', (event) => {
		const url = event.detail.xhr?.responseURL || '';
		if (new URL(url, location.href).pathname === '/login') {
			event.detail.shouldSwap = false;
			location.assign('/login');
		}
	});

	/* A list or panel that fails to load says so kindly, and offers a retry. */
	function showLoadError(event) {
		const target = event.detail.target;
		const trigger = event.detail.elt?.getAttribute?.('hx-trigger') || '';
		if (!target || trigger.includes('every') || event.detail.elt?.matches('[data-composer-body]')) {
			return; // background pings stay quiet
		}
		const box = document.createElement('p');
		box.className = 'load-error';
		box.setAttribute('role', 'alert');
		box.textContent = 'This part could not be loaded just now. Check your connection, then ';
		const retry = document.createElement('a');
		retry.href = window.location.href;
		retry.textContent = 'try again';
		box.append(retry, '.');
		target.replaceChildren(box);
	}
	document.addEventListener('htmx:responseError', showLoadError);
	document.addEventListener('htmx:sendError', showLoadError);

	/* Flash messages: dismissible, and the good news fades by itself. */
	function initFlash() {
		document.querySelectorAll('.flash-ok').forEach((flash) => {
			setTimeout(() => dismiss(flash), 6000);
		});
	}
	function dismiss(element) {
		element.classList.add('is-leaving');
		setTimeout(() => element.remove(), 300);
	}

	/* Shortcut help dialog. */
	const shortcuts = () => document.getElementById('shortcuts');
	let returnFocus = null;
	function openShortcuts() {
		const dialog = shortcuts();
		if (!dialog) {
			return;
		}
		returnFocus = document.activeElement;
		dialog.hidden = false;
		dialog.querySelector('button')?.focus();
	}
	function closeShortcuts() {
		const dialog = shortcuts();
		if (dialog && !dialog.hidden) {
			dialog.hidden = true;
			returnFocus?.focus?.();
		}
	}

	document.addEventListener('click', (event) => {
		const action = event.target.closest('[data-action]')?.dataset.action;
		if (action === 'dismiss') {
			dismiss(event.target.closest('.flash'));
		}
		else if (action === 'show-shortcuts') {
			openShortcuts();
		}
		else if (action === 'close-shortcuts') {
			closeShortcuts();
		}
		else if (event.target.id === 'shortcuts') {
			closeShortcuts();
		}
	});

	/* Own presence: the top bar follows the choice, and the menu says it was saved. */
	document.addEventListener('presence-changed', (event) => {
		const select = event.target.querySelector?.('select[name="status"]');
		const badge = document.querySelector('[data-presence-badge]');
		if (!select || !badge) {
			return;
		}
		const words = select.selectedOptions[0].textContent;
		badge.textContent = words;
		badge.className = 'presence-badge presence-' + select.value;
		const hint = document.querySelector('[data-presence-hint]');
		if (hint) {
			hint.textContent = 'Saved: you are ' + (select.value === 'on_break' ? 'on a break' : words) + '.';
		}
	});

	/* Ticket list: j/k selection, current ticket, bulk actions. */
	const rows = () => Array.from(document.querySelectorAll('[data-ticket-list] .ticket-row'));
	function selectedIndex() {
		return rows().findIndex((row) => row.classList.contains('is-selected'));
	}
	function select(index) {
		const all = rows();
		if (all.length === 0) {
			return;
		}
		const next = Math.max(0, Math.min(all.length - 1, index));
		all.forEach((row, i) => row.classList.toggle('is-selected', i === next));
		const link = all[next].querySelector('[data-ticket-link]');
		link?.focus({ preventScroll: true });
		all[next].scrollIntoView({ block: 'nearest' });
	}
	function markCurrentTicket() {
		const number = document.querySelector('[data-page="ticket"]')?.dataset.ticket;
		if (!number) {
			return;
		}
		const row = document.getElementById('row-' + number);
		if (row) {
			row.classList.add('is-current');
			row.querySelector('[data-ticket-link]')?.setAttribute('aria-current', 'page');
		}
	}
	function updateBulk(list) {
		const bar = list.querySelector('[data-bulk-actions]');
		if (!bar) {
			return;
		}
		const checked = list.querySelectorAll('.row-check:checked').length;
		bar.hidden = checked === 0;
		const count = bar.querySelector('[data-bulk-count]');
		if (count) {
			count.textContent = checked + ' selected';
		}
	}
	document.addEventListener('change', (event) => {
		if (event.target.matches('.row-check')) {
			updateBulk(event.target.closest('[data-ticket-list]'));
		}
		if (event.target.matches('[data-type-reply], [data-type-note]')) {
			setComposerMode(event.target.value === 'NOTE' ? 'NOTE' : 'REPLY', false);
		}
	});

	/* Composer: public reply or internal note. */
	function setComposerMode(mode, focus) {
		const form = document.querySelector('[data-composer]');
		if (!form) {
			return;
		}
		const note = mode === 'NOTE';
		form.classList.toggle('is-note', note);
		const radio = form.querySelector(note ? '[data-type-note]' : '[data-type-reply]');
		if (radio) {
			radio.checked = true;
		}
		const body = form.querySelector('[data-composer-body]');
		if (body) {
			body.placeholder = note ? 'Write a note for your colleagues…  (only agents see it)'
				: 'Write to the customer…  (r: reply, n: note)';
			if (focus) {
				body.focus();
				body.scrollIntoView({ block: 'center' });
			}
		}
	}
	document.addEventListener('submit', (event) => {
		const form = event.target;
		if (form.matches('[data-composer]')) {
			form.querySelector('[data-composer-submit]')?.setAttribute('disabled', '');
		}
	});

	function typing(target) {
		return target instanceof HTMLElement && (target.isContentEditable
			|| ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
	}

	document.addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) {
			return;
		}
		if (event.key === 'Escape') {
			closeShortcuts();
			if (typing(event.target)) {
				event.target.blur();
			}
			return;
		}
		if (typing(event.target) || !shortcuts()?.hidden) {
			return;
		}
		switch (event.key) {
			case '/': {
				const search = document.querySelector('[data-search]');
				if (search) {
					event.preventDefault();
					search.focus();
					search.select();
				}
				break;
			}
			case '?':
				event.preventDefault();
				openShortcuts();
				break;
			case 'j':
				event.preventDefault();
				select(selectedIndex() < 0 ? currentIndex() : selectedIndex() + 1);
				break;
			case 'k':
				event.preventDefault();
				select(selectedIndex() < 0 ? currentIndex() : selectedIndex() - 1);
				break;
			case 'Enter': {
				const index = selectedIndex();
				if (index >= 0 && !event.target.closest?.('a, button')) {
					event.preventDefault();
					rows()[index].querySelector('[data-ticket-link]')?.click();
				}
				break;
			}
			case 'r':
				if (document.querySelector('[data-composer]')) {
					event.preventDefault();
					setComposerMode('REPLY', true);
				}
				break;
			case 'n':
				if (document.querySelector('[data-composer]')) {
					event.preventDefault();
					setComposerMode('NOTE', true);
				}
				break;
			case 's': {
				const solve = document.querySelector('[data-solve-form]');
				if (solve) {
					event.preventDefault();
					solve.requestSubmit();
				}
				break;
			}
			default:
				break;
		}
	});
	function currentIndex() {
		const index = rows().findIndex((row) => row.classList.contains('is-current'));
		return index < 0 ? 0 : index;
	}

	function init() {
		markCurrentTicket();
		document.querySelectorAll('[data-ticket-list]').forEach(updateBulk);
	}
	document.addEventListener('htmx:afterSettle', init);
	document.addEventListener('DOMContentLoaded', () => {
		init();
		initFlash();
		if (location.hash.startsWith('#m-')) {
			document.getElementById(location.hash.substring(1))?.scrollIntoView({ block: 'center' });
		}
	});
})();
