/**
 * Holding a generator's lock across many calls ({@link org.nprand.concurrent.Hold}): the calls
 * made inside one hold are atomic together and each skips the per-call lock.
 */
package org.nprand.concurrent;
