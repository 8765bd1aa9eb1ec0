package org.nprand.kernels;

import org.nprand.math.Libm;

/**
 * NumPy's {@code random_loggam} ({@code distributions.c}): {@code log(Gamma(x))} for the
 * samplers that need log-factorials (Poisson PTRS, the legacy hypergeometric). Draws nothing.
 *
 * <p>The method is the asymptotic Stirling series of Zhang and Jin ("Computation of Special
 * Functions", 1996, the SPECFUN routine {@code LGAMA}): for {@code x < 7} the argument is first
 * shifted up by {@code n = (int)(7 - x)} and the {@code n} logarithms are subtracted afterwards.
 * It is not {@code lgamma}; its last bits are what NumPy's streams depend on, so the operation
 * order is kept exactly.
 */
public final class Loggam {

    /** The series coefficients {@code B(2k) / (2k (2k-1))}, k = 1..10, as NumPy writes them. */
    private static final double[] A = {
            8.333333333333333e-02, -2.777777777777778e-03,
            7.936507936507937e-04, -5.952380952380952e-04,
            8.417508417508418e-04, -1.917526917526918e-03,
            6.410256410256410e-03, -2.955065359477124e-02,
            1.796443723688307e-01, -1.39243221690590e+00};

    /** {@code log(2 pi)} as the C literal. */
    private static final double LG2PI = 1.8378770664093453e+00;

    private Loggam() {
    }

    /** {@code random_loggam(x)}: 0 for {@code x == 1} or {@code 2}, else the shifted series. */
    public static double of(double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        // C truncates 7 - x toward zero (not floor) when it converts to RAND_INT_TYPE.
        long n = x < 7.0 ? CCast.toInt64(7 - x) : 0;
        double x0 = x + n;
        double x2 = (1.0 / x0) * (1.0 / x0);
        double gl0 = A[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += A[k];
        }
        // Summed left to right, as C evaluates the expression.
        double gl = gl0 / x0 + 0.5 * LG2PI + (x0 - 0.5) * Libm.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= Libm.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }
}
