/** HTTP adapters of customers: the REST API under {@code /api/v1/customers}. */
@NullMarked
package org.servicemind.customers.web;

import org.jspecify.annotations.NullMarked;
