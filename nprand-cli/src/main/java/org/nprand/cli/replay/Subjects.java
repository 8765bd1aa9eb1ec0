package org.nprand.cli.replay;

import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.SeedSequence;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The replay's dispatch tables seen from outside this package: a {@link Subject} over a Java
 * object of each Python type, bound exactly as {@code nprand replay} binds its calls (the same
 * {@link Dispatch} tables over {@link org.nprand.internal.spec.MethodSpecs}). {@code nprand eval}
 * and {@code nprand generate} call through these, so every command binds Python's arguments in
 * one way.
 */
public final class Subjects {

    private Subjects() {
    }

    /** {@code numpy.random.RandomState}: its methods, {@code seed}, {@code get_state}, ... */
    public static Subject randomState(RandomState rs) {
        return RandomStateCalls.TABLE.bind(rs);
    }

    /** {@code numpy.random.Generator}: its methods and the {@code bit_generator} attribute. */
    public static Subject generator(Generator g) {
        return GeneratorCalls.TABLE.bind(g);
    }

    /**
     * A bit generator: {@code random_raw}, {@code advance}, {@code spawn}, {@code state}, ...
     * ({@code jumped} replaces the subject's object, as the protocol defines it).
     */
    public static Subject bitGenerator(BitGenerator bg) {
        return BitGeneratorCalls.TABLE.bind(bg);
    }

    /** {@code numpy.random.SeedSequence}. */
    public static Subject seedSequence(SeedSequence seq) {
        return SeedSequenceCalls.TABLE.bind(seq);
    }

    /** CPython's {@code random.Random}. */
    public static Subject pyRandom(PyRandom r) {
        return PyRandomCalls.TABLE.bind(r);
    }

    /**
     * A state argument in the Java form the setters take ({@code uint32} arrays as {@code int[]},
     * {@code uint64} arrays as {@code long[]}, nested dicts likewise), as the replay converts it.
     */
    public static Object stateValue(Object v) {
        return BitGeneratorCalls.stateValue(v);
    }
}
