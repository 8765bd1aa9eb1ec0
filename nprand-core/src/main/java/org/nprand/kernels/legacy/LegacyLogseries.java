package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.CCast;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_logseries(bitgen, p)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.logseries}): Kemp's second accelerated generator (LK) as in NumPy 1.16, with
 * {@code r = log(1 - p)} and {@code q = 1 - exp(r U)} (the Generator uses {@code log1p} and
 * {@code expm1}). Draws {@code V}, returns 1 if {@code V >= p}, else draws {@code U}; values from
 * {@code floor(1 + log(V) / log(q))} below 1, and {@code V == 0}, start over with a new {@code V}.
 */
public final class LegacyLogseries {

    private LegacyLogseries() {
    }

    /** One logarithmic-series variate on {1, 2, ...} (not validated). */
    public static long sample(BitSource src, double p) {
        return sample(src, p, Libm.log(1.0 - p));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, with
     * {@code r = log(1.0 - p)} computed once (C computes it for every value).
     */
    public static void fill(BitSource src, double p, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        double r = Libm.log(1.0 - p);
        for (int i = from; i < to; i++) {
            out[i] = sample(src, p, r);
        }
    }

    /** One variate given {@code r = log(1.0 - p)}. */
    private static long sample(BitSource src, double p, double r) {
        while (true) {
            double v = src.nextDouble();
            if (v >= p) {
                return 1;
            }
            double u = src.nextDouble();
            double q = 1.0 - Libm.exp(r * u);
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
