/**
 * HTTP adapters of ticketing: browser pages (inbox, ticket page, composer, collision hints, customers' ticket
 * history, macro admin) and the REST API under {@code /api/v1/tickets}.
 */
@NullMarked
package org.servicemind.ticketing.web;

import org.jspecify.annotations.NullMarked;
