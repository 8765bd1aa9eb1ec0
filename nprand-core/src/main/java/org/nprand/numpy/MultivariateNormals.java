package org.nprand.numpy;

import org.nprand.errors.NotImplementedError;
import org.nprand.errors.ValueError;
import org.nprand.internal.linalg.Svd;

/**
 * The parts of {@code multivariate_normal} that RandomState and Generator share (the factor and its
 * checks: {@link org.nprand.internal.linalg.MvnFactor}).
 */
final class MultivariateNormals {

    private MultivariateNormals() {
    }

    /**
     * NumPy's shape checks on {@code mean} and {@code cov}, in its order, and {@code cov} flat
     * (row-major).
     */
    static double[] flatCov(double[] mean, double[][] cov) {
        int n = mean.length;
        if (cov.length != n) {
            for (double[] row : cov) {
                if (row.length != cov.length) {
                    throw new ValueError("cov must be 2 dimensional and square");
                }
            }
            throw new ValueError("mean and cov must have same length");
        }
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (cov[i].length != n) {
                throw new ValueError("cov must be 2 dimensional and square");
            }
            System.arraycopy(cov[i], 0, flat, i * n, n);
        }
        return flat;
    }

    /** What nprand cannot reproduce: more than 25 dimensions, or a cov that is not finite. */
    static void checkSupported(int n, double[] cov) {
        if (n > Svd.MAX_N) {
            throw new NotImplementedError("nprand's multivariate_normal reproduces LAPACK for up to " + Svd.MAX_N
                    + " dimensions, not " + n);
        }
        for (double c : cov) {
            if (!Double.isFinite(c)) {
                throw new NotImplementedError("nprand's multivariate_normal needs a finite cov");
            }
        }
    }
}
