package org.nprand.kernels;

import java.util.Arrays;

import org.nprand.bitgen.BitSource;

/**
 * NumPy 2.4.6's {@code Generator.dirichlet(alpha, size)} ({@code _generator.pyx}; the algorithm
 * lives in Cython, there is no C kernel), one or more variates of {@code k = alpha.length}
 * components:
 *
 * <ul>
 *   <li>{@code k > 0} and {@code max(alpha) < 0.1} (NumPy 1.19+, B. Trendelkamp-Schroer; the
 *       threshold keeps the probability that all gammas underflow to 0, and the result is 0/0,
 *       below about {@code 1.8e-31}): stick breaking with betas. With
 *       {@code csum[j] = alpha[j] + ... + alpha[k-1]} (summed right to left), each component
 *       {@code j < k - 1} is {@code acc * v} with {@code v = random_beta(alpha[j], csum[j + 1])},
 *       then {@code acc *= 1 - v}; the loop stops after a component whose {@code csum[j + 1]}
 *       is 0 (the rest stays 0) and the last component is {@code acc}. If every alpha is 0
 *       ({@code csum == 0}) the variate is all zeros and nothing is drawn.</li>
 *   <li>otherwise (including a NaN alpha, whose max is NaN): {@code k} standard gammas
 *       {@code random_standard_gamma(alpha[j])}, summed left to right into {@code acc}, each
 *       multiplied by {@code 1 / acc}.</li>
 * </ul>
 * The Generator's {@code random_beta} (Johnk, with the {@code 3e-103} shortcut) and standard gamma
 * (Marsaglia-Tsang) are used, not the legacy ones. Not validated (NumPy rejects negative alphas
 * and, for {@code RandomState} only, zeros).
 */
public final class Dirichlet {

    /** The small-alpha threshold of {@code Generator.dirichlet}. */
    private static final double SMALL_ALPHA = 0.1;

    private Dirichlet() {
    }

    /** One variate into {@code out[offset, offset + alpha.length)} (not validated). */
    public static void sample(BitSource src, double[] alpha, double[] out, int offset) {
        sample(src, alpha, 1, out, offset);
    }

    /**
     * {@code numVariates} variates, one after the other, into
     * {@code out[offset, offset + numVariates * alpha.length)}. Every entry of the range is
     * written (entries NumPy leaves at their {@code np.zeros} value are set to 0).
     */
    public static void sample(BitSource src, double[] alpha, long numVariates, double[] out, int offset) {
        int k = alpha.length;
        int end = Math.toIntExact(offset + numVariates * k);
        if (k == 0) {
            return;
        }
        if (max(alpha) < SMALL_ALPHA) {
            Arrays.fill(out, offset, end, 0.0);
            double[] csumArr = new double[k];
            double csum = 0.0;
            for (int j = k - 1; j >= 0; j--) {
                csum += alpha[j];
                csumArr[j] = csum;
            }
            if (!(csum > 0)) {
                return;
            }
            for (int i = offset; i < end; i += k) {
                double acc = 1.;
                for (int j = 0; j < k - 1; j++) {
                    double v = Beta.sample(src, alpha[j], csumArr[j + 1]);
                    out[i + j] = acc * v;
                    acc *= (1. - v);
                    if (csumArr[j + 1] == 0) {
                        // v must be 1, so acc is now 0: the remaining entries stay 0
                        break;
                    }
                }
                out[i + k - 1] = acc;
            }
        } else {
            for (int i = offset; i < end; i += k) {
                double acc = 0.;
                for (int j = 0; j < k; j++) {
                    out[i + j] = StandardGamma.sample(src, alpha[j]);
                    acc = acc + out[i + j];
                }
                double invacc = 1. / acc;
                for (int j = 0; j < k; j++) {
                    out[i + j] = out[i + j] * invacc;
                }
            }
        }
    }

    /** {@code ndarray.max()}: NaN if any entry is NaN. */
    private static double max(double[] a) {
        double m = a[0];
        for (double x : a) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            if (x > m) {
                m = x;
            }
        }
        return m;
    }
}
