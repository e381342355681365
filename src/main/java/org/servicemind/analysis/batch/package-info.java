/** The {@code analyze} batch command, started from the application's main method without Spring. */
@NullMarked
@NamedInterface("batch")
package org.servicemind.analysis.batch;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
