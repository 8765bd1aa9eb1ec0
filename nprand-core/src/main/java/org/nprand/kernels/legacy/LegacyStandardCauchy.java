package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_standard_cauchy(aug)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.standard_cauchy}): the ratio of two legacy Gaussians. C does not fix the
 * order of the two calls in {@code gauss / gauss}; NumPy's GCC build draws the numerator first
 * (so the numerator is the second value of a fresh polar pair or the cached one), as here.
 */
public final class LegacyStandardCauchy {

    /** Values per block of {@link #fill}. */
    private static final int BLOCK = 512;

    private LegacyStandardCauchy() {
    }

    /** One standard Cauchy variate. */
    public static double sample(AugmentedBitSource aug) {
        double num = LegacyGauss.sample(aug);
        return num / LegacyGauss.sample(aug);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the Gaussians two per value, in order,
     * from {@link LegacyGauss#fill} a block at a time (its pairs' logarithms and square roots
     * overlap, where each value's two calls wait on each other's rejection loops), then the
     * ratios. The same draws, values and Gaussian cache after as the per-value calls.
     */
    public static void fill(AugmentedBitSource aug, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        double[] gauss = new double[2 * Math.min(to - from, BLOCK)];
        for (int i = from; i < to; ) {
            int m = Math.min(to - i, BLOCK);
            LegacyGauss.fill(aug, gauss, 0, 2 * m);
            for (int k = 0; k < m; k++) {
                out[i + k] = gauss[2 * k] / gauss[2 * k + 1];
            }
            i += m;
        }
    }
}
