package org.servicemind.agents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Skills extends JpaRepository<Skill, UUID> {

	Optional<Skill> findByName(String name);

	List<Skill> findAllByOrderByNameAsc();
}
