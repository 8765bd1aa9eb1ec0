package org.nprand.internal.linalg;

/**
 * {@code numpy.linalg.svd(a)} (full matrices) for a small square float64 matrix, reproducing what
 * NumPy 2.4.6's wheels compute: LAPACK {@code dgesdd} with {@code JOBZ = 'A'} from the bundled
 * OpenBLAS 0.3.31 (scipy-openblas), which is reference LAPACK 3.12 Fortran over OpenBLAS's BLAS
 * kernels. Singular vectors come out with LAPACK's signs and, for repeated singular values,
 * LAPACK's order, which is what {@code RandomState.multivariate_normal} needs: its samples are
 * {@code x @ (sqrt(s)[:, None] * vh) + mean}.
 *
 * <p>The path taken, for {@code 2 <= n <= 25} (NumPy passes A column-major, so LAPACK sees A
 * itself): scale A into [2^-459, 2^459] if its largest magnitude lies outside (DLANGE, DLASCL);
 * DGEBRD, which below its crossover of 128 is the unblocked DGEBD2 (Householder reflectors from
 * DLARFG applied by DLARF, i.e. DNRM2, DGEMV, DGER); DBDSDC('U', 'I'), which for
 * {@code n <= SMLSIZ = 25} runs DLASDQ, i.e. DBDSQR (implicit zero-shift or shifted QR with DLARTG,
 * DLAS2, DLASV2, DLASR and DROT) plus two selection sorts; DORMBR to apply Q to U and P^T to VT
 * (the unblocked DORM2R and DORML2, as {@code n < 32}); and finally the singular values scaled
 * back. For {@code n = 1} DGESDD takes its QR path, which reduces to {@code u = sign(a)},
 * {@code s = |a|}, {@code vt = 1}.
 *
 * <p>These routines are ported from reference LAPACK (BSD-3-Clause; see {@link Lapack}) and the
 * BLAS calls follow the SkylakeX kernels of OpenBLAS (BSD-3-Clause; see {@link OpenBlasKernels}),
 * operation for operation, including which products are fused into FMAs and the x87 extended
 * precision of {@code dnrm2}. On machines where NumPy's OpenBLAS picks another core (Haswell/Zen
 * without AVX-512, or older) NumPy itself rounds differently: its singular values move by ulps, its
 * vectors by up to {@code eps / gap} (more where singular values nearly repeat).
 */
public final class Svd {

    /** The largest order handled: DBDSDC's SMLSIZ; larger matrices take LAPACK's divide and conquer. */
    public static final int MAX_N = 25;

    private Svd() {
    }

    /**
     * The result of {@link #decompose}: {@code a = u @ diag(s) @ vt}, as NumPy returns
     * {@code (u, s, vh)}; {@code u} and {@code vt} are n-by-n row-major, {@code s} is descending.
     */
    public record Result(int n, double[] u, double[] s, double[] vt) {
    }

    /**
     * The SVD of the n-by-n row-major matrix {@code a} (left unmodified), as
     * {@code numpy.linalg.svd(a)} returns it.
     *
     * @throws IllegalArgumentException if {@code n} is outside {@code [0, MAX_N]}, the array has
     *     the wrong length or an element is NaN or infinite (NumPy's LAPACK call fails on those
     *     and {@code svd} raises {@code LinAlgError})
     * @throws ArithmeticException if the QR iteration does not converge (NumPy raises
     *     {@code LinAlgError("SVD did not converge")})
     */
    public static Result decompose(double[] a, int n) {
        if (n < 0 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in [0, " + MAX_N + "], got " + n);
        }
        if (a.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " elements, got " + a.length);
        }
        if (n == 0) {
            return new Result(0, new double[0], new double[0], new double[0]);
        }
        // column-major copy (what numpy's linearize_matrix hands to LAPACK)
        double[] am = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i * n + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix contains NaN or infinity");
                }
                am[i + j * n] = v;
            }
        }
        final double smlnum = Math.sqrt(Lapack.SAFMIN) / Lapack.PREC;
        final double bignum = 1.0 / smlnum;
        double anrm = Lapack.dlangeMax(n, n, am, n);
        boolean iscl = false;
        if (anrm > 0.0 && anrm < smlnum) {
            iscl = true;
            Lapack.dlascl(anrm, smlnum, n, n, am, 0, n);
        } else if (anrm > bignum) {
            iscl = true;
            Lapack.dlascl(anrm, bignum, n, n, am, 0, n);
        }
        double[] s = new double[n];
        double[] u = new double[n * n];
        double[] vt = new double[n * n];
        if (n == 1) {
            // path 4 (M >= MNTHR = 1): QR of a 1x1 (tau = 0), DBDSDC's N = 1 case
            u[0] = Math.copySign(1.0, am[0]);
            vt[0] = 1.0;
            s[0] = Math.abs(am[0]);
        } else {
            double[] e = new double[n];
            double[] tauq = new double[n];
            double[] taup = new double[n];
            double[] work = new double[n];
            Lapack.dgebd2(n, n, am, n, s, e, tauq, taup, work);
            int info = Lapack.dbdsdcSmall(n, s, e, u, n, vt, n);
            if (info != 0) {
                throw new ArithmeticException("SVD did not converge");
            }
            Lapack.applyQ(n, am, n, tauq, u, n, work);
            Lapack.applyPt(n, am, n, taup, vt, n, work);
        }
        if (iscl) {
            if (anrm > bignum) {
                Lapack.dlascl(bignum, anrm, n, 1, s, 0, n);
            }
            if (anrm < smlnum) {
                Lapack.dlascl(smlnum, anrm, n, 1, s, 0, n);
            }
        }
        double[] ur = new double[n * n];
        double[] vr = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ur[i * n + j] = u[i + j * n];
                vr[i * n + j] = vt[i + j * n];
            }
        }
        return new Result(n, ur, s, vr);
    }
}
