/** Demo data for the default run: teams, agents, customers, macros and tickets with a history. */
@NullMarked
package org.servicemind.web.demo;

import org.jspecify.annotations.NullMarked;
