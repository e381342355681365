/**
 * Tickets and their messages (customer messages, public replies, internal notes), statuses, priorities, tags,
 * macros and ticket numbers.
 */
@NullMarked
@ApplicationModule(displayName = "Ticketing", allowedDependencies = { "agents", "customers", "shared" })
package org.servicemind.ticketing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
