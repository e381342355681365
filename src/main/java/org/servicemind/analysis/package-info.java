/**
 * The text-analysis engine: scores every message offline and in-process (plain Java, no Spring in its core).
 */
@NullMarked
@ApplicationModule(displayName = "Analysis", allowedDependencies = { "ticketing", "customers", "shared" })
package org.servicemind.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
