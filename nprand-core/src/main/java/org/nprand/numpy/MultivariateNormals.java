package org.nprand.numpy;

import org.nprand.errors.NotImplementedError;
import org.nprand.errors.ValueError;
import org.nprand.internal.linalg.MvnTransform;
import org.nprand.internal.linalg.Svd;

/** The parts of {@code multivariate_normal} that RandomState and Generator share. */
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

    /**
     * {@code svd(cov)}, then NumPy's {@code check_valid} handling: {@code "ignore"}, or the
     * positive-semidefinite test with a warning ({@code "warn"}) or a {@code ValueError}
     * ({@code "raise"}).
     */
    static Svd.Result decomposeAndCheck(double[] cov, int n, String checkValid, double tol, WarningHandler warnings) {
        Svd.Result svd;
        try {
            svd = Svd.decompose(cov, n);
        } catch (ArithmeticException e) {
            throw new org.nprand.errors.LinAlgError("SVD did not converge");
        }
        if (checkValidWanted(checkValid)) {
            reportIfNotPsd(MvnTransform.isPsd(svd, cov, tol), checkValid, warnings);
        }
        return svd;
    }

    /**
     * NumPy's {@code if check_valid != 'ignore'} with the value check that follows it: false for
     * {@code "ignore"}, true for {@code "warn"} and {@code "raise"}, a {@code ValueError} otherwise.
     */
    static boolean checkValidWanted(String checkValid) {
        if ("ignore".equals(checkValid)) {
            return false;
        }
        if (!"warn".equals(checkValid) && !"raise".equals(checkValid)) {
            throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
        }
        return true;
    }

    /** A failed positive-semidefiniteness check: a RuntimeWarning ({@code "warn"}) or a ValueError. */
    static void reportIfNotPsd(boolean psd, String checkValid, WarningHandler warnings) {
        if (!psd) {
            if ("warn".equals(checkValid)) {
                warnings.warn("RuntimeWarning", "covariance is not symmetric positive-semidefinite.");
            } else {
                throw new ValueError("covariance is not symmetric positive-semidefinite.");
            }
        }
    }
}
