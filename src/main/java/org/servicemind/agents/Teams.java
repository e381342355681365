package org.servicemind.agents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Teams extends JpaRepository<Team, UUID> {

	Optional<Team> findByName(String name);

	List<Team> findAllByOrderByNameAsc();
}
