package org.nprand.internal.linalg;

import java.math.BigInteger;

/**
 * The BLAS kernels that LAPACK's SVD path calls, reproducing the rounding of the OpenBLAS build
 * that NumPy 2.4.6's wheels bundle (scipy-openblas 0.3.31, {@code DYNAMIC_ARCH}) on its
 * {@code SkylakeX} core, the one OpenBLAS picks on AVX-512 machines such as the AMD EPYC these
 * ports were checked on: which products are fused into FMAs, how many partial sums a dot product
 * keeps and in which order they are added. Other cores (Haswell/Zen without AVX-512, older ones)
 * have other kernels and may round differently.
 * OpenBLAS is BSD-3-Clause licensed; only its summation orders are reproduced here.
 *
 * <p>Matrices are column-major with an offset and a leading dimension, as in Fortran. Every
 * routine assumes the small sizes of this package (fewer than 2048 rows, one thread) and
 * {@code alpha = 1, beta = 0} where the LAPACK callers pass those. Each was checked against the
 * library's own entry points ({@code dgemv_}, {@code dger_}, {@code drot_}, {@code dnrm2_}) on
 * thousands of random shapes and strides.
 */
final class OpenBlasKernels {

    private OpenBlasKernels() {
    }

    /**
     * {@code y := A^T x} ({@code dgemv('T', m, n, 1, A, lda, x, incx, 0, y, 1)}), as
     * {@code dgemv_t_4.c}: rows in blocks of four, four columns at a time through the FMA
     * microkernel (four lanes, lane {@code k} summing rows {@code k mod 4}, then
     * {@code (l0 + l2) + (l1 + l3)}), two then one remaining columns through SSE2 kernels (plain
     * products, two lanes and four lanes), and the last {@code m mod 4} rows added to each
     * {@code y[j]} in compiled C, contracted by GCC.
     */
    static void dgemvT(int m, int n, double[] a, int aOff, int lda, double[] x, int xOff, int incx,
            double[] y, int yOff) {
        if (m == 0 || n == 0) {
            return;
        }
        for (int j = 0; j < n; j++) {
            y[yOff + j] = 0.0;
        }
        double[] xs = gather(m, x, xOff, incx);
        int m3 = m & 3;
        int nb = m - m3;
        int n1 = n >> 2;
        int n2 = n & 3;
        if (nb > 0) {
            int j = 0;
            for (int g = 0; g < n1; g++) {
                for (int jj = j; jj < j + 4; jj++) {
                    int c = aOff + jj * lda;
                    double l0 = 0.0;
                    double l1 = 0.0;
                    double l2 = 0.0;
                    double l3 = 0.0;
                    for (int i = 0; i < nb; i += 4) {
                        l0 = Math.fma(a[c + i], xs[i], l0);
                        l1 = Math.fma(a[c + i + 1], xs[i + 1], l1);
                        l2 = Math.fma(a[c + i + 2], xs[i + 2], l2);
                        l3 = Math.fma(a[c + i + 3], xs[i + 3], l3);
                    }
                    y[yOff + jj] = y[yOff + jj] + ((l0 + l2) + (l1 + l3));
                }
                j += 4;
            }
            if ((n2 & 2) != 0) {
                for (int jj = j; jj < j + 2; jj++) {
                    int c = aOff + jj * lda;
                    double l0 = 0.0;
                    double l1 = 0.0;
                    for (int i = 0; i < nb; i += 2) {
                        l0 = l0 + a[c + i] * xs[i];
                        l1 = l1 + a[c + i + 1] * xs[i + 1];
                    }
                    y[yOff + jj] = y[yOff + jj] + (l0 + l1);
                }
                j += 2;
            }
            if ((n2 & 1) != 0) {
                int c = aOff + j * lda;
                double l0 = 0.0;
                double l1 = 0.0;
                double l2 = 0.0;
                double l3 = 0.0;
                for (int i = 0; i < nb; i += 4) {
                    l0 = l0 + a[c + i] * xs[i];
                    l1 = l1 + a[c + i + 1] * xs[i + 1];
                    l2 = l2 + a[c + i + 2] * xs[i + 2];
                    l3 = l3 + a[c + i + 3] * xs[i + 3];
                }
                y[yOff + j] = y[yOff + j] + ((l0 + l2) + (l1 + l3));
            }
        }
        if (m3 == 0) {
            return;
        }
        for (int jj = 0; jj < n; jj++) {
            int c = aOff + jj * lda + nb;
            int k = yOff + jj;
            if (m3 == 3) {
                y[k] = y[k] + Math.fma(a[c + 2], xs[nb + 2], Math.fma(a[c], xs[nb], a[c + 1] * xs[nb + 1]));
            } else if (m3 == 2) {
                y[k] = y[k] + Math.fma(a[c], xs[nb], a[c + 1] * xs[nb + 1]);
            } else {
                y[k] = Math.fma(a[c], xs[nb], y[k]);
            }
        }
    }

    /**
     * {@code y := A x} ({@code dgemv('N', m, n, 1, A, lda, x, incx, 0, y, 1)}), as
     * {@code dgemv_n_4.c} with the SkylakeX microkernel: rows in blocks of four; four columns at a
     * time, {@code y += ((a0 x0 + a1 x1) + a2 x2) + a3 x3} contracted to
     * {@code fma(a3, x3, fma(a2, x2, fma(a0, x0, a1 x1)))}; the remaining columns (with unit
     * {@code incx}: a pair fused the same way, then a single one) with plain products; the last
     * {@code m mod 4} rows as an FMA chain over the columns. The {@code lda == m3} special cases of
     * the tail (matrices of 1 to 3 rows with unit {@code incx}) are not reproduced: LAPACK's
     * callers here always pass a row of a larger matrix as {@code x}.
     */
    static void dgemvN(int m, int n, double[] a, int aOff, int lda, double[] x, int xOff, int incx,
            double[] y, int yOff) {
        if (m == 0 || n == 0) {
            return;
        }
        for (int i = 0; i < m; i++) {
            y[yOff + i] = 0.0;
        }
        double[] xs = gather(n, x, xOff, incx);
        int m3 = m & 3;
        int nb = m - m3;
        int n1 = n >> 2;
        int n2 = n & 3;
        if (nb > 0) {
            int j = 0;
            for (int g = 0; g < n1; g++) {
                int c0 = aOff + j * lda;
                int c1 = c0 + lda;
                int c2 = c1 + lda;
                int c3 = c2 + lda;
                for (int i = 0; i < nb; i++) {
                    double s = Math.fma(a[c3 + i], xs[j + 3], Math.fma(a[c2 + i], xs[j + 2],
                            Math.fma(a[c0 + i], xs[j], a[c1 + i] * xs[j + 1])));
                    y[yOff + i] = y[yOff + i] + s;
                }
                j += 4;
            }
            if (incx == 1) {
                if ((n2 & 2) != 0) {
                    int c0 = aOff + j * lda;
                    int c1 = c0 + lda;
                    for (int i = 0; i < nb; i++) {
                        y[yOff + i] = y[yOff + i] + Math.fma(a[c0 + i], xs[j], a[c1 + i] * xs[j + 1]);
                    }
                    j += 2;
                }
                if ((n2 & 1) != 0) {
                    int c0 = aOff + j * lda;
                    for (int i = 0; i < nb; i++) {
                        y[yOff + i] = y[yOff + i] + a[c0 + i] * xs[j];
                    }
                }
            } else {
                for (int k = 0; k < n2; k++, j++) {
                    int c0 = aOff + j * lda;
                    for (int i = 0; i < nb; i++) {
                        y[yOff + i] = y[yOff + i] + a[c0 + i] * xs[j];
                    }
                }
            }
        }
        for (int r = nb; r < m; r++) {
            double t = 0.0;
            for (int j = 0; j < n; j++) {
                t = Math.fma(a[aOff + r + j * lda], xs[j], t);
            }
            y[yOff + r] = y[yOff + r] + t;
        }
    }

    /**
     * {@code A := A + alpha x y^T} ({@code dger}): OpenBLAS's generic {@code ger.c}, one
     * {@code daxpy} per column with the multiplier {@code alpha * y[j]} rounded first, and the
     * SkylakeX {@code daxpy} fusing every update.
     */
    static void dger(int m, int n, double alpha, double[] x, int xOff, int incx, double[] y, int yOff,
            int incy, double[] a, int aOff, int lda) {
        if (m == 0 || n == 0 || alpha == 0.0) {
            return;
        }
        for (int j = 0; j < n; j++) {
            double t = alpha * y[yOff + j * incy];
            int c = aOff + j * lda;
            for (int i = 0; i < m; i++) {
                a[c + i] = Math.fma(t, x[xOff + i * incx], a[c + i]);
            }
        }
    }

    /** {@code drot}: {@code x' = fma(c, x, s y)}, {@code y' = fma(c, y, -(s x))}, any strides. */
    static void drot(int n, double[] x, int xOff, int incx, double[] y, int yOff, int incy, double c,
            double s) {
        for (int i = 0; i < n; i++) {
            int ix = xOff + i * incx;
            int iy = yOff + i * incy;
            double xi = x[ix];
            double yi = y[iy];
            x[ix] = Math.fma(c, xi, s * yi);
            y[iy] = Math.fma(c, yi, -(s * xi));
        }
    }

    /** {@code dscal}: {@code x := alpha x}, elementwise. */
    static void dscal(int n, double alpha, double[] x, int off, int inc) {
        if (alpha == 1.0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            x[off + i * inc] *= alpha;
        }
    }

    /** {@code dswap}. */
    static void dswap(int n, double[] x, int xOff, int incx, double[] y, int yOff, int incy) {
        for (int i = 0; i < n; i++) {
            int ix = xOff + i * incx;
            int iy = yOff + i * incy;
            double t = x[ix];
            x[ix] = y[iy];
            y[iy] = t;
        }
    }

    /**
     * {@code dnrm2}: OpenBLAS's x86-64 {@code nrm2.S}, which squares and sums in the x87 unit's
     * 64-bit-significand extended precision with four accumulators (element {@code i} of each
     * block of eight goes to accumulator {@code i mod 4}, the leftover elements to the first), adds
     * them as {@code a3 + ((a2 + a0) + a1)}, takes {@code fsqrt} in extended precision and rounds
     * once more to double when storing. No scaling: the extended exponent range cannot overflow.
     */
    static double dnrm2(int n, double[] x, int off, int inc) {
        if (n <= 0 || inc == 0) {
            return 0.0;
        }
        Ext[] acc = {Ext.ZERO, Ext.ZERO, Ext.ZERO, Ext.ZERO};
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            for (int k = 0; k < 8; k++) {
                acc[k & 3] = acc[k & 3].add(Ext.square(x[off + (i + k) * inc]));
            }
        }
        for (; i < n; i++) {
            acc[0] = acc[0].add(Ext.square(x[off + i * inc]));
        }
        Ext sum = acc[3].add(acc[2].add(acc[0]).add(acc[1]));
        return sum.sqrt().toDouble();
    }

    private static double[] gather(int len, double[] x, int off, int inc) {
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            out[i] = x[off + i * inc];
        }
        return out;
    }

    /**
     * A non-negative x87 extended-precision value {@code sig * 2^exp}, {@code sig} at most 64 bits
     * after every rounded operation (round to nearest, ties to even; no extended-range limits are
     * reached by squares of doubles).
     */
    private static final class Ext {
        static final Ext ZERO = new Ext(BigInteger.ZERO, 0);
        private static final int P = 64;

        final BigInteger sig;
        final int exp;

        private Ext(BigInteger sig, int exp) {
            this.sig = sig;
            this.exp = exp;
        }

        /** {@code fld x; fmul st, st}: the exact square rounded to 64 bits. */
        static Ext square(double x) {
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
                if (x == 0.0) {
                    return ZERO;
                }
                throw new ArithmeticException("non-finite input to dnrm2");
            }
            long bits = Double.doubleToRawLongBits(x) & 0x7fffffffffffffffL;
            int be = (int) (bits >>> 52);
            long m = bits & 0xfffffffffffffL;
            int e;
            if (be == 0) {
                e = -1074;
            } else {
                m |= 1L << 52;
                e = be - 1075;
            }
            BigInteger b = BigInteger.valueOf(m);
            return round(b.multiply(b), 2 * e, false);
        }

        Ext add(Ext o) {
            if (o.sig.signum() == 0) {
                return this;
            }
            if (sig.signum() == 0) {
                return o;
            }
            int e = Math.min(exp, o.exp);
            BigInteger s = sig.shiftLeft(exp - e).add(o.sig.shiftLeft(o.exp - e));
            return round(s, e, false);
        }

        /** {@code fsqrt}: the square root rounded to 64 bits. */
        Ext sqrt() {
            if (sig.signum() == 0) {
                return ZERO;
            }
            BigInteger s = sig;
            int e = exp;
            if ((e & 1) != 0) {
                s = s.shiftLeft(1);
                e -= 1;
            }
            // enough bits that the integer root carries 64 + 2 bits at least
            int k = Math.max(0, (2 * (P + 4) - s.bitLength() + 1) / 2 + 1);
            s = s.shiftLeft(2 * k);
            e -= 2 * k;
            BigInteger[] qr = s.sqrtAndRemainder();
            return round(qr[0], e / 2, qr[1].signum() != 0);
        }

        /** Rounds {@code s * 2^e} (plus a sticky nonzero tail below it) to 64 bits. */
        private static Ext round(BigInteger s, int e, boolean sticky) {
            int bl = s.bitLength();
            if (bl <= P) {
                if (sticky) {
                    throw new IllegalStateException("sticky bits need headroom");
                }
                return new Ext(s, e);
            }
            int sh = bl - P;
            BigInteger q = s.shiftRight(sh);
            BigInteger rem = s.subtract(q.shiftLeft(sh));
            BigInteger half = BigInteger.ONE.shiftLeft(sh - 1);
            int cmp = rem.compareTo(half);
            if (cmp > 0 || (cmp == 0 && (sticky || q.testBit(0)))) {
                q = q.add(BigInteger.ONE);
            }
            return new Ext(q, e + sh);
        }

        /** {@code fstp} to a double: one rounding to 53 bits (or fewer, for a subnormal). */
        double toDouble() {
            if (sig.signum() == 0) {
                return 0.0;
            }
            int msb = exp + sig.bitLength() - 1;
            int lsb = Math.max(msb - 52, -1074);
            BigInteger q = sig;
            int e = exp;
            if (lsb > e) {
                int sh = lsb - e;
                q = sig.shiftRight(sh);
                BigInteger rem = sig.subtract(q.shiftLeft(sh));
                int cmp = rem.compareTo(BigInteger.ONE.shiftLeft(sh - 1));
                if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                    q = q.add(BigInteger.ONE);
                }
                e = lsb;
            }
            return Math.scalb((double) q.longValueExact(), e);
        }
    }
}
