package org.servicemind.web;

/**
 * The signed-in agent as the page frame shows it: display name, user name and whether the admin link appears.
 */
public record CurrentAgent(String username, String name, boolean admin) {

	/** @return up to two initials for the avatar */
	public String initials() {
		StringBuilder initials = new StringBuilder();
		for (String word : name.strip().split("\\s+")) {
			if (!word.isEmpty() && initials.length() < 2) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}
}
