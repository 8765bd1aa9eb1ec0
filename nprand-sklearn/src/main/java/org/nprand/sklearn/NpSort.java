package org.nprand.sklearn;

/**
 * NumPy's argsorts of an int64 array, as scikit-learn's {@code GroupKFold} meets them.
 */
final class NpSort {

    private static final int SMALL_QUICKSORT = 15;

    private NpSort() {
    }

    /** {@code np.argsort(v, kind='stable')}: ties keep index order. */
    static int[] stable(long[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Long.compare(v[a], v[b]));
        int[] out = new int[v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /**
     * NumPy's default {@code np.argsort(v)} before NumPy 1.25 ({@code aquicksort}, an introsort:
     * median-of-3 quicksort, insertion sort below 16 elements, heapsort when too deep), and on
     * CPUs where later NumPy has no SIMD sort: its order of equal keys.
     */
    static int[] introsort(long[] v) {
        int num = v.length;
        int[] tosort = new int[num];
        for (int i = 0; i < num; i++) {
            tosort[i] = i;
        }
        if (num < 2) {
            return tosort;
        }
        int pl = 0;
        int pr = num - 1;
        int[] stack = new int[128];
        int[] depthStack = new int[64];
        int sptr = 0;
        int psdepth = 0;
        int cdepth = msb(num) * 2;
        for (;;) {
            boolean popped = false;
            if (cdepth < 0) {
                aheapsort(v, tosort, pl, pr - pl + 1);
                popped = true;
            }
            if (!popped) {
                while ((pr - pl) > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (v[tosort[pm]] < v[tosort[pl]]) {
                        swap(tosort, pm, pl);
                    }
                    if (v[tosort[pr]] < v[tosort[pm]]) {
                        swap(tosort, pr, pm);
                    }
                    if (v[tosort[pm]] < v[tosort[pl]]) {
                        swap(tosort, pm, pl);
                    }
                    long vp = v[tosort[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(tosort, pm, pj);
                    for (;;) {
                        do {
                            ++pi;
                        } while (v[tosort[pi]] < vp);
                        do {
                            --pj;
                        } while (vp < v[tosort[pj]]);
                        if (pi >= pj) {
                            break;
                        }
                        swap(tosort, pi, pj);
                    }
                    int pk = pr - 1;
                    swap(tosort, pi, pk);
                    // push the larger partition on the stack
                    if (pi - pl < pr - pi) {
                        stack[sptr++] = pi + 1;
                        stack[sptr++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sptr++] = pl;
                        stack[sptr++] = pi - 1;
                        pl = pi + 1;
                    }
                    depthStack[psdepth++] = --cdepth;
                }
                // insertion sort
                for (int pi = pl + 1; pi <= pr; ++pi) {
                    int vi = tosort[pi];
                    long vv = v[vi];
                    int pj = pi;
                    int pk = pi - 1;
                    while (pj > pl && vv < v[tosort[pk]]) {
                        tosort[pj--] = tosort[pk--];
                    }
                    tosort[pj] = vi;
                }
            }
            if (sptr == 0) {
                break;
            }
            pr = stack[--sptr];
            pl = stack[--sptr];
            cdepth = depthStack[--psdepth];
        }
        return tosort;
    }

    /** NumPy's {@code aheapsort} of {@code tosort[off, off + n)} (1-based sift-down). */
    private static void aheapsort(long[] v, int[] tosort, int off, int n) {
        // a[k] for k = 1..n is tosort[off + k - 1]
        int base = off - 1;
        int i;
        int j;
        int l;
        int tmp;
        for (l = n >> 1; l > 0; --l) {
            tmp = tosort[base + l];
            for (i = l, j = l << 1; j <= n; ) {
                if (j < n && v[tosort[base + j]] < v[tosort[base + j + 1]]) {
                    j += 1;
                }
                if (v[tmp] < v[tosort[base + j]]) {
                    tosort[base + i] = tosort[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            tosort[base + i] = tmp;
        }
        for (; n > 1; ) {
            tmp = tosort[base + n];
            tosort[base + n] = tosort[base + 1];
            n -= 1;
            for (i = 1, j = 2; j <= n; ) {
                if (j < n && v[tosort[base + j]] < v[tosort[base + j + 1]]) {
                    j++;
                }
                if (v[tmp] < v[tosort[base + j]]) {
                    tosort[base + i] = tosort[base + j];
                    i = j;
                    j += j;
                } else {
                    break;
                }
            }
            tosort[base + i] = tmp;
        }
    }

    /** {@code npy_get_msb}: floor(log2(n)) for n >= 1. */
    private static int msb(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
