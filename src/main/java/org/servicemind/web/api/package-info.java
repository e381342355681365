/** What every REST API endpoint shares: problem+json errors and the request body limit. */
@NullMarked
package org.servicemind.web.api;

import org.jspecify.annotations.NullMarked;
