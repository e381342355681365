/** Browser pages for tickets: inbox, ticket page, composer, collision hints and customers' ticket history. */
@NullMarked
package org.servicemind.ticketing.web;

import org.jspecify.annotations.NullMarked;
