package org.nprand.sklearn;

/**
 * NumPy's float64 reductions in the order NumPy adds: {@code np.sum} over a contiguous axis is
 * pairwise (8 accumulators up to 128 elements, halves above), over an outer axis a plain
 * left-to-right sum per column; {@code np.std} is {@code sqrt(sum((x - mean)**2) / n)} with
 * {@code mean = sum(x) / n}, each sum in that order. Needed bit for bit because
 * {@code StratifiedGroupKFold} compares such results exactly.
 */
final class NpMath {

    private NpMath() {
    }

    /** NumPy's {@code pairwise_sum_DOUBLE} of {@code a[from, from + n)}. */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[from + j];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }

    /** {@code np.sum(a)} of a 1-d float64 array. */
    static double sum(double[] a) {
        return pairwiseSum(a, 0, a.length);
    }

    /** {@code np.mean(a)} of a 1-d float64 array. */
    static double mean(double[] a) {
        return sum(a) / a.length;
    }

    /** {@code np.std(a)} of a 1-d float64 array (the reduction over a contiguous axis). */
    static double std(double[] a) {
        double mean = sum(a) / a.length;
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double x = a[i] - mean;
            d[i] = x * x;
        }
        return Math.sqrt(sum(d) / a.length);
    }

    /**
     * {@code np.std(m, axis=0)} of a C-contiguous {@code rows x cols} matrix: per column, sums
     * left to right over the rows (the outer axis), except that a single column is a contiguous
     * 1-d reduction (pairwise).
     */
    static double[] stdAxis0(double[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        double[] out = new double[cols];
        if (cols == 1) {
            double[] col = new double[rows];
            for (int i = 0; i < rows; i++) {
                col[i] = m[i][0];
            }
            out[0] = std(col);
            return out;
        }
        for (int c = 0; c < cols; c++) {
            double s = 0.;
            for (int i = 0; i < rows; i++) {
                s += m[i][c];
            }
            double mean = s / rows;
            double v = 0.;
            for (int i = 0; i < rows; i++) {
                double x = m[i][c] - mean;
                v += x * x;
            }
            out[c] = Math.sqrt(v / rows);
        }
        return out;
    }

    /** {@code np.isclose(a, b)} with the default tolerances (rtol 1e-05, atol 1e-08). */
    static boolean isclose(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        return Math.abs(a - b) <= 1e-08 + 1e-05 * Math.abs(b);
    }
}
