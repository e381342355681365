package org.servicemind.agents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "agents")
class Agent {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String username;

	private String name;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private PresenceStatus presence;

	private boolean active;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agent_roles", joinColumns = @JoinColumn(name = "agent_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<AgentRole> roles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agent_languages", joinColumns = @JoinColumn(name = "agent_id"))
	@Column(name = "language")
	private Set<String> languages = new HashSet<>();

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "agent_team_members", joinColumns = @JoinColumn(name = "agent_id"),
			inverseJoinColumns = @JoinColumn(name = "team_id"))
	private Set<Team> teams = new HashSet<>();

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "agent_skill_links", joinColumns = @JoinColumn(name = "agent_id"),
			inverseJoinColumns = @JoinColumn(name = "skill_id"))
	private Set<Skill> skills = new HashSet<>();

	@SuppressWarnings("NullAway.Init")
	protected Agent() {
	}

	Agent(String username, String name, String email, String passwordHash, Set<AgentRole> roles) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.name = name;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.of(AgentRole.AGENT) : EnumSet.copyOf(roles);
		this.presence = PresenceStatus.OFFLINE;
		this.active = true;
		this.createdAt = Instant.now();
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	PresenceStatus presence() {
		return presence;
	}

	/** @return the previous status */
	PresenceStatus changePresence(PresenceStatus to) {
		PresenceStatus from = presence;
		presence = to;
		return from;
	}

	void rename(String name, String email) {
		this.name = name;
		this.email = email;
	}

	void grant(Set<AgentRole> roles) {
		this.roles = roles.isEmpty() ? EnumSet.of(AgentRole.AGENT) : EnumSet.copyOf(roles);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void deactivate() {
		this.active = false;
		this.presence = PresenceStatus.OFFLINE;
	}

	void activate() {
		this.active = true;
	}

	void joinTeams(Set<Team> teams) {
		this.teams = new HashSet<>(teams);
	}

	void withSkills(Set<Skill> skills, Set<String> languages) {
		this.skills = new HashSet<>(skills);
		this.languages = new HashSet<>(languages);
	}

	AgentCredentials credentials() {
		return new AgentCredentials(id, username, passwordHash, Set.copyOf(roles), active);
	}

	AgentView view() {
		return new AgentView(id, username, name, email, Set.copyOf(roles), presence,
				teams.stream().map(Team::name).sorted().toList(), skills.stream().map(Skill::name).sorted().toList(),
				languages.stream().sorted(Comparator.naturalOrder()).toList(), active);
	}
}
