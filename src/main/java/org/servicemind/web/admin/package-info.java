/** Admin pages that belong to the platform itself, such as API tokens. */
@NullMarked
package org.servicemind.web.admin;

import org.jspecify.annotations.NullMarked;
