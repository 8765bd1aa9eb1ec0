package org.nprand.kernels;

import static org.nprand.kernels.ZigguratTables.FE_DOUBLE;
import static org.nprand.kernels.ZigguratTables.KE_DOUBLE;
import static org.nprand.kernels.ZigguratTables.WE_DOUBLE;
import static org.nprand.kernels.ZigguratTables.ZIGGURAT_EXP_R;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_standard_exponential} ({@code distributions.c}), behind
 * {@code Generator.standard_exponential} (the default {@code method='zig'}) and
 * {@code Generator.exponential}, and the exponential every other Generator kernel draws (gamma
 * with shape &lt; 1 or == 1, Pareto, Weibull, power, Rayleigh).
 *
 * <p>The ziggurat method of G. Marsaglia and W. W. Tsang ("The Ziggurat Method for Generating
 * Random Variables", Journal of Statistical Software 5(8), 2000) with 256 layers and NumPy's
 * tables {@code ke_double}, {@code we_double}, {@code fe_double} ({@link ZigguratTables}). Each
 * attempt draws one {@code next_uint64}, drops its 3 low bits, takes the next 8 as the layer
 * {@code idx} and the remaining 53 as {@code ri}; {@code x = ri * we[idx]} is returned when
 * {@code ri < ke[idx]} (about 98.9% of the time). Otherwise ({@code standard_exponential_unlikely}):
 * <ul>
 *   <li>{@code idx == 0}: the tail, {@code r - log1p(-U)} with one {@code next_double}
 *       ({@code r = 7.697...}; memorylessness);</li>
 *   <li>else one {@code next_double} {@code U} accepts {@code x} when
 *       {@code (fe[idx-1] - fe[idx]) U + fe[idx] < exp(-x)};</li>
 *   <li>else a fresh variate (C recurses; a loop here, same draws).</li>
 * </ul>
 * {@code log1p} and {@code exp} are glibc's, through {@link Libm}.
 */
public final class StandardExponential {

    private StandardExponential() {
    }

    /** One standard exponential variate. */
    public static double sample(BitSource src) {
        while (true) {
            long ri = src.nextUInt64();
            ri >>>= 3;
            int idx = (int) (ri & 0xff);
            ri >>>= 8;
            double x = ri * WE_DOUBLE[idx];
            if (ri < KE_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                // 1 - U avoids log(0) (GH 13361)
                return ZIGGURAT_EXP_R - Libm.log1p(-src.nextDouble());
            }
            if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * src.nextDouble() + FE_DOUBLE[idx] < Libm.exp(-x)) {
                return x;
            }
        }
    }

    /** {@link #sample} for each of {@code out[from, to)}: the same draws and values. */
    public static void fill(BitSource src, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = sample(src);
        }
    }
}
