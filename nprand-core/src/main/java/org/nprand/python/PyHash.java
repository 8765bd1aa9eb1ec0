package org.nprand.python;

import java.math.BigInteger;

/**
 * CPython's numeric hash on 64-bit builds ({@code sys.hash_info}: modulus P = 2**61 - 1,
 * inf = 314159), needed because {@code random.seed(x)} seeds a float by {@code hash(x)}.
 */
final class PyHash {

    /** {@code _PyHASH_MODULUS}, 2**61 - 1. */
    static final long MODULUS = (1L << 61) - 1;
    /** {@code _PyHASH_INF}. */
    static final long INF = 314159;

    private PyHash() {
    }

    /**
     * {@code hash(v)} for a finite or infinite float, {@code _Py_HashDouble}: the value of the
     * exact rational {@code v} modulo P (negated for negative v; -1 becomes -2). NaN hashes by
     * object identity since CPython 3.10, so it has no reproducible hash; callers reject it.
     */
    static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (v == 0.0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0) {
            exponent = -1074; // subnormal: no implicit bit
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        // |v| = mantissa * 2**exponent, and 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
        long x = mulPow2Mod(mantissa % MODULUS, Math.floorMod(exponent, 61));
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** {@code (x * 2**e) mod P} for 0 &lt;= x &lt; P and 0 &lt;= e &lt; 61: a rotation within 61 bits. */
    private static long mulPow2Mod(long x, int e) {
        if (e == 0) {
            return x;
        }
        return ((x << e) & MODULUS) | (x >>> (61 - e));
    }

    /** {@code (size_t) hash(v)}: the hash as an unsigned 64-bit int. */
    static BigInteger hashAsUnsigned(double v) {
        long h = hashDouble(v);
        BigInteger b = BigInteger.valueOf(h);
        return h >= 0 ? b : b.add(BigInteger.ONE.shiftLeft(64));
    }
}
