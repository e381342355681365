package org.servicemind.agents.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.servicemind.agents.AgentRole;
import org.servicemind.agents.AgentView;
import org.servicemind.shared.EmailAddress;

/**
 * The admin form for an agent. {@code password} is required when creating and ignored when editing;
 * {@code languages} is a comma-separated list such as "en, de".
 */
record AgentForm(
		@NotBlank(message = "Please choose a username.") @Pattern(regexp = "[a-z0-9._-]{2,64}",
				message = "Use 2 to 64 lower-case letters, digits, dots, dashes or underscores.") String username,
		@NotBlank(message = "Please enter the agent's name.") @Size(max = 200) String name,
		@NotBlank(message = "Please enter an e-mail address.") @Email(regexp = EmailAddress.SHAPE_REGEX,
				message = "This does not look like an e-mail address.") String email,
		@Nullable @Size(max = 100, message = "Please use at most 100 characters.") String password,
		@NotEmpty(message = "Pick at least one role.") @Nullable Set<AgentRole> roles, @Nullable List<String> teams,
		@Nullable List<String> skills, @Nullable @Size(max = 200) String languages) {

	static AgentForm empty() {
		return new AgentForm("", "", "", "", Set.of(AgentRole.AGENT), List.of(), List.of(), "en");
	}

	static AgentForm of(AgentView agent) {
		return new AgentForm(agent.username(), agent.name(), agent.email(), null, agent.roles(), agent.teams(),
				agent.skills(), String.join(", ", agent.languages()));
	}

	public Set<AgentRole> roleSet() {
		return roles == null ? Set.of() : roles;
	}

	public List<String> teamList() {
		return teams == null ? List.of() : teams;
	}

	public List<String> skillList() {
		return skills == null ? List.of() : skills;
	}

	public List<String> languageList() {
		return languages == null ? List.of()
				: Arrays.stream(languages.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
					.toList();
	}

	public boolean hasRole(AgentRole role) {
		return roleSet().contains(role);
	}

	public boolean inTeam(String team) {
		return teamList().contains(team);
	}

	public boolean hasSkill(String skill) {
		return skillList().contains(skill);
	}
}
