package org.nprand.numpy;

import java.util.Arrays;

import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.kernels.CdfSearch;

/**
 * {@code RandomState.choice}'s sampling once its population is known (NumPy's Python code in
 * {@code mtrand.pyx}, frozen): the probability checks ({@code kahan_sum}, NaN, sign, tolerance),
 * then, with replacement, {@code searchsorted} of {@code random_sample(shape)} over the
 * normalised cumulative {@code p}, or {@code randint(0, n, shape)} without {@code p}; without
 * replacement, the first {@code size} of {@code permutation(n)}, or with {@code p} NumPy's
 * redraw-and-zero loop. Returns indices into the population.
 */
final class LegacyChoice {

    /** {@code sqrt(np.finfo(np.float64).eps)}: the tolerance on {@code sum(p)}. */
    static final double ATOL_FLOAT64 = Math.sqrt(0x1p-52);
    /** {@code sqrt(np.finfo(np.float32).eps)}: the tolerance for a float32 {@code p} array. */
    static final double ATOL_FLOAT32 = Math.sqrt((double) 0x1p-23f);

    private LegacyChoice() {
    }

    /** NumPy's {@code kahan_sum} of the first {@code n} values. */
    static double kahanSum(double[] d, int n) {
        if (n <= 0) {
            return 0.0;
        }
        double sum = d[0];
        double c = 0.0;
        for (int i = 1; i < n; i++) {
            double y = d[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** The checks of {@code p} (after the population's), in NumPy's order. */
    static void checkP(double[] p, long popSize, double atol) {
        if (p.length != popSize) {
            throw new ValueError("'a' and 'p' must have same size");
        }
        double sum = kahanSum(p, p.length);
        if (Double.isNaN(sum)) {
            throw new ValueError("probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw new ValueError("probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.0) > atol) {
            throw new ValueError("probabilities do not sum to 1");
        }
    }

    /**
     * The indices drawn, {@code prod(shape)} of them ({@code shape == null}: one, as
     * {@code size=None}), after the population and {@code p} were checked.
     */
    static long[] indices(RandomState rs, long popSize, int[] shape, boolean replace, double[] p) {
        int[] s = shape == null ? new int[0] : shape;
        if (replace) {
            if (p != null) {
                double[] cdf = CdfSearch.cumsumNormalised(p);
                double[] u = rs.randomSample(s);
                long[] idx = new long[u.length];
                for (int i = 0; i < u.length; i++) {
                    idx[i] = CdfSearch.searchsortedRight(cdf, u[i]);
                }
                return idx;
            }
            return rs.randint(0, popSize, s);
        }
        long size = 1;
        int unknown = 0;
        for (int d : s) {
            size *= d;
            unknown += d < 0 ? 1 : 0;
        }
        if (size > popSize) {
            throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
        }
        if (size < 0) {
            throw new ValueError("Negative dimensions are not allowed");
        }
        if (unknown > 0 && p == null) {
            // NumPy draws permutation(n)[:size] first, then fails to give it the shape.
            rs.permutation(popSize);
            throw new ValueError(unknown > 1 ? "can only specify one unknown dimension"
                    : "cannot reshape array of size " + size + " into shape " + Shapes.tuple(s));
        }
        int n = Shapes.count(s, 8, "int64");
        if (p != null) {
            int nonZero = 0;
            for (double v : p) {
                if (v > 0) {
                    nonZero++;
                }
            }
            if (nonZero < n) {
                throw new ValueError("Fewer non-zero entries in p than size");
            }
            return withoutReplacement(p, n, k -> rs.rand(k));
        }
        long[] perm = rs.permutation(popSize);
        return Arrays.copyOf(perm, n);
    }

    /**
     * NumPy's loop for {@code replace=False} with {@code p} (both APIs): draw {@code size - found}
     * uniforms, zero the probabilities already taken, search the new cumulative {@code p}, keep
     * the new distinct indices in order of first occurrence, until {@code n} are found.
     */
    static long[] withoutReplacement(double[] p, int n, java.util.function.IntFunction<double[]> uniforms) {
        double[] q = p.clone();
        long[] found = new long[n];
        int nUniq = 0;
        while (nUniq < n) {
            double[] x = uniforms.apply(n - nUniq);
            for (int i = 0; i < nUniq; i++) {
                q[(int) found[i]] = 0;
            }
            double[] cdf = CdfSearch.cumsumNormalised(q);
            boolean[] seen = new boolean[q.length + 1];
            for (double u : x) {
                long v = CdfSearch.searchsortedRight(cdf, u);
                // np.unique(new, return_index=True), indices sorted: distinct values in order of
                // their first occurrence.
                if (!seen[(int) v]) {
                    seen[(int) v] = true;
                    found[nUniq++] = v;
                }
            }
        }
        return found;
    }
}
