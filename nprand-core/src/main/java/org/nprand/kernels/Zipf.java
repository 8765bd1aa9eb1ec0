package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy 2.4.6's {@code random_zipf(bitgen, a)} ({@code distributions.c}), behind
 * {@code Generator.zipf}: Devroye's rejection algorithm (L. Devroye, Non-Uniform Random Variate
 * Generation, 1986, X.6.1) truncated to {@code [1, 2^63]}, with the changes of NumPy 2.1
 * (W. Weckesser, 2024):
 *
 * <ul>
 *   <li>{@code a >= 1025}: returns 1 with no draw (there {@code b = 2^(a-1)} overflows and the
 *       untruncated loop would never end; the legacy kernel still hangs);</li>
 *   <li>{@code U} is drawn from {@code (Umin, 1]} as {@code U01 Umin + (1 - U01)} with
 *       {@code Umin = pow((double) INT64_MAX, -(a - 1))}, so values of {@code X} that would be
 *       rejected as too large are mostly never proposed.</li>
 * </ul>
 * Per try: {@code U01 = next_double}, {@code V = next_double},
 * {@code X = floor(U^(-1/(a-1)))}; {@code X > 2^63} or {@code X < 1} is rejected, otherwise
 * accepted when {@code V X (T - 1) / (b - 1) <= T / b} with {@code T = (1 + 1/X)^(a-1)}. An
 * accepted {@code X == 2^63} converts to {@code INT64_MIN} as C's cast does on x86-64. Not
 * validated ({@code a > 1}).
 */
public final class Zipf {

    /** {@code (double) RAND_INT_MAX}: {@code INT64_MAX} rounds up to 2^63. */
    private static final double RAND_INT_MAX_AS_DOUBLE = 0x1p63;

    private Zipf() {
    }

    /** One Zipf variate (not validated). */
    public static long sample(BitSource src, double a) {
        if (a >= 1025) {
            return 1;
        }
        double am1 = a - 1.0;
        double b = Libm.pow(2.0, am1);
        double umin = Libm.pow(RAND_INT_MAX_AS_DOUBLE, -am1);
        return tries(src, am1, b, umin);
    }

    /** The rejection loop with its constants: {@code U = U01 Umin + (1 - U01)}. */
    private static long tries(BitSource src, double am1, double b, double umin) {
        while (true) {
            double u01 = src.nextDouble();
            double u = u01 * umin + (1 - u01);
            double v = src.nextDouble();
            double x = Math.floor(Libm.pow(u, -1.0 / am1));
            if (x > RAND_INT_MAX_AS_DOUBLE || x < 1.0) {
                continue;
            }
            double t = Libm.pow(1.0 + 1.0 / x, am1);
            if (v * x * (t - 1.0) / (b - 1.0) <= t / b) {
                return CCast.toInt64(x);
            }
        }
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same values and draws, the constants
     * computed once; fills of at least {@link PairedAttempts#MIN_VALUES} values go a block of
     * tries at a time ({@link #fillTries}).
     */
    public static void fill(BitSource src, double a, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (a >= 1025) {
            java.util.Arrays.fill(out, from, to, 1L);
            return;
        }
        double am1 = a - 1.0;
        fillTries(src, am1, Libm.pow(2.0, am1), Libm.pow(RAND_INT_MAX_AS_DOUBLE, -am1), out, from, to);
    }

    /**
     * The rejection loop with {@code U = U01 Umin + (1 - U01)} for each of {@code out[from, to)}
     * ({@code umin} 0.0 gives the legacy kernel's {@code U = 1 - U01}, bit for bit: {@code U01 * 0.0}
     * is +0.0 and {@code 1 - U01} is positive). A try draws two uniforms and is judged by them
     * alone, so with {@link PairedAttempts} a block of tries is drawn at once; each try's first
     * {@code pow} runs for the whole block, the second for the tries whose {@code X} is in range,
     * so the {@code pow}s do not wait on one another or on a mispredicted verdict; the accepted
     * values are then taken in order.
     */
    public static void fillTries(BitSource src, double am1, double b, double umin, long[] out, int from, int to) {
        if (to - from < PairedAttempts.MIN_VALUES) {
            for (int i = from; i < to; i++) {
                out[i] = tries(src, am1, b, umin);
            }
            return;
        }
        PairedAttempts pairs = new PairedAttempts(to - from);
        double[] uv = pairs.uv;
        long[] candidates = pairs.candidates;
        int[] accepted = pairs.accepted;
        int[] inRange = pairs.listed;
        double[] xs = new double[candidates.length];
        double exponent = -1.0 / am1;
        int i = from;
        while (i < to) {
            int m = pairs.draw(src, to - i);
            int listed = 0;
            for (int j = 0; j < m; j++) {
                double u01 = uv[2 * j];
                double x = Math.floor(Libm.pow(u01 * umin + (1 - u01), exponent));
                xs[j] = x;
                accepted[j] = 0;
                inRange[listed] = j;
                // !(x > 2^63 || x < 1): x is never NaN here (U is in (0, 1])
                listed += x <= RAND_INT_MAX_AS_DOUBLE && x >= 1.0 ? 1 : 0;
            }
            for (int k = 0; k < listed; k++) {
                int j = inRange[k];
                double x = xs[j];
                double t = Libm.pow(1.0 + 1.0 / x, am1);
                accepted[j] = uv[2 * j + 1] * x * (t - 1.0) / (b - 1.0) <= t / b ? 1 : 0;
                candidates[j] = CCast.toInt64(x);
            }
            i = pairs.pack(out, i, m);
        }
    }
}
