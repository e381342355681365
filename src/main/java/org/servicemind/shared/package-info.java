/** Value types shared by every module; no beans, no persistence. */
@NullMarked
package org.servicemind.shared;

import org.jspecify.annotations.NullMarked;
