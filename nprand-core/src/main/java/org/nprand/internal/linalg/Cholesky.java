package org.nprand.internal.linalg;

/**
 * {@code numpy.linalg.cholesky(a)} (lower) for a small float64 matrix, reproducing what NumPy 2.4.6's
 * wheels compute: {@code dpotrf('L')}, which in the bundled OpenBLAS 0.3.31 is OpenBLAS's own
 * implementation, not reference LAPACK's: for {@code n <= DTB_ENTRIES / 2 = 32} (one thread below
 * 64) it is the unblocked {@code potf2_L}, column by column:
 * {@code ajj = a[j][j] - ddot(j, row j, row j)} (a strided dot product), failing when
 * {@code ajj <= 0}; {@code ajj = sqrt(ajj)}; the column below the diagonal updated by
 * {@code dgemv_n} with {@code alpha = -1} and the row as a strided x; then scaled by
 * {@code dscal(1 / ajj)}. NumPy then zeroes the strict upper triangle. Only the lower triangle of
 * {@code a} is read. The summation orders are OpenBLAS's SkylakeX kernels
 * ({@link OpenBlasKernels#ddot}, {@link OpenBlasKernels#dgemvNAcc}).
 */
public final class Cholesky {

    /** The largest order handled here (OpenBLAS's blocked path starts above 32). */
    public static final int MAX_N = 32;

    private Cholesky() {
    }

    /**
     * The lower Cholesky factor of the n-by-n row-major {@code a} (left unmodified), row-major,
     * with zeros above the diagonal, as {@code numpy.linalg.cholesky(a)} returns it.
     *
     * @throws IllegalArgumentException if {@code n} is outside {@code [0, MAX_N]} or the array has
     *     the wrong length
     * @throws ArithmeticException if the matrix is not positive definite ({@code dpotrf}'s INFO > 0;
     *     NumPy raises {@code LinAlgError("Matrix is not positive definite")})
     */
    public static double[] lower(double[] a, int n) {
        if (n < 0 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in [0, " + MAX_N + "], got " + n);
        }
        if (a.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " elements, got " + a.length);
        }
        // column-major copy (NumPy's linearize_matrix): A(i, j) = a[i][j]
        double[] am = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                am[i + j * n] = a[i * n + j];
            }
        }
        int info = potf2Lower(n, am, n);
        if (info != 0) {
            throw new ArithmeticException("Matrix is not positive definite");
        }
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                l[i * n + j] = am[i + j * n];
            }
        }
        return l;
    }

    /** OpenBLAS's {@code potf2_L}: returns 0, or the 1-based column where {@code ajj <= 0}. */
    static int potf2Lower(int n, double[] a, int lda) {
        for (int j = 0; j < n; j++) {
            int jj = j + j * lda;
            double ajj = a[jj] - OpenBlasKernels.ddot(j, a, j, lda, a, j, lda);
            if (ajj <= 0.0) {
                a[jj] = ajj;
                return j + 1;
            }
            ajj = Math.sqrt(ajj);
            a[jj] = ajj;
            int i = n - j - 1;
            if (i > 0) {
                OpenBlasKernels.dgemvNAcc(i, j, -1.0, a, j + 1, lda, a, j, lda, a, jj + 1);
                OpenBlasKernels.dscal(i, 1.0 / ajj, a, jj + 1, 1);
            }
        }
        return 0;
    }
}
