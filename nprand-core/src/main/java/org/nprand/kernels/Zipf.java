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
}
