/** HTTP adapters of agents: the REST API under {@code /api/v1/agents}. */
@NullMarked
package org.servicemind.agents.web;

import org.jspecify.annotations.NullMarked;
