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

    // ---- the array shuffles: the draws a block at a time ----------------------------------------

    /** Words (and draws) per block. */
    private static final int BLOCK = 512;
    /** From this many elements on, references are shuffled through an index permutation. */
    private static final int INDIRECT_MIN = 1 << 12;

    /** Words per sub-block of {@link #drawBlock}'s fast path. */
    private static final int SUB = 64;

    /**
     * The next block of Fisher-Yates draws: {@code js[t] = random_interval(i - t)} for
     * {@code t = 0 .. c-1}, returning {@code c} ({@code i >= 1}). The words come a block at a
     * time through {@link BitSource#fillUInt32}, never more than {@code i} (each gives at most one
     * draw, and {@code i} draws are left), so the words are exactly those of {@code i - c + 1}...
     * {@code i} per-value {@link #draw} calls.
     *
     * <p>Word by word, a draw is accepted when {@code (word & mask) <= max}, and each acceptance
     * lowers {@code max} by one (and halves {@code mask} when {@code max} passes a power of two):
     * a chain from every word to the next. Over a sub-block of {@code SUB} words, {@code max}
     * can only fall to {@code lo = max - SUB + 1}; a value at most {@code lo} is accepted
     * whatever came before it, one above {@code max} rejected. So the fast path tests each word
     * against the sub-block's starting {@code max} (no chain but the count of accepted draws)
     * and checks that no value fell between {@code lo} and {@code max} and that the mask cannot
     * change; otherwise (rare while {@code max} is large against {@code SUB}) the sub-block is
     * redone word by word.
     */
    private static int drawBlock(BitSource src, int i, int[] words, int[] js) {
        int w = Math.min(i, words.length);
        src.fillUInt32(words, 0, w);
        int max = i;
        int mask = (int) BoundedIntegers.genMask(i);
        int c = 0;
        for (int k = 0; k < w; k += SUB) {
            int end = Math.min(w, k + SUB);
            int lo = max - (end - k) + 1;
            if (lo > (mask >>> 1)) {
                // the values and a flag per word in js[k, end) (a scratch here: the packed
                // draws so far end at c <= k), the sure test, then the accepted values packed
                int unsure = 0;
                for (int t = k; t < end; t++) {
                    int j = words[t] & mask; // max < 2**31, so the mask clears the sign bit
                    words[t] = j;
                    js[t] = (max - j) >> 31; // 0: accepted, -1: rejected
                    unsure |= (lo - j) & ~(max - j); // sign bit: lo < j <= max
                }
                if (unsure >= 0) {
                    int c0 = c;
                    for (int t = k; t < end; t++) {
                        int rejected = js[t];
                        js[c] = words[t];
                        c += 1 + rejected;
                    }
                    max -= c - c0;
                    if (max <= (mask >>> 1)) {
                        mask >>>= 1;
                    }
                    continue;
                }
            }
            for (int t = k; t < end; t++) {
                int j = words[t] & mask;
                js[c] = j;
                int rejected = (max - j) >> 31; // 0: accepted, -1: rejected
                c += 1 + rejected;
                max = max - 1 - rejected;
                if (max <= (mask >>> 1)) {
                    mask >>>= 1;
                }
            }
        }
        return c;
    }

    private static int[] blockBuffer(int n) {
        return new int[Math.min(n - 1, BLOCK)];
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, double[] a, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int[] words = blockBuffer(n);
        int[] js = blockBuffer(n);
        for (int i = n - 1; i >= 1;) {
            int c = drawBlock(src, i, words, js);
            for (int t = 0; t < c; t++, i--) {
                int p = from + i;
                int q = from + js[t];
                double x = a[p];
                a[p] = a[q];
                a[q] = x;
            }
        }
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, long[] a, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int[] words = blockBuffer(n);
        int[] js = blockBuffer(n);
        for (int i = n - 1; i >= 1;) {
            int c = drawBlock(src, i, words, js);
            for (int t = 0; t < c; t++, i--) {
                int p = from + i;
                int q = from + js[t];
                long x = a[p];
                a[p] = a[q];
                a[q] = x;
            }
        }
    }

    /** NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. */
    public static void shuffle(BitSource src, int[] a, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int[] words = blockBuffer(n);
        int[] js = blockBuffer(n);
        for (int i = n - 1; i >= 1;) {
            int c = drawBlock(src, i, words, js);
            for (int t = 0; t < c; t++, i--) {
                int p = from + i;
                int q = from + js[t];
                int x = a[p];
                a[p] = a[q];
                a[q] = x;
            }
        }
    }

    /**
     * NumPy's legacy Fisher-Yates shuffle of {@code a[from, to)}, in place. Large arrays are
     * shuffled as an index permutation (the same draws, the same swaps) and then written back in
     * order: swapping references at random positions of a large array costs the garbage
     * collector's write barrier a card per store, writing them in order one card per 128 stores.
     */
    public static void shuffle(BitSource src, Object[] a, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        int n = to - from;
        if (n <= 1) {
            return;
        }
        if (n < INDIRECT_MIN) {
            int[] words = blockBuffer(n);
            int[] js = blockBuffer(n);
            for (int i = n - 1; i >= 1;) {
                int c = drawBlock(src, i, words, js);
                for (int t = 0; t < c; t++, i--) {
                    int p = from + i;
                    int q = from + js[t];
                    Object x = a[p];
                    a[p] = a[q];
                    a[q] = x;
                }
            }
            return;
        }
        int[] perm = identity(n);
        shuffle(src, perm, 0, n);
        Object[] before = java.util.Arrays.copyOfRange(a, from, to);
        for (int k = 0; k < n; k++) {
            a[from + k] = before[perm[k]];
        }
    }

    /**
     * NumPy's shuffle of a Python list ({@code x[i], x[j] = x[j], x[i]}), in place. The first
     * swap is made at once (an unmodifiable list fails there, after one draw, as before); the
     * rest of a large list is shuffled as an index permutation and written back in order
     * ({@link #permuteInOrder}), the same draws and the same result as swapping in the list.
     */
    public static <T> void shuffle(BitSource src, List<T> list) {
        int n = list.size();
        if (n < INDIRECT_MIN) {
            for (int i = n - 1; i >= 1; i--) {
                int j = (int) draw(src, i);
                T t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
            return;
        }
        int j = (int) draw(src, n - 1);
        T t = list.get(n - 1);
        list.set(n - 1, list.get(j));
        list.set(j, t);
        int[] perm = identity(n - 1);
        shuffle(src, perm, 0, n - 1);
        permuteInOrder(list, perm);
    }

    /** {@code 0, 1, ..., n-1}. */
    public static int[] identity(int n) {
        int[] perm = new int[n];
        for (int k = 0; k < n; k++) {
            perm[k] = k;
        }
        return perm;
    }

    /**
     * Rearranges the first {@code perm.length} items of {@code list} so that item {@code k}
     * becomes the former item {@code perm[k]}: the effect of the swaps that shuffled the identity
     * permutation {@code perm}, applied to the list with one in-order pass of {@code set} calls
     * (through a list iterator, so a linked list takes linear time too).
     */
    public static <T> void permuteInOrder(List<T> list, int[] perm) {
        int n = perm.length;
        Object[] before = list.subList(0, n).toArray();
        java.util.ListIterator<T> it = list.listIterator();
        for (int k = 0; k < n; k++) {
            it.next();
            @SuppressWarnings("unchecked")
            T item = (T) before[perm[k]];
            it.set(item);
        }
    }
}
