/** The UI frame and platform: layout, home, error pages, security, API tokens, audit log. */
@NullMarked
@ApplicationModule(displayName = "Web")
package org.servicemind.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
