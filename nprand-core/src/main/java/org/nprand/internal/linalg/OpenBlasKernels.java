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
        dgemvNAcc(m, n, 1.0, a, aOff, lda, x, xOff, incx, y, yOff);
    }

    /**
     * {@code y := y + alpha A x} (the {@code dgemv_n_4.c} kernel itself, unit {@code incy}), with
     * the same blocking as {@link #dgemvN}: the four- and two-column microkernels compute their
     * sum first and add {@code fma(sum, alpha, y)}; the one-column kernel (SSE2 assembly) scales
     * {@code x[j]} by alpha first and adds the plain product {@code y + a (alpha x[j])}; the last
     * {@code m mod 4} rows add {@code fma(alpha, t, y)} to their FMA chain {@code t}. With
     * {@code alpha = 1} this is what {@link #dgemvN} accumulates; OpenBLAS's {@code potf2_L} calls
     * it with {@code alpha = -1} and a strided {@code x} (a row of the factor).
     */
    static void dgemvNAcc(int m, int n, double alpha, double[] a, int aOff, int lda, double[] x, int xOff,
            int incx, double[] y, int yOff) {
        if (m < 1 || n < 1) {
            return;
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
                    y[yOff + i] = Math.fma(s, alpha, y[yOff + i]);
                }
                j += 4;
            }
            if (incx == 1) {
                if ((n2 & 2) != 0) {
                    int c0 = aOff + j * lda;
                    int c1 = c0 + lda;
                    for (int i = 0; i < nb; i++) {
                        double s = Math.fma(a[c0 + i], xs[j], a[c1 + i] * xs[j + 1]);
                        y[yOff + i] = Math.fma(s, alpha, y[yOff + i]);
                    }
                    j += 2;
                }
                if ((n2 & 1) != 0) {
                    int c0 = aOff + j * lda;
                    double xa = xs[j] * alpha;
                    for (int i = 0; i < nb; i++) {
                        y[yOff + i] = y[yOff + i] + a[c0 + i] * xa;
                    }
                }
            } else {
                for (int k = 0; k < n2; k++, j++) {
                    int c0 = aOff + j * lda;
                    double xa = xs[j] * alpha;
                    for (int i = 0; i < nb; i++) {
                        y[yOff + i] = y[yOff + i] + a[c0 + i] * xa;
                    }
                }
            }
        }
        for (int r = nb; r < m; r++) {
            double t = 0.0;
            for (int j = 0; j < n; j++) {
                t = Math.fma(a[aOff + r + j * lda], xs[j], t);
            }
            y[yOff + r] = Math.fma(alpha, t, y[yOff + r]);
        }
    }

    /**
     * {@code ddot} ({@code ddot.c} with the SkylakeX microkernel). Unit strides: the first
     * {@code n & ~15} elements in sixteen lanes (four AVX2 accumulators of four, after the
     * 512-bit loop that only runs from 32 elements, which is folded in first), reduced as
     * {@code ((a0 + a1) + a2) + a3} lane by lane and then {@code (l0 + l2) + (l1 + l3)}; the rest
     * as an FMA chain onto that. Other strides: blocks of four as {@code t1 += y0 x0 + y2 x2},
     * {@code t2 += y1 x1 + y3 x3} with plain products, the rest fused into {@code t1}, and
     * {@code t1 + t2}.
     */
    static double ddot(int n, double[] x, int xOff, int incx, double[] y, int yOff, int incy) {
        if (n <= 0) {
            return 0.0;
        }
        if (incx == 1 && incy == 1) {
            int n1 = n & -16;
            double dot = 0.0;
            if (n1 > 0) {
                double[] acc = new double[16];
                int i = 0;
                if (n1 >= 32) {
                    int n32 = n1 & ~31;
                    double[] wide = new double[32];
                    for (; i < n32; i += 32) {
                        for (int q = 0; q < 32; q++) {
                            wide[q] = Math.fma(x[xOff + i + q], y[yOff + i + q], wide[q]);
                        }
                    }
                    for (int v = 0; v < 4; v++) {
                        for (int l = 0; l < 4; l++) {
                            acc[4 * v + l] = wide[8 * v + l] + wide[8 * v + 4 + l];
                        }
                    }
                }
                for (; i < n1; i += 16) {
                    for (int q = 0; q < 16; q++) {
                        acc[q] = Math.fma(x[xOff + i + q], y[yOff + i + q], acc[q]);
                    }
                }
                double[] l = new double[4];
                for (int k = 0; k < 4; k++) {
                    l[k] = ((acc[k] + acc[4 + k]) + acc[8 + k]) + acc[12 + k];
                }
                dot = (l[0] + l[2]) + (l[1] + l[3]);
            }
            for (int i = n1; i < n; i++) {
                dot = Math.fma(y[yOff + i], x[xOff + i], dot);
            }
            return dot;
        }
        int n1 = n & -4;
        double t1 = 0.0;
        double t2 = 0.0;
        int i = 0;
        int ix = xOff;
        int iy = yOff;
        for (; i < n1; i += 4) {
            double m1 = y[iy] * x[ix];
            double m2 = y[iy + incy] * x[ix + incx];
            double m3 = y[iy + 2 * incy] * x[ix + 2 * incx];
            double m4 = y[iy + 3 * incy] * x[ix + 3 * incx];
            t1 = t1 + (m1 + m3);
            t2 = t2 + (m2 + m4);
            ix += 4 * incx;
            iy += 4 * incy;
        }
        for (; i < n; i++) {
            t1 = Math.fma(y[iy], x[ix], t1);
            ix += incx;
            iy += incy;
        }
        return t1 + t2;
    }

    /** {@code daxpy}: {@code y := fma(alpha, x, y)} elementwise (the SkylakeX kernel fuses every update). */
    static void daxpy(int n, double alpha, double[] x, int xOff, int incx, double[] y, int yOff, int incy) {
        if (n <= 0 || alpha == 0.0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i * incy] = Math.fma(alpha, x[xOff + i * incx], y[yOff + i * incy]);
        }
    }

    /**
     * {@code dsymv('L', n, alpha, A, lda, x, 1, 0, y, 1)}: {@code y := alpha A x} from A's lower
     * triangle, as OpenBLAS's {@code dsymv_L.c} with the SkylakeX microkernel computes it. Columns
     * go in blocks of four: {@code tmp1[q] = alpha x[j+q]}; each element below the diagonal is
     * visited once, updating {@code y[i] = fma(tmp1[q], a, y[i])} and
     * {@code tmp2[q] = fma(a, x[i], tmp2[q])} (for the triangle inside the block, then rows four
     * at a time); when at least twelve rows lie below the block's first column, rows from
     * {@code j + 4} to {@code m & ~3} go through the microkernel instead: y gets
     * {@code y + fma(t3, a3, fma(t2, a2, fma(t0, a0, t1 a1)))}, and {@code tmp2[q]} gets a vector
     * dot product (eight lanes while eight rows remain, folded to four, then four lanes,
     * reduced {@code (l0 + l2) + (l1 + l3)}) added on. Finally
     * {@code y[j+q] = fma(alpha, tmp2[q], y[j+q])}. The last {@code n mod 4} columns are plain
     * FMA chains.
     */
    static void dsymvL(int n, double alpha, double[] a, int aOff, int lda, double[] x, int xOff, double[] y,
            int yOff) {
        if (n <= 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yOff + i] = 0.0;
        }
        if (alpha == 0.0) {
            return;
        }
        final int m = n;
        int off1 = (n / 4) * 4;
        double[] t1 = new double[4];
        double[] t2 = new double[4];
        for (int j = 0; j < off1; j += 4) {
            int[] ap = {aOff + j * lda, aOff + (j + 1) * lda, aOff + (j + 2) * lda, aOff + (j + 3) * lda};
            for (int q = 0; q < 4; q++) {
                t1[q] = alpha * x[xOff + j + q];
                t2[q] = 0.0;
            }
            for (int q = 0; q < 4; q++) {
                y[yOff + j + q] = Math.fma(t1[q], a[ap[q] + j + q], y[yOff + j + q]);
            }
            // the triangle below the diagonal inside the block
            for (int q = 0; q < 3; q++) {
                for (int i = j + 1 + q; i < j + 4; i++) {
                    double v = a[ap[q] + i];
                    y[yOff + i] = Math.fma(t1[q], v, y[yOff + i]);
                    t2[q] = Math.fma(v, x[xOff + i], t2[q]);
                }
            }
            int rowsFrom = j + 4;
            if (m - (j + 1) >= 12) {
                int m2 = (m / 4) * 4;
                if (m2 > j + 4) {
                    symvKernel4x4(j + 4, m2, a, ap, x, xOff, y, yOff, t1, t2);
                }
                rowsFrom = m2;
            }
            for (int i = rowsFrom; i < m; i++) {
                for (int q = 0; q < 4; q++) {
                    double v = a[ap[q] + i];
                    y[yOff + i] = Math.fma(t1[q], v, y[yOff + i]);
                    t2[q] = Math.fma(v, x[xOff + i], t2[q]);
                }
            }
            for (int q = 0; q < 4; q++) {
                y[yOff + j + q] = Math.fma(alpha, t2[q], y[yOff + j + q]);
            }
        }
        for (int j = off1; j < n; j++) {
            int c = aOff + j * lda;
            double temp1 = alpha * x[xOff + j];
            double temp2 = 0.0;
            y[yOff + j] = Math.fma(temp1, a[c + j], y[yOff + j]);
            for (int i = j + 1; i < m; i++) {
                y[yOff + i] = Math.fma(temp1, a[c + i], y[yOff + i]);
                temp2 = Math.fma(a[c + i], x[xOff + i], temp2);
            }
            y[yOff + j] = Math.fma(alpha, temp2, y[yOff + j]);
        }
    }

    /** {@code dsymv_kernel_4x4} of {@code dsymv_L_microk_skylakex-2.c}, rows {@code from} to {@code to}. */
    private static void symvKernel4x4(int from, int to, double[] a, int[] ap, double[] x, int xOff, double[] y,
            int yOff, double[] t1, double[] t2) {
        double[][] acc = new double[4][8];
        int to2 = from + ((to - from) & ~7);
        int i = from;
        for (; i < to2; i += 8) {
            for (int l = 0; l < 8; l++) {
                symvRow(i + l, a, ap, x, xOff, y, yOff, t1, acc, l);
            }
        }
        for (int q = 0; q < 4; q++) {
            for (int l = 0; l < 4; l++) {
                acc[q][l] = acc[q][l] + acc[q][l + 4];
            }
        }
        for (; i < to; i += 4) {
            for (int l = 0; l < 4; l++) {
                symvRow(i + l, a, ap, x, xOff, y, yOff, t1, acc, l);
            }
        }
        for (int q = 0; q < 4; q++) {
            t2[q] = t2[q] + ((acc[q][0] + acc[q][2]) + (acc[q][1] + acc[q][3]));
        }
    }

    private static void symvRow(int r, double[] a, int[] ap, double[] x, int xOff, double[] y, int yOff,
            double[] t1, double[][] acc, int lane) {
        double a0 = a[ap[0] + r];
        double a1 = a[ap[1] + r];
        double a2 = a[ap[2] + r];
        double a3 = a[ap[3] + r];
        double s = Math.fma(t1[3], a3, Math.fma(t1[2], a2, Math.fma(t1[0], a0, t1[1] * a1)));
        y[yOff + r] = y[yOff + r] + s;
        double xr = x[xOff + r];
        acc[0][lane] = Math.fma(xr, a0, acc[0][lane]);
        acc[1][lane] = Math.fma(xr, a1, acc[1][lane]);
        acc[2][lane] = Math.fma(xr, a2, acc[2][lane]);
        acc[3][lane] = Math.fma(xr, a3, acc[3][lane]);
    }

    /**
     * {@code dsyr2('L', n, alpha, x, 1, y, 1, A, lda)}: OpenBLAS's small-n path of
     * {@code interface/syr2.c} ({@code n < 100}, unit strides): for each column i, two
     * {@code daxpy}s on its part from the diagonal down, {@code A[i:, i] += (alpha x[i]) y[i:]} then
     * {@code += (alpha y[i]) x[i:]}, each update fused.
     */
    static void dsyr2L(int n, double alpha, double[] x, int xOff, double[] y, int yOff, double[] a, int aOff,
            int lda) {
        if (n == 0 || alpha == 0.0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int c = aOff + i * lda;
            double tx = alpha * x[xOff + i];
            for (int k = i; k < n; k++) {
                a[c + k] = Math.fma(tx, y[yOff + k], a[c + k]);
            }
            double ty = alpha * y[yOff + i];
            for (int k = i; k < n; k++) {
                a[c + k] = Math.fma(ty, x[xOff + k], a[c + k]);
            }
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
