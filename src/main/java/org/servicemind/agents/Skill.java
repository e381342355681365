package org.servicemind.agents;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "agent_skills")
class Skill {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String name;

	@SuppressWarnings("NullAway.Init")
	protected Skill() {
	}

	Skill(String name) {
		this.id = UUID.randomUUID();
		this.name = name;
	}

	String name() {
		return name;
	}
}
