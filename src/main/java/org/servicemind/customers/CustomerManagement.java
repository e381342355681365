package org.servicemind.customers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.shared.EmailAddress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Customers: registration, look-up by e-mail, notes and the learned service style. */
@Service
@Transactional
public class CustomerManagement {

	private final Customers customers;

	private final TransactionTemplate newTransaction;

	CustomerManagement(Customers customers, PlatformTransactionManager transactions) {
		this.customers = customers;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Returns the customer with this address, registering them when new. Safe under concurrency: two requests
	 * for the same new address yield one customer.
	 */
	public CustomerView findOrRegister(EmailAddress email, String name) {
		Optional<Customer> existing = customers.findByEmail(email.value());
		if (existing.isPresent()) {
			return existing.get().view();
		}
		try {
			CustomerView created = newTransaction
				.execute(status -> customers.saveAndFlush(new Customer(fittingName(name), email, null, null, null))
					.view());
			if (created != null) {
				return created;
			}
		}
		catch (DataIntegrityViolationException raced) {
			// another request registered the same address first: use theirs
		}
		return customers.findByEmail(email.value()).map(Customer::view)
			.orElseThrow(() -> CustomerNotFound.forKey(email));
	}

	/**
	 * Registers a customer.
	 * @throws DuplicateCustomer when the address already belongs to a customer
	 * @throws IllegalArgumentException when the address, the zone or the language tag is invalid, or a field is
	 * longer than its column (name and organisation 200, notes 10,000)
	 */
	public CustomerView register(NewCustomer command) {
		EmailAddress email = new EmailAddress(command.email());
		if (customers.findByEmail(email.value()).isPresent()) {
			throw DuplicateCustomer.forEmail(email);
		}
		Customer customer = new Customer(command.name(), email, command.organisation(), command.timeZone(),
				command.language());
		if (command.notes() != null) {
			CustomerView registered = customer.view();
			customer.edit(registered.name(), command.organisation(), command.timeZone(), command.language(),
					command.notes());
		}
		return customers.save(customer).view();
	}

	/** @throws CustomerNotFound when no customer has this id */
	@Transactional(readOnly = true)
	public CustomerView get(UUID id) {
		return load(id).view();
	}

	/** @return display names of the given customers in one query; unknown ids are left out */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		customers.findAllById(ids).forEach(c -> names.put(c.id(), c.view().name()));
		return names;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerView> findByEmail(String email) {
		return customers.findByEmail(email.strip().toLowerCase(Locale.ROOT)).map(Customer::view);
	}

	/**
	 * Customers whose name, organisation or address contains {@code query} (case-insensitive). The query is
	 * literal text: {@code %} and {@code _} match only themselves.
	 */
	@Transactional(readOnly = true)
	public Page<CustomerView> search(@Nullable String query, Pageable pageable) {
		String literal = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		String pattern = "%" + literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return customers.search(pattern, pageable).map(Customer::view);
	}

	/**
	 * Edits profile fields and the notes every agent sees.
	 * @throws IllegalArgumentException when the name is blank, the zone or language tag is invalid, or a field is
	 * longer than its column (name and organisation 200, notes 10,000)
	 */
	public CustomerView edit(UUID id, String name, @Nullable String organisation, @Nullable String timeZone,
			@Nullable String language, @Nullable String notes) {
		Customer customer = load(id);
		customer.edit(name, organisation, timeZone, language, notes);
		return customer.view();
	}

	/** Adds another address to the customer. */
	public CustomerView addEmail(UUID id, EmailAddress email) {
		Customer customer = load(id);
		customer.addEmail(email);
		return customer.view();
	}

	/** Folds the detail-preference signal of one of their messages (-1..1) into the profile. */
	public void recordDetailPreference(UUID id, double signal) {
		customers.findById(id).ifPresent(c -> c.recordDetailPreference(signal));
	}

	/** Sets the service style by hand, -1 (brief) .. 1 (detailed). */
	public CustomerView overrideDetailPreference(UUID id, double value) {
		Customer customer = load(id);
		customer.overrideDetailPreference(value);
		return customer.view();
	}

	private static String fittingName(String name) {
		String stripped = name.strip();
		return stripped.length() <= CustomerProfileRules.MAX_NAME ? stripped
				: stripped.substring(0, CustomerProfileRules.MAX_NAME).strip();
	}

	private Customer load(UUID id) {
		return customers.findById(id).orElseThrow(() -> CustomerNotFound.forKey(id));
	}
}
