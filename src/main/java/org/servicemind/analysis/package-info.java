/**
 * The text-analysis engine: scores every message offline and in-process (plain Java, no Spring in its core).
 */
@NullMarked
package org.servicemind.analysis;

import org.jspecify.annotations.NullMarked;
