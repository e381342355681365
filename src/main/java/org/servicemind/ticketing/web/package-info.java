/** HTTP adapters of ticketing: the REST API under {@code /api/v1/tickets}. */
@NullMarked
package org.servicemind.ticketing.web;

import org.jspecify.annotations.NullMarked;
