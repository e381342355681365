package org.servicemind.customers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.servicemind.customers.CustomerManagement;
import org.servicemind.customers.CustomerView;
import org.servicemind.customers.NewCustomer;
import org.servicemind.shared.PageNumbers;
import org.servicemind.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers over HTTP. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerRestController {

	private static final int MAX_PAGE_SIZE = 100;

	private final CustomerManagement customers;

	CustomerRestController(CustomerManagement customers) {
		this.customers = customers;
	}

	@GetMapping
	@Operation(summary = "Search customers", description = "q matches name, organisation or e-mail address.")
	ResultPage<CustomerJson> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) int size) {
		int pageSize = Math.min(size, MAX_PAGE_SIZE);
		int pageNumber = PageNumbers.clamp(page);
		Page<CustomerView> found = customers.search(q, PageRequest.of(pageNumber, pageSize, Sort.by("name")));
		return new ResultPage<>(found.getContent().stream().map(CustomerJson::of).toList(), pageNumber, pageSize,
				found.getTotalElements());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One customer")
	CustomerJson get(@PathVariable UUID id) {
		return CustomerJson.of(customers.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a customer", description = "409 when the e-mail address is taken.")
	ResponseEntity<CustomerJson> create(@Valid @RequestBody NewCustomer request) {
		CustomerView created = customers.register(request);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())).body(CustomerJson.of(created));
	}
}
