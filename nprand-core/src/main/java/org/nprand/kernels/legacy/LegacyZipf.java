package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.CCast;
import org.nprand.kernels.Zipf;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_random_zipf(bitgen, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.zipf}): Devroye's rejection algorithm (Non-Uniform Random Variate
 * Generation, 1986, X.6) as in NumPy 1.16. Per try {@code U = 1 - next_double} (so U is in
 * (0, 1]), then {@code V = next_double}, {@code X = floor(U^(-1/(a-1)))}; X above
 * 2<sup>63</sup> ({@code (double) LONG_MAX}) or below 1 is rejected.
 *
 * <p>Unlike the Generator (2.1+) there is no {@code Umin} truncation and no {@code a >= 1025}
 * guard. X equal to 2<sup>63</sup> passes the range test and casts to {@code INT64_MIN}, as C
 * does on x86-64.
 *
 * <p><b>Never returns for {@code a >= 1025} (and {@code a = +inf}), as in NumPy</b> (checked:
 * {@code RandomState(0).zipf(1500.0)} hangs on NumPy 2.4.6). There {@code b = 2^(a-1)} is
 * infinite, X is always 1 (U is at least 2<sup>-53</sup>), so {@code T = b = inf} and the
 * acceptance test compares NaN with NaN and always rejects. For {@code 54 < a < 1025} it returns 1
 * after one try. A caller that must not hang has to refuse such {@code a} before calling.
 */
public final class LegacyZipf {

    /** {@code (double) LONG_MAX}: 2^63, C's conversion rounds up. */
    private static final double LONG_MAX_AS_DOUBLE = 0x1p63;

    private LegacyZipf() {
    }

    /** One Zipf variate (not validated; {@code a > 1}). */
    public static long sample(BitSource src, double a) {
        double am1 = a - 1.0;
        double b = Libm.pow(2.0, am1);
        while (true) {
            double u = 1.0 - src.nextDouble();
            double v = src.nextDouble();
            double x = Math.floor(Libm.pow(u, -1.0 / am1));
            if (x > LONG_MAX_AS_DOUBLE || x < 1.0) {
                continue;
            }
            double t = Libm.pow(1.0 + 1.0 / x, am1);
            if (v * x * (t - 1.0) / (b - 1.0) <= t / b) {
                return CCast.toInt64(x);
            }
        }
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same values and draws, through the
     * Generator's block of tries ({@link Zipf#fillTries}) with no truncation ({@code Umin} 0.0,
     * which makes its {@code U} this kernel's {@code 1 - U01}, bit for bit). Never returns for
     * {@code a >= 1025}, as {@link #sample}.
     */
    public static void fill(BitSource src, double a, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        double am1 = a - 1.0;
        Zipf.fillTries(src, am1, Libm.pow(2.0, am1), 0.0, out, from, to);
    }
}
