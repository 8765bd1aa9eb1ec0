package org.nprand.bitgen;

import java.lang.reflect.InvocationTargetException;
import org.nprand.errors.ValueError;

/**
 * Bit generators by NumPy class name, as NumPy's pickling helper
 * ({@code numpy.random._pickle.BitGenerators}) maps them.
 */
public final class BitGenerators {

    private BitGenerators() {
    }

    /**
     * A new bit generator of NumPy class {@code name} ({@code "MT19937"}, {@code "PCG64"},
     * {@code "PCG64DXSM"}, {@code "Philox"}, {@code "SFC64"}), seeded from {@code seq}: the same
     * as {@code numpy.random.<name>(seq)}.
     *
     * @throws ValueError NumPy's "{name} is not a known BitGenerator module." for any other name
     */
    public static BitGenerator create(String name, SeedSequence seq) {
        switch (String.valueOf(name)) {
            case "PCG64":
                return new PCG64(seq);
            case "PCG64DXSM":
                return new PCG64DXSM(seq);
            case "Philox":
                return new Philox(seq);
            case "SFC64":
                return new SFC64(seq);
            case "MT19937":
                return reflectiveMT19937(seq);
            default:
                throw new ValueError(name + " is not a known BitGenerator module.");
        }
    }

    // TODO(lead): once MT19937 is merged, replace this with `return new MT19937(seq);`.
    private static BitGenerator reflectiveMT19937(SeedSequence seq) {
        try {
            Class<?> cls = Class.forName("org.nprand.bitgen.MT19937");
            return (BitGenerator) cls.getConstructor(SeedSequence.class).newInstance(seq);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("org.nprand.bitgen.MT19937 is not available", e);
        }
    }
}
