/** The audit log of admin actions and assignment changes, and its admin page. */
@NullMarked
package org.servicemind.web.audit;

import org.jspecify.annotations.NullMarked;
