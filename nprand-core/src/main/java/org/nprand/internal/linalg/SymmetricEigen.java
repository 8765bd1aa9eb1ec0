package org.nprand.internal.linalg;

/**
 * {@code numpy.linalg.eigh(a)} ({@code UPLO='L'}) for a small symmetric float64 matrix, reproducing
 * what NumPy 2.4.6's wheels compute: LAPACK {@code dsyevd} with {@code JOBZ = 'V'}, {@code UPLO = 'L'}
 * from the bundled OpenBLAS 0.3.31 (scipy-openblas; reference LAPACK 3.12.0 Fortran, compiled
 * without FMA contraction, over OpenBLAS's BLAS kernels). Only the lower triangle of {@code a} is
 * read, as NumPy's {@code eigh} reads it. Eigenvalues come out ascending and the eigenvectors with
 * LAPACK's signs, which is what {@code Generator.multivariate_normal(method='eigh')} needs.
 *
 * <p>The path taken for {@code 2 <= n <= 25}: scale A into [2^-485, 2^485] if its largest
 * lower-triangle magnitude lies outside (DLANSY, DLASCL('L')); DSYTRD, which below its block size
 * of 32 is the unblocked DSYTD2 (DLARFG, then DSYMV, DDOT, DAXPY and DSYR2 on the trailing
 * matrix); DSTEDC('I'), which for {@code n <= SMLSIZ = 25} is DSTEQR('I') (implicit QL or QR with
 * Wilkinson shifts, DLAEV2 for 2-by-2 blocks, rotations through DLASR, and a selection sort
 * swapping eigenvectors with DSWAP); DORMTR('L', 'L', 'N'), i.e. DORM2R applying the n - 1
 * reflectors from last to first through DLARF (DGEMV('T'), DGER); and the eigenvalues scaled back
 * (DSCAL). For {@code n = 1}, {@code w = a}, {@code v = 1}.
 *
 * <p>The Fortran is ported operation for operation (see {@link Lapack} for the licence); the BLAS
 * calls follow the SkylakeX kernels of OpenBLAS ({@link OpenBlasKernels}), so the results match
 * NumPy bit for bit on AVX-512 machines; elsewhere NumPy itself rounds differently.
 */
public final class SymmetricEigen {

    /** The largest order handled: DSTEDC's SMLSIZ; larger matrices take LAPACK's divide and conquer. */
    public static final int MAX_N = 25;

    /** DSTEQR's MAXIT. */
    private static final int MAXIT = 30;

    private SymmetricEigen() {
    }

    /**
     * The result of {@link #decompose}: {@code w} ascending, {@code v} n-by-n row-major with the
     * eigenvectors as columns ({@code a @ v[:, k] = w[k] v[:, k]}), as NumPy returns
     * {@code (w, v)}.
     */
    public record Result(int n, double[] w, double[] v) {
    }

    /**
     * The eigendecomposition of the symmetric n-by-n row-major matrix {@code a} (left unmodified;
     * its strict upper triangle is not read), as {@code numpy.linalg.eigh(a)} returns it.
     *
     * @throws IllegalArgumentException if {@code n} is outside {@code [0, MAX_N]}, the array has the
     *     wrong length or an element of the lower triangle is NaN or infinite
     * @throws ArithmeticException if the QL/QR iteration does not converge (NumPy raises
     *     {@code LinAlgError("Eigenvalues did not converge")})
     */
    public static Result decompose(double[] a, int n) {
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
                double v = a[i * n + j];
                if (i >= j && !Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix contains NaN or infinity");
                }
                am[i + j * n] = v;
            }
        }
        double[] w = new double[n];
        if (n == 0) {
            return new Result(0, w, new double[0]);
        }
        if (n == 1) {
            w[0] = am[0];
            return new Result(1, w, new double[] {1.0});
        }
        final double smlnum = Lapack.SAFMIN / Lapack.PREC;
        final double bignum = 1.0 / smlnum;
        final double rmin = Math.sqrt(smlnum);
        final double rmax = Math.sqrt(bignum);
        double anrm = dlansyLowerMax(n, am, n);
        boolean iscale = false;
        double sigma = 0.0;
        if (anrm > 0.0 && anrm < rmin) {
            iscale = true;
            sigma = rmin / anrm;
        } else if (anrm > rmax) {
            iscale = true;
            sigma = rmax / anrm;
        }
        if (iscale) {
            Lapack.dlascl(true, 1.0, sigma, n, n, am, 0, n);
        }
        double[] e = new double[n];
        double[] tau = new double[n];
        dsytd2Lower(n, am, n, w, e, tau);
        double[] z = new double[n * n];
        double[] work = new double[Math.max(1, 2 * n - 2)];
        int info = dsteqrI(n, w, e, z, n, work);
        if (info != 0) {
            throw new ArithmeticException("Eigenvalues did not converge");
        }
        dormtrLower(n, am, n, tau, z, n, new double[n]);
        if (iscale) {
            OpenBlasKernels.dscal(n, 1.0 / sigma, w, 0, 1);
        }
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = z[i + j * n];
            }
        }
        return new Result(n, w, v);
    }

    /** DLANSY('M', 'L'): the largest magnitude in the lower triangle (NaN if one is NaN). */
    static double dlansyLowerMax(int n, double[] a, int lda) {
        double value = 0.0;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double sum = Math.abs(a[i + j * lda]);
                if (value < sum || Double.isNaN(sum)) {
                    value = sum;
                }
            }
        }
        return value;
    }

    /**
     * DSYTD2('L'): reduces the symmetric A (lower triangle) to tridiagonal form
     * {@code Q^T A Q = T}, d its diagonal, e its subdiagonal; the reflectors are left below the
     * subdiagonal of A, their factors in tau (n - 1 of them).
     */
    static void dsytd2Lower(int n, double[] a, int lda, double[] d, double[] e, double[] tau) {
        for (int i = 0; i < n - 1; i++) {
            // Fortran I = i + 1: reflector for A(I+1:N, I)
            int aii1 = (i + 1) + i * lda;
            double taui = Lapack.dlarfg(n - i - 1, a, aii1, Math.min(i + 2, n - 1) + i * lda, 1);
            e[i] = a[aii1];
            if (taui != 0.0) {
                a[aii1] = 1.0;
                int m = n - i - 1;
                int a22 = (i + 1) + (i + 1) * lda;
                // x := taui * A22 * v, stored in tau(i:)
                OpenBlasKernels.dsymvL(m, taui, a, a22, lda, a, aii1, tau, i);
                double alpha = -(0.5 * taui * OpenBlasKernels.ddot(m, tau, i, 1, a, aii1, 1));
                OpenBlasKernels.daxpy(m, alpha, a, aii1, 1, tau, i, 1);
                OpenBlasKernels.dsyr2L(m, -1.0, a, aii1, tau, i, a, a22, lda);
                a[aii1] = e[i];
            }
            d[i] = a[i + i * lda];
            tau[i] = taui;
        }
        d[n - 1] = a[(n - 1) + (n - 1) * lda];
    }

    /**
     * DORMTR('L', 'L', 'N'): C := Q C with Q from {@link #dsytd2Lower}, i.e. DORM2R('L', 'N') on
     * A(2, 1) and C(2, 1): the reflectors applied last to first.
     */
    static void dormtrLower(int n, double[] a, int lda, double[] tau, double[] c, int ldc, double[] work) {
        int k = n - 1;
        int m = n - 1;
        for (int i = k - 1; i >= 0; i--) {
            int ii = (i + 1) + i * lda; // A'(i, i) with A' = A(2, 1)
            double aii = a[ii];
            a[ii] = 1.0;
            Lapack.dlarf(true, m - i, n, a, ii, 1, tau[i], c, i + 1, ldc, work);
            a[ii] = aii;
        }
    }

    /** Fortran's SIGN(a, b): |a| with b's sign (including a negative zero's). */
    private static double sign(double a, double b) {
        return Math.copySign(Math.abs(a), b);
    }

    /**
     * DSTEQR('I'): the eigenvalues (into d, ascending) and eigenvectors (into z, from the identity)
     * of the symmetric tridiagonal (d, e). Returns INFO (0, or the number of unconverged
     * off-diagonal elements). Indices below are Fortran's, 1-based.
     */
    static int dsteqrI(int n, double[] d, double[] e, double[] z, int ldz, double[] work) {
        if (n == 0) {
            return 0;
        }
        if (n == 1) {
            z[0] = 1.0;
            return 0;
        }
        final double eps = Lapack.EPS;
        final double eps2 = eps * eps;
        final double safmin = Lapack.SAFMIN;
        final double safmax = 1.0 / safmin;
        final double ssfmax = Math.sqrt(safmax) / 3.0;
        final double ssfmin = Math.sqrt(safmin) / eps2;
        // DLASET('Full', N, N, 0, 1, Z)
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                z[i + j * ldz] = i == j ? 1.0 : 0.0;
            }
        }
        final int nmaxit = n * MAXIT;
        int jtot = 0;
        int l1 = 1;
        final int nm1 = n - 1;
        double[] tmp = new double[3];
        double[] ev = new double[4];
        while (l1 <= n) { // label 10
            if (l1 > 1) {
                e[l1 - 2] = 0.0;
            }
            int m;
            found:
            {
                if (l1 <= nm1) {
                    for (m = l1; m <= nm1; m++) {
                        double tst = Math.abs(e[m - 1]);
                        if (tst == 0.0) {
                            break found;
                        }
                        if (tst <= (Math.sqrt(Math.abs(d[m - 1])) * Math.sqrt(Math.abs(d[m]))) * eps) {
                            e[m - 1] = 0.0;
                            break found;
                        }
                    }
                }
                m = n;
            }
            // label 30
            int l = l1;
            final int lsv = l;
            int lend = m;
            final int lendsv = lend;
            l1 = m + 1;
            if (lend == l) {
                continue;
            }
            double anorm = dlanstMax(lend - l + 1, d, l - 1, e, l - 1);
            int iscale = 0;
            if (anorm == 0.0) {
                continue;
            }
            if (anorm > ssfmax) {
                iscale = 1;
                Lapack.dlascl(anorm, ssfmax, lend - l + 1, 1, d, l - 1, n);
                Lapack.dlascl(anorm, ssfmax, lend - l, 1, e, l - 1, n);
            } else if (anorm < ssfmin) {
                iscale = 2;
                Lapack.dlascl(anorm, ssfmin, lend - l + 1, 1, d, l - 1, n);
                Lapack.dlascl(anorm, ssfmin, lend - l, 1, e, l - 1, n);
            }
            if (Math.abs(d[lend - 1]) < Math.abs(d[l - 1])) {
                lend = lsv;
                l = lendsv;
            }
            if (lend > l) {
                // QL iteration: look for a small subdiagonal element (label 40)
                while (true) {
                    int mm;
                    if (l != lend) {
                        for (mm = l; mm <= lend - 1; mm++) {
                            double tst = Math.abs(e[mm - 1]);
                            tst = tst * tst;
                            if (tst <= (eps2 * Math.abs(d[mm - 1])) * Math.abs(d[mm]) + safmin) {
                                break;
                            }
                        }
                    } else {
                        mm = lend;
                    }
                    m = mm;
                    if (m < lend) {
                        e[m - 1] = 0.0;
                    }
                    double p = d[l - 1];
                    if (m == l) {
                        // label 80: eigenvalue found
                        d[l - 1] = p;
                        l = l + 1;
                        if (l <= lend) {
                            continue;
                        }
                        break;
                    }
                    if (m == l + 1) {
                        dlaev2(d[l - 1], e[l - 1], d[l], ev);
                        work[l - 1] = ev[2];
                        work[n - 1 + l - 1] = ev[3];
                        Lapack.dlasr(false, false, n, 2, work, l - 1, work, n - 1 + l - 1, z, (l - 1) * ldz, ldz);
                        d[l - 1] = ev[0];
                        d[l] = ev[1];
                        e[l - 1] = 0.0;
                        l = l + 2;
                        if (l <= lend) {
                            continue;
                        }
                        break;
                    }
                    if (jtot == nmaxit) {
                        break;
                    }
                    jtot++;
                    // form shift
                    double g = (d[l] - p) / (2.0 * e[l - 1]);
                    double r = Lapack.dlapy2(g, 1.0);
                    g = d[m - 1] - p + (e[l - 1] / (g + sign(r, g)));
                    double s = 1.0;
                    double c = 1.0;
                    p = 0.0;
                    for (int i = m - 1; i >= l; i--) {
                        double f = s * e[i - 1];
                        double b = c * e[i - 1];
                        Lapack.dlartg(g, f, tmp);
                        c = tmp[0];
                        s = tmp[1];
                        r = tmp[2];
                        if (i != m - 1) {
                            e[i] = r;
                        }
                        g = d[i] - p;
                        r = (d[i - 1] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i] = g + p;
                        g = c * r - b;
                        work[i - 1] = c;
                        work[n - 1 + i - 1] = -s;
                    }
                    int mmm = m - l + 1;
                    Lapack.dlasr(false, false, n, mmm, work, l - 1, work, n - 1 + l - 1, z, (l - 1) * ldz, ldz);
                    d[l - 1] = d[l - 1] - p;
                    e[l - 1] = g;
                }
            } else {
                // QR iteration: look for a small superdiagonal element (label 90)
                while (true) {
                    int mm;
                    if (l != lend) {
                        for (mm = l; mm >= lend + 1; mm--) {
                            double tst = Math.abs(e[mm - 2]);
                            tst = tst * tst;
                            if (tst <= (eps2 * Math.abs(d[mm - 1])) * Math.abs(d[mm - 2]) + safmin) {
                                break;
                            }
                        }
                    } else {
                        mm = lend;
                    }
                    m = mm;
                    if (m > lend) {
                        e[m - 2] = 0.0;
                    }
                    double p = d[l - 1];
                    if (m == l) {
                        // label 130: eigenvalue found
                        d[l - 1] = p;
                        l = l - 1;
                        if (l >= lend) {
                            continue;
                        }
                        break;
                    }
                    if (m == l - 1) {
                        dlaev2(d[l - 2], e[l - 2], d[l - 1], ev);
                        work[m - 1] = ev[2];
                        work[n - 1 + m - 1] = ev[3];
                        Lapack.dlasr(false, true, n, 2, work, m - 1, work, n - 1 + m - 1, z, (l - 2) * ldz, ldz);
                        d[l - 2] = ev[0];
                        d[l - 1] = ev[1];
                        e[l - 2] = 0.0;
                        l = l - 2;
                        if (l >= lend) {
                            continue;
                        }
                        break;
                    }
                    if (jtot == nmaxit) {
                        break;
                    }
                    jtot++;
                    // form shift
                    double g = (d[l - 2] - p) / (2.0 * e[l - 2]);
                    double r = Lapack.dlapy2(g, 1.0);
                    g = d[m - 1] - p + (e[l - 2] / (g + sign(r, g)));
                    double s = 1.0;
                    double c = 1.0;
                    p = 0.0;
                    int lm1 = l - 1;
                    for (int i = m; i <= lm1; i++) {
                        double f = s * e[i - 1];
                        double b = c * e[i - 1];
                        Lapack.dlartg(g, f, tmp);
                        c = tmp[0];
                        s = tmp[1];
                        r = tmp[2];
                        if (i != m) {
                            e[i - 2] = r;
                        }
                        g = d[i - 1] - p;
                        r = (d[i] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i - 1] = g + p;
                        g = c * r - b;
                        work[i - 1] = c;
                        work[n - 1 + i - 1] = s;
                    }
                    int mmm = l - m + 1;
                    Lapack.dlasr(false, true, n, mmm, work, m - 1, work, n - 1 + m - 1, z, (m - 1) * ldz, ldz);
                    d[l - 1] = d[l - 1] - p;
                    e[lm1 - 1] = g;
                }
            }
            // label 140: undo scaling
            if (iscale == 1) {
                Lapack.dlascl(ssfmax, anorm, lendsv - lsv + 1, 1, d, lsv - 1, n);
                Lapack.dlascl(ssfmax, anorm, lendsv - lsv, 1, e, lsv - 1, n);
            } else if (iscale == 2) {
                Lapack.dlascl(ssfmin, anorm, lendsv - lsv + 1, 1, d, lsv - 1, n);
                Lapack.dlascl(ssfmin, anorm, lendsv - lsv, 1, e, lsv - 1, n);
            }
            if (jtot >= nmaxit) {
                int info = 0;
                for (int i = 0; i < n - 1; i++) {
                    if (e[i] != 0.0) {
                        info++;
                    }
                }
                return info;
            }
        }
        // label 160: selection sort, increasing
        for (int ii = 2; ii <= n; ii++) {
            int i = ii - 1;
            int k = i;
            double p = d[i - 1];
            for (int j = ii; j <= n; j++) {
                if (d[j - 1] < p) {
                    k = j;
                    p = d[j - 1];
                }
            }
            if (k != i) {
                d[k - 1] = d[i - 1];
                d[i - 1] = p;
                OpenBlasKernels.dswap(n, z, (i - 1) * ldz, 1, z, (k - 1) * ldz, 1);
            }
        }
        return 0;
    }

    /** DLANST('M'): the largest magnitude of the tridiagonal (d, e) (NaN if one is NaN). */
    static double dlanstMax(int n, double[] d, int dOff, double[] e, int eOff) {
        if (n <= 0) {
            return 0.0;
        }
        double anorm = Math.abs(d[dOff + n - 1]);
        for (int i = 0; i < n - 1; i++) {
            double sum = Math.abs(d[dOff + i]);
            if (anorm < sum || Double.isNaN(sum)) {
                anorm = sum;
            }
            sum = Math.abs(e[eOff + i]);
            if (anorm < sum || Double.isNaN(sum)) {
                anorm = sum;
            }
        }
        return anorm;
    }

    /**
     * DLAEV2: the eigendecomposition of [[a, b], [b, c]]: {@code out = {rt1, rt2, cs1, sn1}}, rt1
     * the eigenvalue of larger magnitude, (cs1, sn1) its unit eigenvector.
     */
    static void dlaev2(double a, double b, double c, double[] out) {
        double sm = a + c;
        double df = a - c;
        double adf = Math.abs(df);
        double tb = b + b;
        double ab = Math.abs(tb);
        double acmx;
        double acmn;
        if (Math.abs(a) > Math.abs(c)) {
            acmx = a;
            acmn = c;
        } else {
            acmx = c;
            acmn = a;
        }
        double rt;
        if (adf > ab) {
            double q = ab / adf;
            rt = adf * Math.sqrt(1.0 + q * q);
        } else if (adf < ab) {
            double q = adf / ab;
            rt = ab * Math.sqrt(1.0 + q * q);
        } else {
            rt = ab * Math.sqrt(2.0);
        }
        double rt1;
        double rt2;
        int sgn1;
        if (sm < 0.0) {
            rt1 = 0.5 * (sm - rt);
            sgn1 = -1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else if (sm > 0.0) {
            rt1 = 0.5 * (sm + rt);
            sgn1 = 1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else {
            rt1 = 0.5 * rt;
            rt2 = -0.5 * rt;
            sgn1 = 1;
        }
        double cs;
        int sgn2;
        if (df >= 0.0) {
            cs = df + rt;
            sgn2 = 1;
        } else {
            cs = df - rt;
            sgn2 = -1;
        }
        double acs = Math.abs(cs);
        double cs1;
        double sn1;
        if (acs > ab) {
            double ct = -tb / cs;
            sn1 = 1.0 / Math.sqrt(1.0 + ct * ct);
            cs1 = ct * sn1;
        } else {
            if (ab == 0.0) {
                cs1 = 1.0;
                sn1 = 0.0;
            } else {
                double tn = -cs / tb;
                cs1 = 1.0 / Math.sqrt(1.0 + tn * tn);
                sn1 = tn * cs1;
            }
        }
        if (sgn1 == sgn2) {
            double tn = cs1;
            cs1 = -sn1;
            sn1 = tn;
        }
        out[0] = rt1;
        out[1] = rt2;
        out[2] = cs1;
        out[3] = sn1;
    }
}
