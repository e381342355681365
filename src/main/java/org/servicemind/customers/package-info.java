/** Customers (requesters), their e-mail addresses, organisation, time zone, notes and service-style profile. */
@NullMarked
@ApplicationModule(displayName = "Customers")
package org.servicemind.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
