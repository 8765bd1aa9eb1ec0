package org.nprand.numpy;

import org.nprand.bitgen.BitSource;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.kernels.BoundedIntegers;
import org.nprand.kernels.CdfSearch;

/**
 * {@code Generator.choice}'s sampling once the population size is known ({@code _generator.pyx}):
 * the probability checks (with the Generator's wording), then with replacement
 * {@code searchsorted} of {@code random(shape)} over the normalised cumulative {@code p}, or
 * {@code integers(0, n, shape)}; without replacement NumPy's redraw-and-zero loop with {@code p},
 * else a partial Fisher-Yates of the tail of {@code arange(n)} when the sample is a large part of a
 * large population, or Floyd's set-based algorithm with an open-addressing hash set (then, with
 * {@code shuffle}, a shuffle of the result). Returns indices.
 */
final class GeneratorChoice {

    private GeneratorChoice() {
    }

    /** The checks of {@code p} in NumPy's order and wording. */
    static void checkP(double[] p, long popSize, double atol) {
        if (p.length != popSize) {
            throw new ValueError("a and p must have same size");
        }
        double sum = LegacyChoice.kahanSum(p, p.length);
        if (Double.isNaN(sum)) {
            throw new ValueError("Probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw new ValueError("Probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.0) > atol) {
            throw new ValueError("Probabilities do not sum to 1. See Notes section of docstring for more information.");
        }
    }

    /** The indices drawn ({@code shape == null}: one, as {@code size=None}). */
    static long[] indices(Generator g, long popSize, int[] shape, boolean replace, double[] p, boolean shuffle) {
        int[] s = shape == null ? new int[0] : shape;
        if (replace) {
            if (p != null) {
                double[] cdf = CdfSearch.cumsumNormalised(p);
                double[] u = g.random(s);
                long[] idx = new long[u.length];
                for (int i = 0; i < u.length; i++) {
                    idx[i] = CdfSearch.searchsortedRight(cdf, u[i]);
                }
                return idx;
            }
            return g.integers(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(popSize), s, DType.INT64, false);
        }
        long size = 1;
        int unknown = 0;
        for (int d : s) {
            size *= d;
            unknown += d < 0 ? 1 : 0;
        }
        if (size > popSize) {
            throw new ValueError("Cannot take a larger sample than population when replace is False");
        }
        if (size < 0) {
            throw new ValueError("negative dimensions are not allowed");
        }
        if (p != null) {
            int nonZero = 0;
            for (double v : p) {
                if (v > 0) {
                    nonZero++;
                }
            }
            if (nonZero < size) {
                throw new ValueError("Fewer non-zero entries in p than size");
            }
        }
        if (unknown > 0) {
            // NumPy draws the flat sample first, then fails to give it the shape.
            long[] drawn = indices(g, popSize, new int[] {(int) size}, false, p, shuffle);
            throw new ValueError(unknown > 1 ? "can only specify one unknown dimension"
                    : "cannot reshape array of size " + drawn.length + " into shape " + Shapes.tuple(s));
        }
        int n = Shapes.count(s, 8, "int64");
        if (p != null) {
            return LegacyChoice.withoutReplacement(p, n, k -> g.random(k));
        }
        long cutoff = shuffle ? 50 : 20;
        if (popSize > 10000 && size > popSize / cutoff) {
            if (popSize > Shapes.MAX_JAVA_LENGTH) {
                throw Shapes.memoryError(new long[] {popSize}, 8 * popSize, "int64");
            }
            // NumPy shuffles the tail of an int64 arange(pop_size); the values fit an int, and half
            // the memory is half the cache misses of the random swaps
            int pop = (int) popSize;
            int[] idx = new int[pop];
            for (int i = 0; i < pop; i++) {
                idx[i] = i;
            }
            shuffleInt(g.bitGenerator(), pop, (int) Math.max(popSize - size, 1), idx);
            long[] out = new long[n];
            for (int k = 0, from = (int) (popSize - size); k < n; k++) {
                out[k] = idx[from + k];
            }
            return out;
        }
        long[] idx = new long[n];
        BitSource bg = g.bitGenerator();
        long setSize = CCastUnsigned.toUInt64(1.2 * size);
        long mask = BoundedIntegers.genMask(setSize);
        int slots = (int) (mask + 1);
        long[] hash = new long[slots];
        java.util.Arrays.fill(hash, -1L);
        for (long j = popSize - size; j < popSize; j++) {
            long val = BoundedIntegers.boundedUInt64(bg, 0, j, 0, false);
            int loc = (int) (val & mask);
            while (hash[loc] != -1L && hash[loc] != val) {
                loc = (int) ((loc + 1) & mask);
            }
            if (hash[loc] == -1L) {
                hash[loc] = val;
                idx[(int) (j - popSize + size)] = val;
            } else {
                loc = (int) (j & mask);
                while (hash[loc] != -1L) {
                    loc = (int) ((loc + 1) & mask);
                }
                hash[loc] = j;
                idx[(int) (j - popSize + size)] = j;
            }
        }
        if (shuffle) {
            shuffleInt(bg, n, 1, idx);
        }
        return idx;
    }

    /** Positions drawn ahead of their swaps. */
    private static final int BLOCK = 256;

    /**
     * NumPy's {@code _shuffle_int(n, first, data)}: Fisher-Yates from {@code n - 1} down to
     * {@code first}, with Lemire draws ({@code random_bounded_uint64(0, i)}). The draws do not
     * depend on the data, so a block of them is made first and then its swaps, whose cache misses
     * overlap instead of waiting one by one behind each draw.
     */
    private static void shuffleInt(BitSource bg, int n, int first, int[] data) {
        int[] js = new int[Math.max(0, Math.min(BLOCK, n - first))];
        for (int i = n - 1; i >= first;) {
            for (int t = 0, c = drawPositions(bg, i, first, js); t < c; t++, i--) {
                int j = js[t];
                int x = data[j];
                data[j] = data[i];
                data[i] = x;
            }
        }
    }

    /** {@link #shuffleInt(BitSource, int, int, int[])} over an int64 array (the Floyd sample). */
    private static void shuffleInt(BitSource bg, int n, int first, long[] data) {
        int[] js = new int[Math.max(0, Math.min(BLOCK, n - first))];
        for (int i = n - 1; i >= first;) {
            for (int t = 0, c = drawPositions(bg, i, first, js); t < c; t++, i--) {
                int j = js[t];
                long x = data[j];
                data[j] = data[i];
                data[i] = x;
            }
        }
    }

    /** The swap partners of positions {@code i, i - 1, ...} (not below {@code first}) into {@code js}; returns how many. */
    private static int drawPositions(BitSource bg, int i, int first, int[] js) {
        int c = Math.min(js.length, i - first + 1);
        for (int t = 0; t < c; t++) {
            js[t] = (int) BoundedIntegers.boundedUInt64(bg, 0, i - t, 0, false);
        }
        return c;
    }

    /** C's {@code (uint64_t)} of a non-negative double below 2**64. */
    private static final class CCastUnsigned {
        static long toUInt64(double x) {
            return x < 0x1p63 ? (long) x : (long) (x - 0x1p63) ^ Long.MIN_VALUE;
        }
    }
}
