/** HTTP adapters of customers: browser pages (list, search, profile, notes) and the REST API under {@code /api/v1/customers}. */
@NullMarked
package org.servicemind.customers.web;

import org.jspecify.annotations.NullMarked;
