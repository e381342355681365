package org.servicemind.agents;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "agent_teams")
class Team {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String name;

	private @Nullable String description;

	@SuppressWarnings("NullAway.Init")
	protected Team() {
	}

	Team(String name, @Nullable String description) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.description = description;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	TeamView view(long members) {
		return new TeamView(id, name, description == null ? "" : description, members);
	}
}
