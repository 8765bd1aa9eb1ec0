package org.nprand.kernels;

import java.util.List;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_interval(max)}: a uniform integer in {@code [0, max]} by masked rejection,
 * and the Fisher-Yates shuffles built on it ({@code RandomState.shuffle},
 * {@code RandomState.permutation}, {@code Generator.shuffle}, {@code Generator.permutation}).
 *
 * <p>Draws: {@code max == 0} draws nothing; {@code max <= 0xFFFFFFFF} draws {@code next_uint32}
 * per try, larger {@code max} draws {@code next_uint64}.
 */
public final class RandomInterval {

    private RandomInterval() {
    }

    /** NumPy's {@code random_interval(bitgen, max)} for an unsigned {@code max}. */
    public static long draw(BitSource src, long max) {
        if (max == 0) {
            return 0;
        }
        long mask = BoundedIntegers.genMask(max);
        if (Long.compareUnsigned(max, 0xFFFF_FFFFL) <= 0) {
            long value;
            do {
                value = src.nextUInt32() & mask;
            } while (value > max);
            return value;
        }
        long value;
        do {
            value = src.nextUInt64() & mask;
        } while (Long.compareUnsigned(value, max) > 0);
        return value;
    }

    /**
     * The swap sequence of NumPy's shuffle over {@code n} items: for {@code i = n-1} down to 1,
     * {@code j = random_interval(i)} and {@code swapper.swap(i, j)} (called also when
     * {@code i == j}; a no-op swap changes nothing). Use it for anything that is not a plain
     * array, e.g. rows of a matrix.
     */
    public static void shuffle(BitSource src, long n, Swapper swapper) {
        for (long i = n - 1; i >= 1; i--) {
            swapper.swap(i, draw(src, i));
        }
    }

    /** Swaps two positions of a sequence being shuffled. */
    @FunctionalInterface
    public interface Swapper {
        /** Swaps the items at {@code i} and {@code j} ({@code j <= i}). */
        void swap(long i, long j);
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, double[] a, int from, int to) {
        for (int i = to - from - 1; i >= 1; i--) {
            int j = (int) draw(src, i);
            double t = a[from + i];
            a[from + i] = a[from + j];
            a[from + j] = t;
        }
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, long[] a, int from, int to) {
        for (int i = to - from - 1; i >= 1; i--) {
            int j = (int) draw(src, i);
            long t = a[from + i];
            a[from + i] = a[from + j];
            a[from + j] = t;
        }
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, int[] a, int from, int to) {
        for (int i = to - from - 1; i >= 1; i--) {
            int j = (int) draw(src, i);
            int t = a[from + i];
            a[from + i] = a[from + j];
            a[from + j] = t;
        }
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, Object[] a, int from, int to) {
        for (int i = to - from - 1; i >= 1; i--) {
            int j = (int) draw(src, i);
            Object t = a[from + i];
            a[from + i] = a[from + j];
            a[from + j] = t;
        }
    }

    /** NumPy's shuffle of a Python list ({@code x[i], x[j] = x[j], x[i]}), in place. */
    public static <T> void shuffle(BitSource src, List<T> list) {
        for (int i = list.size() - 1; i >= 1; i--) {
            int j = (int) draw(src, i);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
