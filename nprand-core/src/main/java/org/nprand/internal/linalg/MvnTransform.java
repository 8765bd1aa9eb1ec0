package org.nprand.internal.linalg;

/**
 * The linear algebra of {@code RandomState.multivariate_normal} (NumPy 2.4.6, {@code mtrand.pyx}):
 * given the standard normals {@code x} it drew (shape {@code (size, n)}, row-major), computes
 * {@code (u, s, v) = svd(cov)} and returns {@code np.dot(x, np.sqrt(s)[:, None] * v) + mean}
 * with NumPy's rounding.
 *
 * <p>{@code np.dot} of two float64 matrices goes through {@code cblas_matrixproduct}: for
 * {@code n == 1} the (1, 1) factor is a scalar, multiplied in (a plain product for one row,
 * OpenBLAS {@code daxpy} into zeros, i.e. {@code fma(a, x, 0)}, for more); for one row of
 * {@code n > 1} it is {@code cblas_dgemv} (OpenBLAS {@code dgemv_n} on the transposed factor, see
 * {@link OpenBlasKernels#dgemvN}); otherwise {@code cblas_dgemm} (see {@link #dgemm}).
 *
 * <p>{@code Generator.multivariate_normal} multiplies the other way round, {@code x @ factor.T}
 * with {@code np.matmul}, which reaches different OpenBLAS kernels: see
 * {@link #transformTransposed}.
 */
public final class MvnTransform {

    private MvnTransform() {
    }

    /**
     * {@code x @ (sqrt(s)[:, None] * vh) + mean} with {@code (u, s, vh) = numpy.linalg.svd(cov)}.
     *
     * @param x the {@code size * n} standard normals, row-major
     * @param size the number of rows of {@code x}
     * @param cov the n-by-n covariance, row-major
     * @param mean the n means
     * @param n the dimension
     * @return the {@code size * n} samples, row-major
     */
    public static double[] apply(double[] x, int size, double[] cov, double[] mean, int n) {
        if (x.length != size * n || mean.length != n || cov.length != n * n) {
            throw new IllegalArgumentException("shape mismatch");
        }
        return transform(x, size, factor(Svd.decompose(cov, n)), mean, n);
    }

    /**
     * {@code multivariate_normal}'s positive-semidefiniteness check,
     * {@code np.allclose(np.dot(v.T * s, v), cov, rtol=tol, atol=tol)}, with NumPy's rounding:
     * {@code v.T * s} is F-contiguous, so {@code np.dot} calls {@code cblas_dgemm(RowMajor, Trans,
     * NoTrans)}, whose SkylakeX small-matrix kernel sums each element as an FMA chain over k from
     * zero; {@code isclose} is {@code |x - y| <= atol + rtol * |y|} and y finite, or {@code x == y}.
     * The tolerance is not validated (NumPy warns about a negative one).
     *
     * @param r {@code numpy.linalg.svd(cov)}
     * @param cov the n-by-n covariance, row-major
     * @param tol {@code multivariate_normal}'s {@code tol} (default 1e-8)
     */
    public static boolean isPsd(Svd.Result r, double[] cov, double tol) {
        int n = r.n();
        double[] v = r.vt();
        double[] s = r.s();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = 0.0;
                for (int k = 0; k < n; k++) {
                    x = Math.fma(v[k * n + i] * s[k], v[k * n + j], x);
                }
                double y = cov[i * n + j];
                boolean close = (Math.abs(x - y) <= tol + tol * Math.abs(y) && Double.isFinite(y)) || x == y;
                if (!close) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code np.sqrt(s)[:, None] * vh}, row-major. */
    public static double[] factor(Svd.Result r) {
        int n = r.n();
        double[] a = new double[n * n];
        for (int k = 0; k < n; k++) {
            double sq = Math.sqrt(r.s()[k]);
            for (int i = 0; i < n; i++) {
                a[k * n + i] = sq * r.vt()[k * n + i];
            }
        }
        return a;
    }

    /** {@code np.dot(x, a) + mean} for an n-by-n row-major {@code a}. */
    public static double[] transform(double[] x, int size, double[] a, double[] mean, int n) {
        double[] out = new double[size * n];
        if (size == 0 || n == 0) {
            return out;
        }
        if (n == 1) {
            double a00 = a[0];
            for (int j = 0; j < size; j++) {
                out[j] = size == 1 ? a00 * x[j] : Math.fma(a00, x[j], 0.0);
            }
        } else if (size == 1) {
            // cblas_dgemv(RowMajor, Trans, a): dgemv_n on a's buffer read column-major (a^T)
            OpenBlasKernels.dgemvN(n, n, a, 0, n, x, 0, 1, out, 0);
        } else {
            dgemm(x, size, a, n, out);
        }
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < n; i++) {
                out[j * n + i] = out[j * n + i] + mean[i];
            }
        }
        return out;
    }

    /**
     * {@code mean + x @ f.T} for an n-by-n row-major (C-contiguous) {@code f}, with NumPy's
     * rounding: the transform of {@code Generator.multivariate_normal}, whose factor {@code f} is
     * {@code u * sqrt(s)} ('svd'), {@code u * sqrt(abs(s))} ('eigh') or the Cholesky factor
     * ('cholesky'), all C-contiguous, so that {@code f.T} is an F-contiguous view.
     *
     * <p>{@code np.matmul} ({@code DOUBLE_matmul} in {@code umath/matmul.c.src}) dispatches on the
     * core dimensions {@code (rows, n) @ (n, n)}: with a zero dimension it loops in C (nothing to
     * sum); for {@code n == 1} it takes {@code DOUBLE_dot} (one row: {@code cblas_ddot} of one
     * element) or its own loop ({@code 0 + x f}), both {@code 0.0 + x * f}; for one row of
     * {@code n > 1} it is {@code cblas_dgemv(ColMajor, Trans, n, n, 1, f, n, x, 1, 0, out, 1)},
     * i.e. OpenBLAS {@code dgemv_t} on f's buffer ({@link OpenBlasKernels#dgemvT}); otherwise
     * {@code cblas_dgemm(RowMajor, NoTrans, Trans, rows, n, n, 1, x, n, f, n, 0, out, n)}, which
     * OpenBLAS runs column-major as {@code dgemm_tn} with {@code M = n, N = rows, K = n}. The
     * SkylakeX small-matrix TN kernel is refused for {@code K < 32} (and for {@code M N > 1200}),
     * so this is always the packed {@code dgemm_kernel_16x2}, whose every element is an FMA chain
     * over k in order from zero: {@code out[j][i] = fma(x[j][n-1], f[i][n-1], ... fma(x[j][0],
     * f[i][0], 0))}, at any size (multithreading splits rows, never k). The mean is added last,
     * {@code mean[i] + y[j][i]}.
     *
     * @param x the {@code rows * n} standard normals, row-major
     * @param rows the number of rows of {@code x}
     * @param f the n-by-n factor, row-major
     * @param mean the n means
     * @param n the dimension
     * @return the {@code rows * n} samples, row-major
     */
    public static double[] transformTransposed(double[] x, int rows, double[] f, double[] mean, int n) {
        if (x.length != rows * n || mean.length != n || f.length != n * n) {
            throw new IllegalArgumentException("shape mismatch");
        }
        double[] out = new double[rows * n];
        transformTransposedRows(x, 0, rows, rows, f, mean, n, out, 0);
        return out;
    }

    /**
     * Rows {@code [0, rows)} of {@link #transformTransposed} for a call of {@code callRows} rows,
     * from {@code x[xOff...]} into {@code out[outOff...]}: every row depends on its own normals
     * and the factor only (the FMA chain never crosses rows), except that a call of exactly one
     * row takes {@code dgemv}'s order, so rows of a long call can be transformed in any pieces.
     *
     * @param callRows the number of rows of the NumPy call these rows belong to
     */
    public static void transformTransposedRows(double[] x, int xOff, int rows, long callRows, double[] f,
                                               double[] mean, int n, double[] out, int outOff) {
        if (rows == 0 || n == 0) {
            return;
        }
        if (n == 1) {
            double f00 = f[0];
            for (int j = 0; j < rows; j++) {
                out[outOff + j] = 0.0 + x[xOff + j] * f00;
            }
        } else if (callRows == 1) {
            if (rows != 1) {
                throw new IllegalArgumentException(rows + " rows of a call of one row");
            }
            OpenBlasKernels.dgemvT(n, n, f, 0, n, x, xOff, 1, out, outOff);
        } else {
            for (int j = 0; j < rows; j++) {
                int xr = xOff + j * n;
                int or = outOff + j * n;
                for (int i = 0; i < n; i++) {
                    int fr = i * n;
                    double acc = 0.0;
                    for (int k = 0; k < n; k++) {
                        acc = Math.fma(x[xr + k], f[fr + k], acc);
                    }
                    out[or + i] = acc;
                }
            }
        }
        for (int j = 0; j < rows; j++) {
            int or = outOff + j * n;
            for (int i = 0; i < n; i++) {
                out[or + i] = mean[i] + out[or + i];
            }
        }
    }

    /**
     * {@code out = x @ a} (x: size-by-n, a: n-by-n, row-major) as {@code cblas_dgemm(RowMajor, NN)}
     * computes it with OpenBLAS's SkylakeX kernels: in OpenBLAS's column-major view this is
     * {@code C (n x size) = A' (n x n) B' (n x size)}, M = K = n, N = size. Beyond
     * {@code M N K = 10^6} the packed 16x2 kernel accumulates every element as an FMA chain over
     * k in order, from zero; up to it, {@code dgemm_small_kernel_b0_nn} does the same for the rows
     * (output columns) below {@code M & ~7}, and for the last {@code M mod 8} too when there are
     * more than four of them or {@code K < 16}. Otherwise those last rows are dot products with
     * eight lanes (lane l sums k = l, l + 8, ..., the leftover k going to lanes 0, 1, ...), reduced
     * as {@code ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7))} in four-row blocks and four-column
     * blocks, and by {@code _mm512_reduce_add_pd}, {@code ((l4 + l0) + (l6 + l2)) + ((l5 + l1) +
     * (l7 + l3))}, for the rest.
     */
    static void dgemm(double[] x, int size, double[] a, int n, double[] out) {
        int m8 = n & ~7;
        int mm = n - m8;
        boolean small = (double) n * (double) size * (double) n <= 1e6;
        boolean dotStyle = small && mm > 0 && mm <= 4 && n >= 16;
        int m4 = m8 + (mm & ~3);
        int n4 = size & ~3;
        double[] l = new double[8];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < n; i++) {
                if (!dotStyle || i < m8) {
                    double acc = 0.0;
                    for (int k = 0; k < n; k++) {
                        acc = Math.fma(x[j * n + k], a[k * n + i], acc);
                    }
                    out[j * n + i] = acc;
                    continue;
                }
                java.util.Arrays.fill(l, 0.0);
                int k8 = n & ~7;
                for (int k = 0; k < k8; k++) {
                    l[k & 7] = Math.fma(x[j * n + k], a[k * n + i], l[k & 7]);
                }
                for (int k = k8; k < n; k++) {
                    l[k - k8] = Math.fma(x[j * n + k], a[k * n + i], l[k - k8]);
                }
                if (i < m4 || j < n4) {
                    out[j * n + i] = ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]));
                } else {
                    out[j * n + i] = ((l[4] + l[0]) + (l[6] + l[2])) + ((l[5] + l[1]) + (l[7] + l[3]));
                }
            }
        }
    }
}
