package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.Uniform;
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

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the uniforms
     * drawn a block at a time first and then transformed (see {@code Uniform.fillPositive} for
     * why).
     */
    public static void fill(BitSource src, double mode, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            src.fillDouble(out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = mode * Math.sqrt(-2.0 * Libm.log1p(-out[i]));
            }
        }
    }
}
