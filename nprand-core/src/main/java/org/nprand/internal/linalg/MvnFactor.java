package org.nprand.internal.linalg;

import org.nprand.errors.LinAlgError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.WarningHandler;

/**
 * The factor of {@code cov} that {@code multivariate_normal} multiplies its standard normals by,
 * with NumPy's {@code check_valid} handling: the one home of it for {@code RandomState},
 * {@code Generator} and the parallel plans ({@code org.nprand.parallel.MultivariateNormalSpec}),
 * so that a chunked call can never use another factor than the sequential one.
 */
public final class MvnFactor {

    private MvnFactor() {
    }

    /**
     * {@code Generator.multivariate_normal}'s {@code _factor} for {@code method}, C-contiguous
     * (row-major n x n), after its checks: {@code (u, s, vh) = svd(cov)}, {@code u * sqrt(s)} for
     * {@code "svd"} (check {@code allclose(dot(vh.T * s, vh), cov, rtol=tol, atol=tol)});
     * {@code (s, u) = eigh(cov)}, {@code u * sqrt(abs(s))} for {@code "eigh"} (check
     * {@code not any(s < -tol)}); {@code cholesky(cov)} for {@code "cholesky"} (no check, and
     * {@code check_valid} not even validated). A failed check goes to {@code warnings}
     * ({@code "warn"}) or raises NumPy's {@code ValueError} ({@code "raise"}).
     *
     * @param method {@code "svd"}, {@code "eigh"} or {@code "cholesky"} (validated by the caller)
     * @throws LinAlgError when the decomposition fails, with NumPy's message
     */
    public static double[] generatorFactor(double[] cov, int n, String method, String checkValid, double tol,
                                           WarningHandler warnings) {
        double[] factor = new double[n * n];
        if ("svd".equals(method)) {
            Svd.Result svd = svdChecked(cov, n, checkValid, tol, warnings);
            scaleColumns(svd.u(), svd.s(), n, factor);
        } else if ("eigh".equals(method)) {
            SymmetricEigen.Result eig;
            try {
                eig = SymmetricEigen.decompose(cov, n);
            } catch (ArithmeticException e) {
                throw new LinAlgError("Eigenvalues did not converge");
            }
            double[] w = eig.w();
            if (checkValidWanted(checkValid)) {
                boolean psd = true;
                for (double s : w) {
                    if (s < -tol) {
                        psd = false;
                    }
                }
                reportIfNotPsd(psd, checkValid, warnings);
            }
            double[] abs = new double[n];
            for (int k = 0; k < n; k++) {
                abs[k] = Math.abs(w[k]);
            }
            scaleColumns(eig.v(), abs, n, factor);
        } else {
            try {
                factor = Cholesky.lower(cov, n);
            } catch (ArithmeticException e) {
                throw new LinAlgError("Matrix is not positive definite");
            }
        }
        return factor;
    }

    /** {@code u * sqrt(s)}: column {@code k} of {@code u} times {@code sqrt(s[k])}, into {@code out}. */
    private static void scaleColumns(double[] u, double[] s, int n, double[] out) {
        for (int k = 0; k < n; k++) {
            double sq = Math.sqrt(s[k]);
            for (int i = 0; i < n; i++) {
                out[i * n + k] = u[i * n + k] * sq;
            }
        }
    }

    /**
     * {@code svd(cov)}, then NumPy's {@code check_valid} handling: {@code "ignore"}, or the
     * positive-semidefinite test with a warning ({@code "warn"}) or a {@code ValueError}
     * ({@code "raise"}). {@code RandomState}'s and {@code Generator}'s {@code 'svd'} share it.
     */
    public static Svd.Result svdChecked(double[] cov, int n, String checkValid, double tol, WarningHandler warnings) {
        Svd.Result svd;
        try {
            svd = Svd.decompose(cov, n);
        } catch (ArithmeticException e) {
            throw new LinAlgError("SVD did not converge");
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
    public static boolean checkValidWanted(String checkValid) {
        if ("ignore".equals(checkValid)) {
            return false;
        }
        if (!"warn".equals(checkValid) && !"raise".equals(checkValid)) {
            throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
        }
        return true;
    }

    /** A failed positive-semidefiniteness check: a RuntimeWarning ({@code "warn"}) or a ValueError. */
    private static void reportIfNotPsd(boolean psd, String checkValid, WarningHandler warnings) {
        if (!psd) {
            if ("warn".equals(checkValid)) {
                warnings.warn("RuntimeWarning", "covariance is not symmetric positive-semidefinite.");
            } else {
                throw new ValueError("covariance is not symmetric positive-semidefinite.");
            }
        }
    }
}
