package org.servicemind.customers;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Customers extends JpaRepository<Customer, UUID> {

	@Query("select c from Customer c join c.emails e where e = ?1")
	Optional<Customer> findByEmail(String email);

	@Query("""
			select distinct c from Customer c left join c.emails e
			where lower(c.name) like ?1 escape '\\' or e like ?1 escape '\\'
			or lower(c.organisation) like ?1 escape '\\'""")
	Page<Customer> search(String pattern, Pageable pageable);
}
