package org.nprand.kernels;

import static org.nprand.kernels.ZigguratTables.FI_DOUBLE;
import static org.nprand.kernels.ZigguratTables.KI_DOUBLE;
import static org.nprand.kernels.ZigguratTables.WI_DOUBLE;
import static org.nprand.kernels.ZigguratTables.ZIGGURAT_NOR_INV_R;
import static org.nprand.kernels.ZigguratTables.ZIGGURAT_NOR_R;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_standard_normal} ({@code distributions.c}), behind
 * {@code Generator.standard_normal} and {@code Generator.normal}, and the normal every other
 * Generator kernel draws (gamma with shape &gt; 1, t, Cauchy, Wald, ...).
 *
 * <p>The ziggurat method of G. Marsaglia and W. W. Tsang ("The Ziggurat Method for Generating
 * Random Variables", Journal of Statistical Software 5(8), 2000) with 256 layers and NumPy's
 * tables {@code ki_double}, {@code wi_double}, {@code fi_double} ({@link ZigguratTables}). Each
 * attempt draws one {@code next_uint64} {@code r}: bits 0-7 are the layer {@code idx}, bit 8 the
 * sign, bits 9-60 the 52-bit {@code rabs}; {@code x = ±rabs * wi[idx]} is returned at once when
 * {@code rabs < ki[idx]} (about 99.3% of the time). Otherwise:
 * <ul>
 *   <li>{@code idx == 0}: the tail beyond {@code r = 3.654...} by Marsaglia's method, pairs of
 *       {@code next_double}: {@code xx = -log1p(-U1)/r}, {@code yy = -log1p(-U2)} until
 *       {@code 2 yy > xx^2}; the sign comes from bit 8 of {@code rabs} (not the sign bit);</li>
 *   <li>else one {@code next_double} {@code U} accepts {@code x} when
 *       {@code (fi[idx-1] - fi[idx]) U + fi[idx] < exp(-x^2/2)}; a rejection starts over with a
 *       fresh {@code next_uint64}.</li>
 * </ul>
 * {@code log1p} and {@code exp} are glibc's, through {@link Libm}.
 */
public final class StandardNormal {

    private StandardNormal() {
    }

    /** One standard normal variate. */
    public static double sample(BitSource src) {
        while (true) {
            long r = src.nextUInt64();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            long sign = r & 0x1;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;
            // -x flips the sign bit, exactly; done without a branch (the sign is a coin flip
            // the CPU cannot predict)
            double x = Double.longBitsToDouble(Double.doubleToRawLongBits(rabs * WI_DOUBLE[idx]) ^ (sign << 63));
            if (rabs < KI_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                while (true) {
                    // C: -ziggurat_nor_inv_r * npy_log1p(-U); 1 - U avoids log(0) (GH 13361)
                    double xx = -ZIGGURAT_NOR_INV_R * Libm.log1p(-src.nextDouble());
                    double yy = -Libm.log1p(-src.nextDouble());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 0x1) != 0 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
                    }
                }
            }
            if (((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * src.nextDouble() + FI_DOUBLE[idx])
                    < Libm.exp(-0.5 * x * x)) {
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
