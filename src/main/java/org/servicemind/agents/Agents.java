package org.servicemind.agents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Agents extends JpaRepository<Agent, UUID> {

	Optional<Agent> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Agent> findAllByOrderByNameAsc();

	@Query("select count(a) from Agent a join a.teams t where t.id = ?1")
	long countMembers(UUID teamId);
}
