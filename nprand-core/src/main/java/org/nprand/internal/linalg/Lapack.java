package org.nprand.internal.linalg;

import static org.nprand.internal.linalg.OpenBlasKernels.dgemvN;
import static org.nprand.internal.linalg.OpenBlasKernels.dgemvT;
import static org.nprand.internal.linalg.OpenBlasKernels.dger;
import static org.nprand.internal.linalg.OpenBlasKernels.dnrm2;
import static org.nprand.internal.linalg.OpenBlasKernels.drot;
import static org.nprand.internal.linalg.OpenBlasKernels.dscal;
import static org.nprand.internal.linalg.OpenBlasKernels.dswap;

/**
 * The reference LAPACK routines (as shipped in OpenBLAS 0.3.31's {@code lapack-netlib}, with
 * LAPACK 3.10+'s {@code dlartg}) on {@code dgesdd}'s path for small square matrices, ported from
 * their Fortran: LAPACK, Copyright (c) 1992-2023 The University of Tennessee and The University
 * of Tennessee Research Foundation, The University of California Berkeley, The University of
 * Colorado Denver; modified BSD (BSD-3-Clause) licence. The port keeps the Fortran's operations and their order; the wheel's
 * LAPACK is compiled without FMA contraction, so every expression is plain IEEE double arithmetic,
 * and the BLAS calls go to {@link OpenBlasKernels}.
 *
 * <p>Arrays are column-major with offsets and leading dimensions; comments name the Fortran
 * (1-based) indices.
 */
final class Lapack {

    private Lapack() {
    }

    /** DLAMCH('E'): relative machine epsilon for rounding, 2^-53. */
    static final double EPS = 0x1p-53;
    /** DLAMCH('P'): eps * base, 2^-52. */
    static final double PREC = 0x1p-52;
    /** DLAMCH('S'): safe minimum, 2^-1022. */
    static final double SAFMIN = Double.MIN_NORMAL;

    // ------------------------------------------------------------------ Householder

    /** DLAPY2: sqrt(x^2 + y^2) avoiding unnecessary overflow. */
    static double dlapy2(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        double xabs = Math.abs(x);
        double yabs = Math.abs(y);
        double w = Math.max(xabs, yabs);
        double z = Math.min(xabs, yabs);
        if (z == 0.0 || w > Double.MAX_VALUE) {
            return w;
        }
        double q = z / w;
        return w * Math.sqrt(1.0 + q * q);
    }

    /**
     * DLARFG: the elementary reflector H with H^T (alpha, x) = (beta, 0). {@code a[ia]} is alpha
     * and receives beta; x ({@code n - 1} elements from {@code ix}, stride {@code incx}) receives
     * v(2:n). Returns tau.
     */
    static double dlarfg(int n, double[] a, int ia, int ix, int incx) {
        if (n <= 1) {
            return 0.0;
        }
        double xnorm = dnrm2(n - 1, a, ix, incx);
        if (xnorm == 0.0) {
            return 0.0;
        }
        double alpha = a[ia];
        double beta = -Math.copySign(dlapy2(alpha, xnorm), alpha);
        double safmin = SAFMIN / EPS;
        int knt = 0;
        if (Math.abs(beta) < safmin) {
            double rsafmn = 1.0 / safmin;
            do {
                knt++;
                dscal(n - 1, rsafmn, a, ix, incx);
                beta = beta * rsafmn;
                alpha = alpha * rsafmn;
            } while (Math.abs(beta) < safmin && knt < 20);
            xnorm = dnrm2(n - 1, a, ix, incx);
            beta = -Math.copySign(dlapy2(alpha, xnorm), alpha);
        }
        double tau = (beta - alpha) / beta;
        dscal(n - 1, 1.0 / (alpha - beta), a, ix, incx);
        for (int j = 0; j < knt; j++) {
            beta = beta * safmin;
        }
        a[ia] = beta;
        return tau;
    }

    /** ILADLR: the last non-zero row of the m-by-n matrix A (1-based; 0 if none). */
    static int iladlr(int m, int n, double[] a, int off, int lda) {
        if (m == 0) {
            return m;
        }
        if (a[off + (m - 1)] != 0.0 || a[off + (m - 1) + (n - 1) * lda] != 0.0) {
            return m;
        }
        int r = 0;
        for (int j = 0; j < n; j++) {
            int i = m;
            while (i >= 1 && a[off + (i - 1) + j * lda] == 0.0) {
                i--;
            }
            r = Math.max(r, i);
        }
        return r;
    }

    /** ILADLC: the last non-zero column of the m-by-n matrix A (1-based; 0 if none). */
    static int iladlc(int m, int n, double[] a, int off, int lda) {
        if (n == 0) {
            return n;
        }
        if (a[off + (n - 1) * lda] != 0.0 || a[off + (m - 1) + (n - 1) * lda] != 0.0) {
            return n;
        }
        for (int c = n; c >= 1; c--) {
            for (int i = 0; i < m; i++) {
                if (a[off + i + (c - 1) * lda] != 0.0) {
                    return c;
                }
            }
        }
        return 0;
    }

    /**
     * DLARF: applies H = I - tau v v^T to the m-by-n matrix C from the left ({@code left}) or the
     * right. v starts at {@code v[iv]} with stride {@code incv} (positive here).
     */
    static void dlarf(boolean left, int m, int n, double[] v, int iv, int incv, double tau, double[] c,
            int ic, int ldc, double[] work) {
        int lastv = 0;
        int lastc = 0;
        if (tau != 0.0) {
            lastv = left ? m : n;
            int i = iv + (lastv - 1) * incv;
            while (lastv > 0 && v[i] == 0.0) {
                lastv--;
                i -= incv;
            }
            lastc = left ? iladlc(lastv, n, c, ic, ldc) : iladlr(m, lastv, c, ic, ldc);
        }
        if (lastv <= 0) {
            return;
        }
        if (left) {
            dgemvT(lastv, lastc, c, ic, ldc, v, iv, incv, work, 0);
            dger(lastv, lastc, -tau, v, iv, incv, work, 0, 1, c, ic, ldc);
        } else {
            dgemvN(lastc, lastv, c, ic, ldc, v, iv, incv, work, 0);
            dger(lastc, lastv, -tau, work, 0, 1, v, iv, incv, c, ic, ldc);
        }
    }

    /**
     * DGEBD2 for m >= n: reduces A to upper bidiagonal form Q^T A P = B, with d the diagonal, e
     * the superdiagonal and the reflectors left in A, tauq and taup.
     */
    static void dgebd2(int m, int n, double[] a, int lda, double[] d, double[] e, double[] tauq,
            double[] taup, double[] work) {
        for (int i = 0; i < n; i++) {
            int ii = i + i * lda;
            tauq[i] = dlarfg(m - i, a, ii, Math.min(i + 1, m - 1) + i * lda, 1);
            d[i] = a[ii];
            a[ii] = 1.0;
            if (i < n - 1) {
                dlarf(true, m - i, n - i - 1, a, ii, 1, tauq[i], a, ii + lda, lda, work);
            }
            a[ii] = d[i];
            if (i < n - 1) {
                int ij = i + (i + 1) * lda;
                taup[i] = dlarfg(n - i - 1, a, ij, i + Math.min(i + 2, n - 1) * lda, lda);
                e[i] = a[ij];
                a[ij] = 1.0;
                dlarf(false, m - i - 1, n - i - 1, a, ij, lda, taup[i], a, ij + 1, lda, work);
                a[ij] = e[i];
            } else {
                taup[i] = 0.0;
            }
        }
    }

    /**
     * DORMBR('Q', 'L', 'N') for a square n-by-n A reduced by {@link #dgebd2}: C := Q C, through
     * DORMQR's unblocked DORM2R (n reflectors, applied last to first).
     */
    static void applyQ(int n, double[] a, int lda, double[] tauq, double[] c, int ldc, double[] work) {
        for (int i = n - 1; i >= 0; i--) {
            int ii = i + i * lda;
            double aii = a[ii];
            a[ii] = 1.0;
            dlarf(true, n - i, n, a, ii, 1, tauq[i], c, i, ldc, work);
            a[ii] = aii;
        }
    }

    /**
     * DORMBR('P', 'R', 'T') for a square n-by-n A reduced by {@link #dgebd2}: C := C P^T, through
     * DORMLQ's unblocked DORML2('R', 'N') on A(1, 2) and C(1, 2) (n - 1 reflectors, last to
     * first).
     */
    static void applyPt(int n, double[] a, int lda, double[] taup, double[] c, int ldc, double[] work) {
        int k = n - 1;
        for (int i = k - 1; i >= 0; i--) {
            int ii = i + (i + 1) * lda; // A'(i, i) with A' = A(1, 2)
            double aii = a[ii];
            a[ii] = 1.0;
            dlarf(false, n, k - i, a, ii, lda, taup[i], c, (i + 1) * ldc, ldc, work);
            a[ii] = aii;
        }
    }

    // ------------------------------------------------------------------ scaling

    /** DLANGE('M'): the largest absolute value (NaN if any element is NaN). */
    static double dlangeMax(int m, int n, double[] a, int lda) {
        double value = 0.0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double t = Math.abs(a[i + j * lda]);
                if (value < t || Double.isNaN(t)) {
                    value = t;
                }
            }
        }
        return value;
    }

    /** DLASCL('G'): multiplies the m-by-n A by cto/cfrom without over/underflow. */
    static void dlascl(double cfrom, double cto, int m, int n, double[] a, int off, int lda) {
        dlascl(false, cfrom, cto, m, n, a, off, lda);
    }

    /** DLASCL('G') or, with {@code lower}, DLASCL('L'): only the lower triangle (i >= j) is scaled. */
    static void dlascl(boolean lower, double cfrom, double cto, int m, int n, double[] a, int off, int lda) {
        double smlnum = SAFMIN;
        double bignum = 1.0 / smlnum;
        double cfromc = cfrom;
        double ctoc = cto;
        boolean done;
        do {
            double cfrom1 = cfromc * smlnum;
            double mul;
            if (cfrom1 == cfromc) {
                mul = ctoc / cfromc;
                done = true;
            } else {
                double cto1 = ctoc / bignum;
                if (cto1 == ctoc) {
                    mul = ctoc;
                    done = true;
                    cfromc = 1.0;
                } else if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc != 0.0) {
                    mul = smlnum;
                    done = false;
                    cfromc = cfrom1;
                } else if (Math.abs(cto1) > Math.abs(cfromc)) {
                    mul = bignum;
                    done = false;
                    ctoc = cto1;
                } else {
                    mul = ctoc / cfromc;
                    done = true;
                    if (mul == 1.0) {
                        return;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                for (int i = lower ? j : 0; i < m; i++) {
                    a[off + i + j * lda] = a[off + i + j * lda] * mul;
                }
            }
        } while (!done);
    }

    // ------------------------------------------------------------------ plane rotations

    /** DLARTG (LAPACK 3.10+ la_constants version): returns {c, s, r}. */
    static void dlartg(double f, double g, double[] csr) {
        final double safmin = SAFMIN;
        final double safmax = 1.0 / safmin;
        final double rtmin = Math.sqrt(safmin);
        final double rtmax = Math.sqrt(safmax / 2);
        double f1 = Math.abs(f);
        double g1 = Math.abs(g);
        if (g == 0.0) {
            csr[0] = 1.0;
            csr[1] = 0.0;
            csr[2] = f;
        } else if (f == 0.0) {
            csr[0] = 0.0;
            csr[1] = Math.copySign(1.0, g);
            csr[2] = g1;
        } else if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
            double d = Math.sqrt(f * f + g * g);
            csr[0] = f1 / d;
            double r = Math.copySign(d, f);
            csr[2] = r;
            csr[1] = g / r;
        } else {
            double u = Math.min(safmax, Math.max(safmin, Math.max(f1, g1)));
            double fs = f / u;
            double gs = g / u;
            double d = Math.sqrt(fs * fs + gs * gs);
            csr[0] = Math.abs(fs) / d;
            double r = Math.copySign(d, f);
            csr[1] = gs / r;
            csr[2] = r * u;
        }
    }

    /** DLAS2: the singular values {ssmin, ssmax} of [[f, g], [0, h]]. */
    static void dlas2(double f, double g, double h, double[] out) {
        double fa = Math.abs(f);
        double ga = Math.abs(g);
        double ha = Math.abs(h);
        double fhmn = Math.min(fa, ha);
        double fhmx = Math.max(fa, ha);
        double ssmin;
        double ssmax;
        if (fhmn == 0.0) {
            ssmin = 0.0;
            if (fhmx == 0.0) {
                ssmax = ga;
            } else {
                double q = Math.min(fhmx, ga) / Math.max(fhmx, ga);
                ssmax = Math.max(fhmx, ga) * Math.sqrt(1.0 + q * q);
            }
        } else {
            if (ga < fhmx) {
                double as = 1.0 + fhmn / fhmx;
                double at = (fhmx - fhmn) / fhmx;
                double au = ga / fhmx;
                au = au * au;
                double c = 2.0 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
                ssmin = fhmn * c;
                ssmax = fhmx / c;
            } else {
                double au = fhmx / ga;
                if (au == 0.0) {
                    ssmin = (fhmn * fhmx) / ga;
                    ssmax = ga;
                } else {
                    double as = 1.0 + fhmn / fhmx;
                    double at = (fhmx - fhmn) / fhmx;
                    double p = as * au;
                    double q = at * au;
                    double c = 1.0 / (Math.sqrt(1.0 + p * p) + Math.sqrt(1.0 + q * q));
                    ssmin = (fhmn * c) * au;
                    ssmin = ssmin + ssmin;
                    ssmax = ga / (c + c);
                }
            }
        }
        out[0] = ssmin;
        out[1] = ssmax;
    }

    private static double sign(double a, double b) {
        return Math.copySign(Math.abs(a), b);
    }

    /**
     * DLASV2: the SVD of [[f, g], [0, h]]; out = {ssmin, ssmax, snr, csr, snl, csl}.
     */
    static void dlasv2(double f, double g, double h, double[] out) {
        double ft = f;
        double fa = Math.abs(ft);
        double ht = h;
        double ha = Math.abs(h);
        int pmax = 1;
        boolean swap = ha > fa;
        if (swap) {
            pmax = 3;
            double temp = ft;
            ft = ht;
            ht = temp;
            temp = fa;
            fa = ha;
            ha = temp;
        }
        double gt = g;
        double ga = Math.abs(gt);
        double ssmin;
        double ssmax;
        double clt;
        double crt;
        double slt;
        double srt;
        if (ga == 0.0) {
            ssmin = ha;
            ssmax = fa;
            clt = 1.0;
            crt = 1.0;
            slt = 0.0;
            srt = 0.0;
        } else {
            boolean gasmal = true;
            ssmin = 0.0;
            ssmax = 0.0;
            clt = 0.0;
            crt = 0.0;
            slt = 0.0;
            srt = 0.0;
            if (ga > fa) {
                pmax = 2;
                if ((fa / ga) < EPS) {
                    gasmal = false;
                    ssmax = ga;
                    if (ha > 1.0) {
                        ssmin = fa / (ga / ha);
                    } else {
                        ssmin = (fa / ga) * ha;
                    }
                    clt = 1.0;
                    slt = ht / gt;
                    srt = 1.0;
                    crt = ft / gt;
                }
            }
            if (gasmal) {
                double d = fa - ha;
                double l;
                if (d == fa) {
                    l = 1.0;
                } else {
                    l = d / fa;
                }
                double m = gt / ft;
                double t = 2.0 - l;
                double mm = m * m;
                double tt = t * t;
                double s = Math.sqrt(tt + mm);
                double r;
                if (l == 0.0) {
                    r = Math.abs(m);
                } else {
                    r = Math.sqrt(l * l + mm);
                }
                double a = 0.5 * (s + r);
                ssmin = ha / a;
                ssmax = fa * a;
                if (mm == 0.0) {
                    if (l == 0.0) {
                        t = Math.copySign(2.0, ft) * Math.copySign(1.0, gt);
                    } else {
                        t = gt / Math.copySign(d, ft) + m / t;
                    }
                } else {
                    t = (m / (s + t) + m / (r + l)) * (1.0 + a);
                }
                l = Math.sqrt(t * t + 4.0);
                crt = 2.0 / l;
                srt = t / l;
                clt = (crt + srt * m) / a;
                slt = (ht / ft) * srt / a;
            }
        }
        double csl;
        double snl;
        double csr;
        double snr;
        if (swap) {
            csl = srt;
            snl = crt;
            csr = slt;
            snr = clt;
        } else {
            csl = clt;
            snl = slt;
            csr = crt;
            snr = srt;
        }
        double tsign;
        if (pmax == 1) {
            tsign = Math.copySign(1.0, csr) * Math.copySign(1.0, csl) * Math.copySign(1.0, f);
        } else if (pmax == 2) {
            tsign = Math.copySign(1.0, snr) * Math.copySign(1.0, csl) * Math.copySign(1.0, g);
        } else {
            tsign = Math.copySign(1.0, snr) * Math.copySign(1.0, snl) * Math.copySign(1.0, h);
        }
        ssmax = sign(ssmax, tsign);
        ssmin = sign(ssmin, tsign * Math.copySign(1.0, f) * Math.copySign(1.0, h));
        out[0] = ssmin;
        out[1] = ssmax;
        out[2] = snr;
        out[3] = csr;
        out[4] = snl;
        out[5] = csl;
    }

    /**
     * DLASR with PIVOT = 'V': applies the sequence of plane rotations (c(k), s(k)) in planes
     * (k, k+1) to the m-by-n A from the left (rows) or the right (columns), forward or backward.
     */
    static void dlasr(boolean left, boolean forward, int m, int n, double[] c, int ic, double[] s,
            int is, double[] a, int off, int lda) {
        if (m == 0 || n == 0) {
            return;
        }
        if (left) {
            for (int jj = 0; jj < m - 1; jj++) {
                int j = forward ? jj : m - 2 - jj;
                double ct = c[ic + j];
                double st = s[is + j];
                if (ct != 1.0 || st != 0.0) {
                    for (int i = 0; i < n; i++) {
                        int p = off + j + i * lda;
                        double temp = a[p + 1];
                        a[p + 1] = ct * temp - st * a[p];
                        a[p] = st * temp + ct * a[p];
                    }
                }
            }
        } else {
            for (int jj = 0; jj < n - 1; jj++) {
                int j = forward ? jj : n - 2 - jj;
                double ct = c[ic + j];
                double st = s[is + j];
                if (ct != 1.0 || st != 0.0) {
                    for (int i = 0; i < m; i++) {
                        int p = off + i + j * lda;
                        double temp = a[p + lda];
                        a[p + lda] = ct * temp - st * a[p];
                        a[p] = st * temp + ct * a[p];
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ bidiagonal SVD

    /** DBDSQR's MAXITR. */
    private static final int MAXITR = 6;
    /** DBDSQR's TOLMUL = max(10, min(100, eps^(-1/8))) with eps = 2^-53: glibc pow(2^-53, -0.125). */
    static final double TOLMUL = Math.max(10.0, Math.min(100.0, 0x1.8ace5422aa0dbp6));

    /**
     * DBDSQR('U', n, ncvt, nru, 0, ...): the SVD of the upper bidiagonal (d, e) by implicit
     * zero-shift / shifted QR, rotating the rows of VT (n-by-ncvt) and the columns of U
     * (nru-by-n). Returns INFO (0 on convergence).
     */
    static int dbdsqr(int n, int ncvt, int nru, double[] d, double[] e, double[] vt, int ldvt,
            double[] u, int ldu) {
        if (n == 0) {
            return 0;
        }
        int info = 0;
        if (n > 1) {
            info = dbdsqrIterate(n, ncvt, nru, d, e, vt, ldvt, u, ldu);
            if (info != 0) {
                return info;
            }
        }
        // 160: make singular values positive
        for (int i = 0; i < n; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                if (ncvt > 0) {
                    dscal(ncvt, -1.0, vt, i, ldvt);
                }
            }
        }
        // sort into decreasing order (selection sort, one swap per position)
        for (int i = 1; i <= n - 1; i++) {
            int isub = 1;
            double smin = d[0];
            for (int j = 2; j <= n + 1 - i; j++) {
                if (d[j - 1] <= smin) {
                    isub = j;
                    smin = d[j - 1];
                }
            }
            int last = n + 1 - i;
            if (isub != last) {
                d[isub - 1] = d[last - 1];
                d[last - 1] = smin;
                if (ncvt > 0) {
                    dswap(ncvt, vt, isub - 1, ldvt, vt, last - 1, ldvt);
                }
                if (nru > 0) {
                    dswap(nru, u, (isub - 1) * ldu, 1, u, (last - 1) * ldu, 1);
                }
            }
        }
        return 0;
    }

    private static int dbdsqrIterate(int n, int ncvt, int nru, double[] d, double[] e, double[] vt,
            int ldvt, double[] u, int ldu) {
        final int nm1 = n - 1;
        final int nm12 = nm1 + nm1;
        final int nm13 = nm12 + nm1;
        double[] work = new double[4 * n];
        double[] t2 = new double[6];
        double[] csr = new double[3];
        int idir = 0;
        final double eps = EPS;
        final double unfl = SAFMIN;
        final double tol = TOLMUL * eps;
        // (tol >= 0) relative accuracy
        double smax;
        double sminoa = Math.abs(d[0]);
        if (sminoa != 0.0) {
            double mu = sminoa;
            for (int i = 2; i <= n; i++) {
                mu = Math.abs(d[i - 1]) * (mu / (mu + Math.abs(e[i - 2])));
                sminoa = Math.min(sminoa, mu);
                if (sminoa == 0.0) {
                    break;
                }
            }
        }
        sminoa = sminoa / Math.sqrt((double) n);
        final double thresh = Math.max(tol * sminoa, MAXITR * (n * (n * unfl)));
        final int maxitdivn = MAXITR * n;
        int iterdivn = 0;
        int iter = -1;
        int oldll = -1;
        int oldm = -1;
        int m = n;
        double smin = 0.0;
        double shift;
        double r;
        main:
        while (true) {
            // 60
            if (m <= 1) {
                return 0;
            }
            if (iter >= n) {
                iter = iter - n;
                iterdivn = iterdivn + 1;
                if (iterdivn >= maxitdivn) {
                    int info = 0;
                    for (int i = 1; i <= n - 1; i++) {
                        if (e[i - 1] != 0.0) {
                            info++;
                        }
                    }
                    return info;
                }
            }
            smax = Math.abs(d[m - 1]);
            int ll = 0;
            boolean split = false;
            for (int lll = 1; lll <= m - 1; lll++) {
                ll = m - lll;
                double abss = Math.abs(d[ll - 1]);
                double abse = Math.abs(e[ll - 1]);
                if (abse <= thresh) {
                    split = true;
                    break;
                }
                smax = Math.max(smax, Math.max(abss, abse));
            }
            if (split) {
                // 80
                e[ll - 1] = 0.0;
                if (ll == m - 1) {
                    m = m - 1;
                    continue;
                }
            } else {
                ll = 0;
            }
            // 90
            ll = ll + 1;
            if (ll == m - 1) {
                dlasv2(d[m - 2], e[m - 2], d[m - 1], t2);
                double sigmn = t2[0];
                double sigmx = t2[1];
                double sinr = t2[2];
                double cosr = t2[3];
                double sinl = t2[4];
                double cosl = t2[5];
                d[m - 2] = sigmx;
                e[m - 2] = 0.0;
                d[m - 1] = sigmn;
                if (ncvt > 0) {
                    drot(ncvt, vt, m - 2, ldvt, vt, m - 1, ldvt, cosr, sinr);
                }
                if (nru > 0) {
                    drot(nru, u, (m - 2) * ldu, 1, u, (m - 1) * ldu, 1, cosl, sinl);
                }
                m = m - 2;
                continue;
            }
            if (ll > oldm || m < oldll) {
                if (Math.abs(d[ll - 1]) >= Math.abs(d[m - 1])) {
                    idir = 1;
                } else {
                    idir = 2;
                }
            }
            if (idir == 1) {
                if (Math.abs(e[m - 2]) <= Math.abs(tol) * Math.abs(d[m - 1])) {
                    e[m - 2] = 0.0;
                    continue;
                }
                double mu = Math.abs(d[ll - 1]);
                smin = mu;
                for (int lll = ll; lll <= m - 1; lll++) {
                    if (Math.abs(e[lll - 1]) <= tol * mu) {
                        e[lll - 1] = 0.0;
                        continue main;
                    }
                    mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll - 1])));
                    smin = Math.min(smin, mu);
                }
            } else {
                if (Math.abs(e[ll - 1]) <= Math.abs(tol) * Math.abs(d[ll - 1])) {
                    e[ll - 1] = 0.0;
                    continue;
                }
                double mu = Math.abs(d[m - 1]);
                smin = mu;
                for (int lll = m - 1; lll >= ll; lll--) {
                    if (Math.abs(e[lll - 1]) <= tol * mu) {
                        e[lll - 1] = 0.0;
                        continue main;
                    }
                    mu = Math.abs(d[lll - 1]) * (mu / (mu + Math.abs(e[lll - 1])));
                    smin = Math.min(smin, mu);
                }
            }
            oldll = ll;
            oldm = m;
            if (n * tol * (smin / smax) <= Math.max(eps, 0.01 * tol)) {
                shift = 0.0;
            } else {
                double sll;
                if (idir == 1) {
                    sll = Math.abs(d[ll - 1]);
                    dlas2(d[m - 2], e[m - 2], d[m - 1], t2);
                } else {
                    sll = Math.abs(d[m - 1]);
                    dlas2(d[ll - 1], e[ll - 1], d[ll], t2);
                }
                shift = t2[0];
                if (sll > 0.0) {
                    double q = shift / sll;
                    if (q * q < eps) {
                        shift = 0.0;
                    }
                }
            }
            iter = iter + m - ll;
            if (shift == 0.0) {
                if (idir == 1) {
                    double cs = 1.0;
                    double oldcs = 1.0;
                    double sn = 0.0;
                    double oldsn = 0.0;
                    for (int i = ll; i <= m - 1; i++) {
                        dlartg(d[i - 1] * cs, e[i - 1], csr);
                        cs = csr[0];
                        sn = csr[1];
                        r = csr[2];
                        if (i > ll) {
                            e[i - 2] = oldsn * r;
                        }
                        dlartg(oldcs * r, d[i] * sn, csr);
                        oldcs = csr[0];
                        oldsn = csr[1];
                        d[i - 1] = csr[2];
                        work[i - ll] = cs;
                        work[i - ll + nm1] = sn;
                        work[i - ll + nm12] = oldcs;
                        work[i - ll + nm13] = oldsn;
                    }
                    double h = d[m - 1] * cs;
                    d[m - 1] = h * oldcs;
                    e[m - 2] = h * oldsn;
                    if (ncvt > 0) {
                        dlasr(true, true, m - ll + 1, ncvt, work, 0, work, n - 1, vt, ll - 1, ldvt);
                    }
                    if (nru > 0) {
                        dlasr(false, true, nru, m - ll + 1, work, nm12, work, nm13, u, (ll - 1) * ldu, ldu);
                    }
                    if (Math.abs(e[m - 2]) <= thresh) {
                        e[m - 2] = 0.0;
                    }
                } else {
                    double cs = 1.0;
                    double oldcs = 1.0;
                    double sn = 0.0;
                    double oldsn = 0.0;
                    for (int i = m; i >= ll + 1; i--) {
                        dlartg(d[i - 1] * cs, e[i - 2], csr);
                        cs = csr[0];
                        sn = csr[1];
                        r = csr[2];
                        if (i < m) {
                            e[i - 1] = oldsn * r;
                        }
                        dlartg(oldcs * r, d[i - 2] * sn, csr);
                        oldcs = csr[0];
                        oldsn = csr[1];
                        d[i - 1] = csr[2];
                        work[i - ll - 1] = cs;
                        work[i - ll - 1 + nm1] = -sn;
                        work[i - ll - 1 + nm12] = oldcs;
                        work[i - ll - 1 + nm13] = -oldsn;
                    }
                    double h = d[ll - 1] * cs;
                    d[ll - 1] = h * oldcs;
                    e[ll - 1] = h * oldsn;
                    if (ncvt > 0) {
                        dlasr(true, false, m - ll + 1, ncvt, work, nm12, work, nm13, vt, ll - 1, ldvt);
                    }
                    if (nru > 0) {
                        dlasr(false, false, nru, m - ll + 1, work, 0, work, n - 1, u, (ll - 1) * ldu, ldu);
                    }
                    if (Math.abs(e[ll - 1]) <= thresh) {
                        e[ll - 1] = 0.0;
                    }
                }
            } else {
                if (idir == 1) {
                    double f = (Math.abs(d[ll - 1]) - shift)
                            * (Math.copySign(1.0, d[ll - 1]) + shift / d[ll - 1]);
                    double g = e[ll - 1];
                    for (int i = ll; i <= m - 1; i++) {
                        dlartg(f, g, csr);
                        double cosr = csr[0];
                        double sinr = csr[1];
                        r = csr[2];
                        if (i > ll) {
                            e[i - 2] = r;
                        }
                        f = cosr * d[i - 1] + sinr * e[i - 1];
                        e[i - 1] = cosr * e[i - 1] - sinr * d[i - 1];
                        g = sinr * d[i];
                        d[i] = cosr * d[i];
                        dlartg(f, g, csr);
                        double cosl = csr[0];
                        double sinl = csr[1];
                        d[i - 1] = csr[2];
                        f = cosl * e[i - 1] + sinl * d[i];
                        d[i] = cosl * d[i] - sinl * e[i - 1];
                        if (i < m - 1) {
                            g = sinl * e[i];
                            e[i] = cosl * e[i];
                        }
                        work[i - ll] = cosr;
                        work[i - ll + nm1] = sinr;
                        work[i - ll + nm12] = cosl;
                        work[i - ll + nm13] = sinl;
                    }
                    e[m - 2] = f;
                    if (ncvt > 0) {
                        dlasr(true, true, m - ll + 1, ncvt, work, 0, work, n - 1, vt, ll - 1, ldvt);
                    }
                    if (nru > 0) {
                        dlasr(false, true, nru, m - ll + 1, work, nm12, work, nm13, u, (ll - 1) * ldu, ldu);
                    }
                    if (Math.abs(e[m - 2]) <= thresh) {
                        e[m - 2] = 0.0;
                    }
                } else {
                    double f = (Math.abs(d[m - 1]) - shift)
                            * (Math.copySign(1.0, d[m - 1]) + shift / d[m - 1]);
                    double g = e[m - 2];
                    for (int i = m; i >= ll + 1; i--) {
                        dlartg(f, g, csr);
                        double cosr = csr[0];
                        double sinr = csr[1];
                        r = csr[2];
                        if (i < m) {
                            e[i - 1] = r;
                        }
                        f = cosr * d[i - 1] + sinr * e[i - 2];
                        e[i - 2] = cosr * e[i - 2] - sinr * d[i - 1];
                        g = sinr * d[i - 2];
                        d[i - 2] = cosr * d[i - 2];
                        dlartg(f, g, csr);
                        double cosl = csr[0];
                        double sinl = csr[1];
                        d[i - 1] = csr[2];
                        f = cosl * e[i - 2] + sinl * d[i - 2];
                        d[i - 2] = cosl * d[i - 2] - sinl * e[i - 2];
                        if (i > ll + 1) {
                            g = sinl * e[i - 3];
                            e[i - 3] = cosl * e[i - 3];
                        }
                        work[i - ll - 1] = cosr;
                        work[i - ll - 1 + nm1] = -sinr;
                        work[i - ll - 1 + nm12] = cosl;
                        work[i - ll - 1 + nm13] = -sinl;
                    }
                    e[ll - 1] = f;
                    if (Math.abs(e[ll - 1]) <= thresh) {
                        e[ll - 1] = 0.0;
                    }
                    if (ncvt > 0) {
                        dlasr(true, false, m - ll + 1, ncvt, work, nm12, work, nm13, vt, ll - 1, ldvt);
                    }
                    if (nru > 0) {
                        dlasr(false, false, nru, m - ll + 1, work, 0, work, n - 1, u, (ll - 1) * ldu, ldu);
                    }
                }
            }
        }
    }

    /**
     * DBDSDC('U', 'I') for 2 <= n <= SMLSIZ (25): U = VT = I, DLASDQ('U', SQRE = 0) (which is
     * DBDSQR followed by an ascending selection sort), then DBDSDC's own descending selection
     * sort. Returns INFO.
     */
    static int dbdsdcSmall(int n, double[] d, double[] e, double[] u, int ldu, double[] vt, int ldvt) {
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                u[i + j * ldu] = i == j ? 1.0 : 0.0;
                vt[i + j * ldvt] = i == j ? 1.0 : 0.0;
            }
        }
        int info = dbdsqr(n, n, n, d, e, vt, ldvt, u, ldu);
        if (info != 0) {
            return info;
        }
        // DLASDQ: sort into ascending order
        for (int i = 1; i <= n; i++) {
            int isub = i;
            double smin = d[i - 1];
            for (int j = i + 1; j <= n; j++) {
                if (d[j - 1] < smin) {
                    isub = j;
                    smin = d[j - 1];
                }
            }
            if (isub != i) {
                d[isub - 1] = d[i - 1];
                d[i - 1] = smin;
                dswap(n, vt, isub - 1, ldvt, vt, i - 1, ldvt);
                dswap(n, u, (isub - 1) * ldu, 1, u, (i - 1) * ldu, 1);
            }
        }
        // DBDSDC label 40: sort into descending order
        for (int ii = 2; ii <= n; ii++) {
            int i = ii - 1;
            int kk = i;
            double p = d[i - 1];
            for (int j = ii; j <= n; j++) {
                if (d[j - 1] > p) {
                    kk = j;
                    p = d[j - 1];
                }
            }
            if (kk != i) {
                d[kk - 1] = d[i - 1];
                d[i - 1] = p;
                dswap(n, u, (i - 1) * ldu, 1, u, (kk - 1) * ldu, 1);
                dswap(n, vt, i - 1, ldvt, vt, kk - 1, ldvt);
            }
        }
        return 0;
    }
}
