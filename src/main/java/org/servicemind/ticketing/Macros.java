package org.servicemind.ticketing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Macros extends JpaRepository<Macro, UUID> {

	List<Macro> findAllByOrderByNameAsc();

	boolean existsByName(String name);
}
