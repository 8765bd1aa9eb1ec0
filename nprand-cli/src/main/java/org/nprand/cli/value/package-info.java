/**
 * The replay protocol's values as Java values: {@link org.nprand.cli.value.ValueCodec} (JSON to
 * Java and back, exact ints, bit-exact floats), {@link org.nprand.numpy.NdArray},
 * {@link org.nprand.cli.value.PyRange}, {@link org.nprand.cli.value.PyError} with the one
 * Java-to-Python exception mapping ({@link org.nprand.cli.value.PythonErrors}), and Python's
 * {@code repr} ({@link org.nprand.internal.py.PyRepr}).
 */
package org.nprand.cli.value;

import org.nprand.internal.py.PyRepr;

import org.nprand.numpy.NdArray;
