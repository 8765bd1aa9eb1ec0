/**
 * Moving a generator's state between Python and Java as JSON: {@link org.nprand.state.StateJson}
 * writes exactly what Python's {@code json.dumps(state, default=lambda a: a.tolist())} writes for
 * the same state, and reads what Python writes.
 */
package org.nprand.state;
