package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's standard exponential kernels. For now the legacy one ({@code RandomState}); the
 * Generator's ziggurat ({@code random_standard_exponential}) belongs here too.
 */
public final class Exponential {

    private Exponential() {
    }

    /**
     * NumPy's {@code legacy_standard_exponential}: {@code -log(1 - U)} with one
     * {@code next_double} and C's (glibc's) {@code log}, not {@code log1p}.
     */
    public static double legacyStandard(BitSource src) {
        return -Libm.log(1.0 - src.nextDouble());
    }

    /** {@link #legacyStandard} over {@code out[from, to)}, in order. */
    public static void legacyStandardFill(BitSource src, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = -Libm.log(1.0 - src.nextDouble());
        }
    }
}
