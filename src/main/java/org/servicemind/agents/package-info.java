/** Agent accounts, teams, skills, languages and presence status. */
@NullMarked
@ApplicationModule(displayName = "Agents")
package org.servicemind.agents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
