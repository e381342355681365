package org.servicemind.agents;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agent accounts, teams, skills and presence. */
@Service
@Transactional
public class AgentManagement {

	private final Agents agents;

	private final Teams teams;

	private final Skills skills;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	AgentManagement(Agents agents, Teams teams, Skills skills, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.agents = agents;
		this.teams = teams;
		this.skills = skills;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	/**
	 * Creates an agent; unknown team or skill names are created on the fly.
	 * @throws IllegalArgumentException when the username is taken
	 */
	public AgentView create(NewAgent command) {
		if (agents.existsByUsername(command.username())) {
			throw new IllegalArgumentException("username already taken: " + command.username());
		}
		Agent agent = new Agent(command.username(), command.name(), command.email().strip().toLowerCase(),
				passwordEncoder.encode(command.password()), command.roles());
		agent.joinTeams(teamsNamed(command.teams() == null ? List.of() : command.teams()));
		agent.withSkills(skillsNamed(command.skills() == null ? List.of() : command.skills()),
				new HashSet<>(command.languages() == null ? List.of() : command.languages()));
		return agents.save(agent).view();
	}

	/** Changes name, e-mail, roles, teams, skills and languages of an existing agent. */
	public AgentView update(UUID id, String name, String email, Set<AgentRole> roles, Collection<String> teamNames,
			Collection<String> skillNames, Collection<String> languages) {
		Agent agent = load(id);
		agent.rename(name, email.strip().toLowerCase());
		agent.grant(roles);
		agent.joinTeams(teamsNamed(teamNames));
		agent.withSkills(skillsNamed(skillNames), new HashSet<>(languages));
		return agent.view();
	}

	/** Sets a new password (hashed with BCrypt). */
	public void changePassword(UUID id, String password) {
		load(id).changePassword(passwordEncoder.encode(password));
	}

	/** Deactivates or re-activates an account; inactive agents cannot log in. */
	public AgentView setActive(UUID id, boolean active) {
		Agent agent = load(id);
		if (active) {
			agent.activate();
		}
		else {
			agent.deactivate();
		}
		return agent.view();
	}

	/** Changes presence and publishes {@link AgentPresenceChanged} when it differs. */
	public AgentView changePresence(UUID id, PresenceStatus to) {
		Agent agent = load(id);
		PresenceStatus from = agent.changePresence(to);
		if (from != to) {
			events.publishEvent(new AgentPresenceChanged(id, from, to));
		}
		return agent.view();
	}

	@Transactional(readOnly = true)
	public List<AgentView> list() {
		return agents.findAllByOrderByNameAsc().stream().map(Agent::view).toList();
	}

	/** @throws AgentNotFound when no agent has this id */
	@Transactional(readOnly = true)
	public AgentView get(UUID id) {
		return load(id).view();
	}

	@Transactional(readOnly = true)
	public Optional<AgentView> findByUsername(String username) {
		return agents.findByUsername(username).map(Agent::view);
	}

	@Transactional(readOnly = true)
	public Optional<AgentCredentials> findCredentials(String username) {
		return agents.findByUsername(username).map(Agent::credentials);
	}

	@Transactional(readOnly = true)
	public List<TeamView> teams() {
		return teams.findAllByOrderByNameAsc().stream().map(t -> t.view(agents.countMembers(t.id()))).toList();
	}

	/** @throws AgentNotFound when no team has this name */
	@Transactional(readOnly = true)
	public TeamView team(String name) {
		Team team = teams.findByName(name).orElseThrow(() -> AgentNotFound.forTeam(name));
		return team.view(agents.countMembers(team.id()));
	}

	/** Creates a team, or returns the existing one of that name. */
	public TeamView createTeam(String name, String description) {
		Team team = teams.findByName(name.strip()).orElseGet(() -> teams.save(new Team(name.strip(), description)));
		return team.view(agents.countMembers(team.id()));
	}

	@Transactional(readOnly = true)
	public List<String> skills() {
		return skills.findAllByOrderByNameAsc().stream().map(Skill::name).toList();
	}

	/** Creates a skill unless it exists. */
	public void createSkill(String name) {
		skillsNamed(List.of(name));
	}

	/** @return display names of the given agents; unknown ids are left out */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		agents.findAllById(ids).forEach(a -> names.put(a.id(), a.view().name()));
		return names;
	}

	/** @return every team's name by id */
	@Transactional(readOnly = true)
	public Map<UUID, String> teamNames() {
		Map<UUID, String> names = new HashMap<>();
		teams.findAll().forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

	@Transactional(readOnly = true)
	public Optional<UUID> findTeamId(String name) {
		return teams.findByName(name.strip()).map(Team::id);
	}

	private Agent load(UUID id) {
		return agents.findById(id).orElseThrow(() -> AgentNotFound.forKey(id));
	}

	private Set<Team> teamsNamed(Collection<String> names) {
		Set<Team> result = new HashSet<>();
		for (String name : names) {
			if (!name.isBlank()) {
				result.add(teams.findByName(name.strip()).orElseGet(() -> teams.save(new Team(name.strip(), null))));
			}
		}
		return result;
	}

	private Set<Skill> skillsNamed(Collection<String> names) {
		Set<Skill> result = new HashSet<>();
		for (String name : names) {
			if (!name.isBlank()) {
				result.add(skills.findByName(name.strip()).orElseGet(() -> skills.save(new Skill(name.strip()))));
			}
		}
		return result;
	}
}
