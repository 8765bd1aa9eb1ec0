package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_rayleigh(bitgen, mode)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.rayleigh}): inversion, {@code mode * sqrt(-2 * log1p(-U))} with one
 * {@code next_double} from the bare bit source (no gauss cache involved). NumPy 1.21 changed the
 * legacy {@code log(1 - U)} to {@code log1p(-U)}, so this is not the 1.16 formula.
 */
public final class LegacyRayleigh {

    private LegacyRayleigh() {
    }

    /** One Rayleigh variate (not validated). */
    public static double sample(BitSource src, double mode) {
        return mode * Math.sqrt(-2.0 * Libm.log1p(-src.nextDouble()));
    }
}
