/** Browser pages for customers: list, search, profile and notes. */
@NullMarked
package org.servicemind.customers.web;

import org.jspecify.annotations.NullMarked;
