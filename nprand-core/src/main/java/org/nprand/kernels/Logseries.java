package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy 2.4.6's {@code random_logseries(bitgen, p)} ({@code distributions.c}), behind
 * {@code Generator.logseries}: Kemp's second accelerated generator LK (A. W. Kemp, "Efficient
 * generation of logarithmically distributed pseudo-random variables", Appl. Statist. 30, 1981),
 * with {@code r = log1p(-p)} and {@code q = -expm1(r U)} (the legacy kernel uses {@code log} and
 * {@code exp}).
 *
 * <p>Per try: {@code V = next_double}; {@code V >= p} returns 1. Else {@code U = next_double},
 * {@code q = -expm1(r U)}; if {@code V <= q^2}, {@code floor(1 + log(V) / log(q))} is returned
 * unless it is below 1 (or {@code V == 0}), in which case the try starts over; else 1 if
 * {@code V >= q}, otherwise 2. Not validated ({@code 0 <= p < 1}); {@code p == 0} returns 1 after
 * one draw.
 */
public final class Logseries {

    private Logseries() {
    }

    /** One logarithmic-series variate on {1, 2, ...} (not validated). */
    public static long sample(BitSource src, double p) {
        return sample(src, p, Libm.log1p(-p));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, with
     * {@code r = log1p(-p)} computed once (C computes it for every value).
     */
    public static void fill(BitSource src, double p, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        double r = Libm.log1p(-p);
        for (int i = from; i < to; i++) {
            out[i] = sample(src, p, r);
        }
    }

    /** One variate given {@code r = log1p(-p)}. */
    private static long sample(BitSource src, double p, double r) {
        while (true) {
            double v = src.nextDouble();
            if (v >= p) {
                return 1;
            }
            double u = src.nextDouble();
            double q = -Libm.expm1(r * u);
            if (v <= q * q) {
                long result = CCast.toInt64(Math.floor(1 + Libm.log(v) / Libm.log(q)));
                if ((result < 1) || (v == 0.0)) {
                    continue;
                }
                return result;
            }
            if (v >= q) {
                return 1;
            }
            return 2;
        }
    }
}
