/**
 * The one home of Python's and NumPy's argument-conversion rules (internal, not exported): every
 * facade and the command line convert Python values through here, with the reference's messages.
 *
 * <ul>
 *   <li>{@link org.nprand.internal.py.Py}: {@code operator.index}, {@code int()},
 *       {@code float()}, Python type names and {@code str()}, truthiness, NumPy's list-to-array
 *       dtype and shape inference, {@code size} and dtype arguments;</li>
 *   <li>{@link org.nprand.internal.py.CTypes}: C-typed conversions with Cython's messages
 *       (NumPy's compiled code: {@code int}, {@code long}, {@code uint32_t}, {@code uint64_t},
 *       a uint64 array slot) and CPython's ({@code PyLong_AsUnsignedLong});</li>
 *   <li>{@link org.nprand.internal.py.LegacySeeds}: {@code MT19937._legacy_seeding} on a
 *       Python value ({@code RandomState(seed)});</li>
 *   <li>{@link org.nprand.internal.py.SeedEntropy}: {@code SeedSequence(entropy)}'s
 *       {@code _coerce_to_uint32_array};</li>
 *   <li>{@link org.nprand.internal.py.BitGenArgs}: the arguments of {@code generate_state},
 *       {@code spawn}, {@code jumped} and {@code advance};</li>
 *   <li>{@link org.nprand.internal.py.Args}: binding a call to a signature;
 *       {@link org.nprand.internal.py.PyRepr}: {@code repr()};
 *       {@link org.nprand.internal.py.PythonValue}: Python values defined outside the core.</li>
 * </ul>
 *
 * <p>No message built here names a Java class: unknown Java objects are Python's
 * {@code object}.
 */
package org.nprand.internal.py;
