package org.nprand.numpy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.RandomInterval;

/**
 * Fisher-Yates shuffles straight on an {@link NdArray}'s primitive storage: the flat array
 * ({@code Generator.shuffle} of a 1-d array, {@code permuted(x, axis=None)}) and each 1-d lane
 * along an axis ({@code permuted(x, axis)}). The draws are NumPy's {@code _shuffle_raw}:
 * {@code j = random_interval(i)} for {@code i = n-1} down to 1 per flat array or lane (NumPy's
 * {@code permuted} also asks for {@code i = 0}, which draws nothing).
 *
 * <p>Why not per-element swaps through {@code java.lang.reflect.Array}: they box every element
 * and cost ~200 ns each; here the swaps are typed loops over the block-drawn indices of
 * {@link RandomInterval}.
 */
final class NdShuffles {

    private NdShuffles() {
    }

    /** Shuffles {@code data[from, to)} in place (any of NdArray's storages). */
    static void shuffleFlat(BitSource src, Object data, int from, int to) {
        if (data instanceof double[]) {
            RandomInterval.shuffle(src, (double[]) data, from, to);
        } else if (data instanceof long[]) {
            RandomInterval.shuffle(src, (long[]) data, from, to);
        } else if (data instanceof Object[]) {
            RandomInterval.shuffle(src, (Object[]) data, from, to);
        } else {
            // float32 and bool: the same swaps on an index permutation, then one gather
            int n = to - from;
            if (n <= 1) {
                return;
            }
            int[] perm = RandomInterval.identity(n);
            RandomInterval.shuffle(src, perm, 0, n);
            Object before = copyOfRange(data, from, to);
            gather(before, 0, 1, data, from, 1, perm);
        }
    }

    /**
     * Shuffles every 1-d lane of {@code out} along {@code axis} independently, lanes in C order
     * of the other axes ({@code PyArray_IterAllButAxis}); {@code source} holds the same values
     * as {@code out} (the array {@code out} was copied from) and is only read.
     */
    static void shuffleLanes(BitSource src, NdArray source, NdArray out, int axis) {
        int[] shape = out.intShape();
        int outer = NdArrays.product(shape, 0, axis);
        int inner = NdArrays.product(shape, axis + 1, shape.length);
        int len = shape[axis];
        Object data = out.data();
        if (inner == 1) {
            // contiguous lanes: each one shuffled in place
            for (int o = 0; o < outer; o++) {
                shuffleFlat(src, data, o * len, o * len + len);
            }
            return;
        }
        if (len <= 1) {
            return;
        }
        Object before = source.data();
        int[] perm = new int[len];
        for (int o = 0; o < outer; o++) {
            for (int r = 0; r < inner; r++) {
                for (int k = 0; k < len; k++) {
                    perm[k] = k;
                }
                RandomInterval.shuffle(src, perm, 0, len);
                int base = o * len * inner + r;
                gather(before, base, inner, data, base, inner, perm);
            }
        }
    }

    /** {@code dst[d0 + k*ds] = src[s0 + perm[k]*ss]} for every k, typed by the storage. */
    private static void gather(Object src, int s0, int ss, Object dst, int d0, int ds, int[] perm) {
        int n = perm.length;
        if (src instanceof double[]) {
            double[] s = (double[]) src;
            double[] d = (double[]) dst;
            for (int k = 0; k < n; k++) {
                d[d0 + k * ds] = s[s0 + perm[k] * ss];
            }
        } else if (src instanceof long[]) {
            long[] s = (long[]) src;
            long[] d = (long[]) dst;
            for (int k = 0; k < n; k++) {
                d[d0 + k * ds] = s[s0 + perm[k] * ss];
            }
        } else if (src instanceof float[]) {
            float[] s = (float[]) src;
            float[] d = (float[]) dst;
            for (int k = 0; k < n; k++) {
                d[d0 + k * ds] = s[s0 + perm[k] * ss];
            }
        } else if (src instanceof boolean[]) {
            boolean[] s = (boolean[]) src;
            boolean[] d = (boolean[]) dst;
            for (int k = 0; k < n; k++) {
                d[d0 + k * ds] = s[s0 + perm[k] * ss];
            }
        } else {
            Object[] s = (Object[]) src;
            Object[] d = (Object[]) dst;
            for (int k = 0; k < n; k++) {
                d[d0 + k * ds] = s[s0 + perm[k] * ss];
            }
        }
    }

    private static Object copyOfRange(Object data, int from, int to) {
        Object copy = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), to - from);
        System.arraycopy(data, from, copy, 0, to - from);
        return copy;
    }
}
