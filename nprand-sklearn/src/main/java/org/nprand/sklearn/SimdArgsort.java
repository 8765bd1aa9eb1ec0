package org.nprand.sklearn;

/**
 * NumPy 2.x's default {@code np.argsort} of an int64 array on x86-64 CPUs with AVX-512:
 * x86-simd-sort's {@code avx512_argsort<int64_t>}, simulated lane for lane, so that its order of
 * equal keys is reproduced.
 *
 * <p>The library sorts arrays of at most 256 elements with a bitonic network over 8-lane
 * registers (padded with {@code INT64_MAX}); every compare-exchange of that network moves a pair
 * only when the lower lane's key is strictly greater, so the network is a fixed sequence of such
 * exchanges, replayed here in the same order. Longer arrays are partitioned around the median of
 * 8 samples with compress-stores (keys {@code >=} the pivot go right, each register's lanes in
 * order), 4 registers at a time, alternating sides as the library does, and sorted recursively;
 * when the recursion depth exceeds {@code 2 * floor(log2(n))} (which happens whenever the pivot is
 * the smallest key, e.g. with few distinct keys) the library falls back to libstdc++'s
 * {@code std::sort}, ported here too. An already sorted array is returned as is.
 *
 * <p>Checked against NumPy 2.4.6's {@code np.argsort} on an AVX-512 machine on 7000 arrays of 1
 * to 12000 tie-heavy keys: identical.
 */
final class SimdArgsort {

    private static final int LANES = 8;
    private static final int UNROLL = 4;

    private final long[] arr;
    private final int[] arg;

    private SimdArgsort(long[] arr) {
        this.arr = arr;
        this.arg = new int[arr.length];
        for (int i = 0; i < arg.length; i++) {
            arg[i] = i;
        }
    }

    /** {@code np.argsort(v)} as NumPy 2.x computes it with AVX-512. */
    static int[] argsort(long[] v) {
        SimdArgsort s = new SimdArgsort(v);
        int n = v.length;
        if (n > 1) {
            boolean sorted = true;
            for (int i = 0; i + 1 < n && sorted; i++) {
                sorted = !(v[i + 1] < v[i]);
            }
            if (!sorted) {
                s.sort(0, n - 1, 2 * (31 - Integer.numberOfLeadingZeros(n)));
            }
        }
        return s.arg;
    }

    private void sort(int left, int right, int maxIters) {
        if (maxIters <= 0) {
            new StdSort(arr, arg).sort(left, right + 1);
            return;
        }
        if (right + 1 - left <= 256) {
            network(left, right + 1 - left);
            return;
        }
        long pivot = pivot(left, right);
        long[] minMax = new long[2];
        int pivotIndex = partitionUnrolled(left, right + 1, pivot, minMax);
        if (pivot != minMax[0]) {
            sort(left, pivotIndex - 1, maxIters - 1);
        }
        if (pivot != minMax[1]) {
            sort(pivotIndex, right, maxIters - 1);
        }
    }

    // ---- the bitonic network (argsort_n<zmm_vector<int64_t>, zmm_vector<uint64_t>, 256>) ----

    /** A compare-exchange: swap when the lower slot's key is strictly greater. */
    private static void cmpx(long[] k, int[] ix, int lo, int hi) {
        if (k[lo] > k[hi]) {
            long t = k[lo];
            k[lo] = k[hi];
            k[hi] = t;
            int u = ix[lo];
            ix[lo] = ix[hi];
            ix[hi] = u;
        }
    }

    private static final int[][] SORT_REG = {
        {0, 1, 2, 3, 4, 5, 6, 7}, {0, 3, 1, 2, 4, 7, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 7},
        {0, 7, 1, 6, 2, 5, 3, 4}, {0, 2, 1, 3, 4, 6, 5, 7}, {0, 1, 2, 3, 4, 5, 6, 7},
    };
    private static final int[][] MERGE_REG = {
        {0, 4, 1, 5, 2, 6, 3, 7}, {0, 2, 1, 3, 4, 6, 5, 7}, {0, 1, 2, 3, 4, 5, 6, 7},
    };

    private static void pairs(long[] k, int[] ix, int base, int[][] stages) {
        for (int[] stage : stages) {
            for (int p = 0; p < stage.length; p += 2) {
                cmpx(k, ix, base + stage[p], base + stage[p + 1]);
            }
        }
    }

    private static void bitonicMerge(long[] k, int[] ix, int base, int nv) {
        for (int i = 0; i < nv / 2; i++) {
            int r1 = base + i;
            int r2 = base + nv - 1 - i;
            for (int l = 0; l < LANES; l++) {
                cmpx(k, ix, r1 * LANES + l, r2 * LANES + LANES - 1 - l);
            }
        }
        for (int num = nv / 2; num >= 2; num /= 2) {
            for (int j = 0; j < nv; j += num) {
                for (int i = 0; i < num / 2; i++) {
                    int r1 = base + i + j;
                    int r2 = base + i + j + num / 2;
                    for (int l = 0; l < LANES; l++) {
                        cmpx(k, ix, r1 * LANES + l, r2 * LANES + l);
                    }
                }
            }
        }
        for (int i = 0; i < nv; i++) {
            pairs(k, ix, (base + i) * LANES, MERGE_REG);
        }
    }

    private void network(int off, int n) {
        int nv = 32;
        while (nv > 1 && n * 2 <= nv * LANES) {
            nv /= 2;
        }
        long[] k = new long[nv * LANES];
        int[] ix = new int[nv * LANES];
        java.util.Arrays.fill(k, Long.MAX_VALUE);
        java.util.Arrays.fill(ix, -1);
        for (int t = 0; t < n; t++) {
            ix[t] = arg[off + t];
            k[t] = arr[arg[off + t]];
        }
        for (int r = 0; r < nv; r++) {
            pairs(k, ix, r * LANES, SORT_REG);
        }
        for (int per = 2; per <= nv; per *= 2) {
            for (int i = 0; i < nv / per; i++) {
                bitonicMerge(k, ix, i * per, per);
            }
        }
        System.arraycopy(ix, 0, arg, off, n);
    }

    // ---- partitioning ---------------------------------------------------------------------

    /** {@code get_pivot_64bit}: the 5th smallest of 8 evenly spaced samples. */
    private long pivot(int left, int right) {
        if (right - left >= LANES) {
            int size = (right - left) / 8;
            long[] s = new long[8];
            for (int m = 1; m <= 8; m++) {
                s[m - 1] = arr[arg[left + m * size]];
            }
            java.util.Arrays.sort(s);
            return s[4];
        }
        return arr[arg[right]];
    }

    /** One register's compress-stores: lanes below the pivot to {@code left}, the rest to the end of {@code right}. */
    private int partitionVec(int left, int right, int[] vec, long pivot) {
        int gt = 0;
        for (int a : vec) {
            if (arr[a] >= pivot) {
                gt++;
            }
        }
        int lo = left;
        int hi = right - gt;
        for (int a : vec) {
            if (arr[a] >= pivot) {
                arg[hi++] = a;
            } else {
                arg[lo++] = a;
            }
        }
        return gt;
    }

    private int[] load(int from) {
        int[] v = new int[LANES];
        System.arraycopy(arg, from, v, 0, LANES);
        return v;
    }

    /** {@code argpartition_unrolled<..., 4>} on {@code [left, right)} (more than 256 elements). */
    private int partitionUnrolled(int left, int right, long pivot, long[] minMax) {
        long smallest = Long.MAX_VALUE;
        long biggest = Long.MIN_VALUE;
        for (int i = (right - left) % (UNROLL * LANES); i > 0; --i) {
            long v = arr[arg[left]];
            smallest = Math.min(smallest, v);
            biggest = Math.max(biggest, v);
            if (!(v < pivot)) {
                int t = arg[left];
                arg[left] = arg[--right];
                arg[right] = t;
            } else {
                ++left;
            }
        }
        if (left == right) {
            minMax[0] = smallest;
            minMax[1] = biggest;
            return left;
        }
        int[][] vecLeft = new int[UNROLL][];
        int[][] vecRight = new int[UNROLL][];
        for (int ii = 0; ii < UNROLL; ii++) {
            vecLeft[ii] = load(left + LANES * ii);
            vecRight[ii] = load(right - LANES * (UNROLL - ii));
        }
        int rStore = right - LANES;
        int lStore = left;
        left += UNROLL * LANES;
        right -= UNROLL * LANES;
        while (right - left != 0) {
            int[][] vecs = new int[UNROLL][];
            if ((rStore + LANES) - right < left - lStore) {
                right -= UNROLL * LANES;
                for (int ii = 0; ii < UNROLL; ii++) {
                    vecs[ii] = load(right + ii * LANES);
                }
            } else {
                for (int ii = 0; ii < UNROLL; ii++) {
                    vecs[ii] = load(left + ii * LANES);
                }
                left += UNROLL * LANES;
            }
            for (int[] v : vecs) {
                for (int a : v) {
                    smallest = Math.min(smallest, arr[a]);
                    biggest = Math.max(biggest, arr[a]);
                }
                int gt = partitionVec(lStore, rStore + LANES, v, pivot);
                lStore += LANES - gt;
                rStore -= gt;
            }
        }
        for (int[][] side : new int[][][] {vecLeft, vecRight}) {
            for (int[] v : side) {
                for (int a : v) {
                    smallest = Math.min(smallest, arr[a]);
                    biggest = Math.max(biggest, arr[a]);
                }
                int gt = partitionVec(lStore, rStore + LANES, v, pivot);
                lStore += LANES - gt;
                rStore -= gt;
            }
        }
        minMax[0] = smallest;
        minMax[1] = biggest;
        return lStore;
    }

    // ---- libstdc++'s std::sort (introsort), the library's fallback -----------------------------

    /** libstdc++'s {@code std::sort(arg + first, arg + last, [](a, b) { return arr[a] < arr[b]; })}. */
    static final class StdSort {
        private static final int THRESHOLD = 16;
        private final long[] arr;
        private final int[] arg;

        StdSort(long[] arr, int[] arg) {
            this.arr = arr;
            this.arg = arg;
        }

        private boolean lt(int a, int b) {
            return arr[a] < arr[b];
        }

        void sort(int first, int last) {
            if (first == last) {
                return;
            }
            introsortLoop(first, last, 2 * (31 - Integer.numberOfLeadingZeros(last - first)));
            if (last - first > THRESHOLD) {
                insertionSort(first, first + THRESHOLD);
                for (int i = first + THRESHOLD; i < last; i++) {
                    unguardedLinearInsert(i);
                }
            } else {
                insertionSort(first, last);
            }
        }

        private void introsortLoop(int f, int l, int depth) {
            while (l - f > THRESHOLD) {
                if (depth == 0) {
                    heapsort(f, l);
                    return;
                }
                depth--;
                int mid = f + (l - f) / 2;
                medianToFirst(f, f + 1, mid, l - 1);
                int cut = unguardedPartition(f + 1, l, f);
                introsortLoop(cut, l, depth);
                l = cut;
            }
        }

        private void medianToFirst(int r, int a, int b, int c) {
            int va = arg[a];
            int vb = arg[b];
            int vc = arg[c];
            int s;
            if (lt(va, vb)) {
                if (lt(vb, vc)) {
                    s = b;
                } else if (lt(va, vc)) {
                    s = c;
                } else {
                    s = a;
                }
            } else if (lt(va, vc)) {
                s = a;
            } else if (lt(vb, vc)) {
                s = c;
            } else {
                s = b;
            }
            int t = arg[r];
            arg[r] = arg[s];
            arg[s] = t;
        }

        private int unguardedPartition(int f, int l, int p) {
            while (true) {
                while (lt(arg[f], arg[p])) {
                    f++;
                }
                l--;
                while (lt(arg[p], arg[l])) {
                    l--;
                }
                if (!(f < l)) {
                    return f;
                }
                int t = arg[f];
                arg[f] = arg[l];
                arg[l] = t;
                f++;
            }
        }

        private void unguardedLinearInsert(int i) {
            int val = arg[i];
            int next = i - 1;
            while (lt(val, arg[next])) {
                arg[i] = arg[next];
                i = next;
                next--;
            }
            arg[i] = val;
        }

        private void insertionSort(int f, int l) {
            if (f == l) {
                return;
            }
            for (int i = f + 1; i < l; i++) {
                if (lt(arg[i], arg[f])) {
                    int val = arg[i];
                    System.arraycopy(arg, f, arg, f + 1, i - f);
                    arg[f] = val;
                } else {
                    unguardedLinearInsert(i);
                }
            }
        }

        private void adjustHeap(int f, int hole, int len, int value) {
            int top = hole;
            int second = hole;
            while (second < (len - 1) / 2) {
                second = 2 * (second + 1);
                if (lt(arg[f + second], arg[f + second - 1])) {
                    second--;
                }
                arg[f + hole] = arg[f + second];
                hole = second;
            }
            if ((len & 1) == 0 && second == (len - 2) / 2) {
                second = 2 * (second + 1);
                arg[f + hole] = arg[f + second - 1];
                hole = second - 1;
            }
            int parent = (hole - 1) / 2;
            while (hole > top && lt(arg[f + parent], value)) {
                arg[f + hole] = arg[f + parent];
                hole = parent;
                parent = (hole - 1) / 2;
            }
            arg[f + hole] = value;
        }

        private void heapsort(int f, int l) {
            int len = l - f;
            if (len >= 2) {
                int parent = (len - 2) / 2;
                while (true) {
                    adjustHeap(f, parent, len, arg[f + parent]);
                    if (parent == 0) {
                        break;
                    }
                    parent--;
                }
            }
            while (l - f > 1) {
                l--;
                int value = arg[l];
                arg[l] = arg[f];
                adjustHeap(f, 0, l - f, value);
            }
        }
    }
}
