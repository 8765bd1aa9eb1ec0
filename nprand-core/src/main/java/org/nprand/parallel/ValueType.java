package org.nprand.parallel;

/** The element type of a spec, and the Java array that holds its elements. */
public enum ValueType {
    /** float64 elements in a {@code double[]}. */
    FLOAT64,
    /** float32 elements in a {@code float[]}. */
    FLOAT32,
    /**
     * Integer elements in a {@code long[]}, as {@code Generator.integers}, {@code poisson}, ...
     * return them in nprand (a uint64 value is its bit pattern).
     */
    INT64,
    /** {@code bytes}: one byte per element in a {@code byte[]}. */
    BYTES,
    /** One float64 vector per element ({@code dirichlet}): {@code double[]} rows in an {@code Object[]}. */
    ROWS_FLOAT64,
    /** One int64 vector per element ({@code multinomial}): {@code long[]} rows in an {@code Object[]}. */
    ROWS_INT64
}
