package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

/**
 * What a case's calls act on: one generator (or an attribute of one, for dotted names), seen
 * through a {@link Dispatch} table.
 */
public interface Subject {

    /** Calls method {@code name} (no dots) and returns its answer value. */
    Object call(String name, Args args);

    /** Reads the non-callable attribute {@code name}; {@code null} result is Python's None. */
    Object read(String name);

    /** Assigns attribute {@code name} ({@code name=} calls). */
    void assign(String name, Object value);

    /** The object behind attribute {@code name}, for a dotted name ({@code bit_generator}). */
    Subject child(String name);

    /** True when {@code name} is a non-callable attribute (read) rather than a method. */
    boolean isAttribute(String name);
}
