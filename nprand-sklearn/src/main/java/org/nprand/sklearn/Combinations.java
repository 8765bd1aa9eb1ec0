package org.nprand.sklearn;

import java.math.BigInteger;

/** {@code itertools.combinations(range(n), k)} order and {@code scipy.special.comb(n, k, exact=True)}. */
final class Combinations {

    private Combinations() {
    }

    /** Advances {@code c} (ascending indices into range(n)) to the next combination; false after the last. */
    static boolean next(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == i + n - k) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
            c[j] = c[j - 1] + 1;
        }
        return true;
    }

    /** {@code comb(n, k, exact=True)}: 0 when k < 0 or k > n. */
    static BigInteger count(long n, long k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        k = Math.min(k, n - k);
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
