package org.nprand.internal.parallel;

import java.math.BigInteger;
import java.util.Map;

import org.nprand.bitgen.Buffered64BitGenerator;
import org.nprand.bitgen.UInt128;

/**
 * How far a seekable generator moved between two of its states, read from NumPy's state dicts
 * ({@code getState()}), so that a parse can draw through the generator itself, at full speed,
 * and learn its position only now and then:
 *
 * <ul>
 *   <li>PCG64, PCG64DXSM: the distance between two states of the 128-bit LCG, bit by bit from the
 *       lowest (Brown's method, as {@code pcg_extras::distance}): about 128 steps of 128-bit
 *       arithmetic;</li>
 *   <li>Philox: four words per counter step plus the move of {@code buffer_pos};</li>
 *   <li>in 32-bit halves, twice the words less the change of {@code has_uint32}.</li>
 * </ul>
 * A state dict is also a snapshot: {@code setState} puts the generator back, buffers included.
 */
final class StateClock {

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    /** PCG64's 128-bit multiplier. */
    private static final long PCG_MULT_HI = 2549297995355413924L;
    private static final long PCG_MULT_LO = 4865540595714422341L;
    /** PCG64DXSM's 64-bit ("cheap") multiplier. */
    private static final long DXSM_MULT = 0xda942042e4dd58b5L;

    private StateClock() {
    }

    /** Units (words, or halves when {@code halves}) from state {@code a} to state {@code b}. */
    static long units(String name, boolean halves, Map<String, Object> a, Map<String, Object> b) {
        long words = words(name, a, b);
        if (!halves) {
            return words;
        }
        return 2 * words - (((Number) b.get("has_uint32")).longValue() != 0 ? 1 : 0)
                + (((Number) a.get("has_uint32")).longValue() != 0 ? 1 : 0);
    }

    private static long words(String name, Map<String, Object> a, Map<String, Object> b) {
        Map<?, ?> sa = (Map<?, ?>) a.get("state");
        Map<?, ?> sb = (Map<?, ?>) b.get("state");
        switch (name) {
            case "PCG64":
            case "PCG64DXSM": {
                long[] x = u128(sa.get("state"));
                long[] y = u128(sb.get("state"));
                long[] inc = u128(sa.get("inc"));
                boolean dxsm = name.equals("PCG64DXSM");
                return distance(x[0], x[1], y[0], y[1], dxsm ? 0 : PCG_MULT_HI, dxsm ? DXSM_MULT : PCG_MULT_LO,
                        inc[0], inc[1]);
            }
            case "Philox": {
                long ca = ((long[]) sa.get("counter"))[0];
                long cb = ((long[]) sb.get("counter"))[0];
                long pa = ((Number) a.get("buffer_pos")).longValue();
                long pb = ((Number) b.get("buffer_pos")).longValue();
                // the low counter word suffices: positions stay far below 2^64 words
                return 4 * (cb - ca) + (pb - pa);
            }
            default:
                throw new UnsupportedOperationException(name + " cannot seek to a position in its stream");
        }
    }

    private static long[] u128(Object v) {
        BigInteger x = v instanceof BigInteger ? (BigInteger) v : BigInteger.valueOf(((Number) v).longValue());
        return new long[] {x.shiftRight(64).longValue(), x.and(MASK64).longValue()};
    }

    /**
     * The number of steps {@code d < 2^64} of {@code s -> s * mult + inc (mod 2^128)} from
     * {@code cur} to {@code target}: bit {@code i} of {@code d} is decided by bit {@code i} of the
     * states, where the LCG's low bits have period {@code 2^(i+1)}.
     */
    static long distance(long curHi, long curLo, long tgtHi, long tgtLo, long multHi, long multLo, long incHi,
                         long incLo) {
        long d = 0;
        long mHi = multHi;
        long mLo = multLo;
        long pHi = incHi;
        long pLo = incLo;
        for (int i = 0; i < 128 && (curHi != tgtHi || curLo != tgtLo); i++) {
            long bitCur = i < 64 ? (curLo >>> i) & 1 : (curHi >>> (i - 64)) & 1;
            long bitTgt = i < 64 ? (tgtLo >>> i) & 1 : (tgtHi >>> (i - 64)) & 1;
            if (bitCur != bitTgt) {
                if (i >= 64) {
                    throw new IllegalStateException("states more than 2^64 steps apart");
                }
                // cur = cur * m + p
                long lo = curLo * mLo;
                long hi = UInt128.multiplyHighUnsigned(curLo, mLo) + curLo * mHi + curHi * mLo;
                long sumLo = lo + pLo;
                curHi = hi + pHi + (Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0);
                curLo = sumLo;
                d |= 1L << i;
            }
            // p = (m + 1) * p; m = m * m
            long m1Lo = mLo + 1;
            long m1Hi = mHi + (m1Lo == 0 ? 1 : 0);
            long npLo = m1Lo * pLo;
            long npHi = UInt128.multiplyHighUnsigned(m1Lo, pLo) + m1Lo * pHi + m1Hi * pLo;
            long nmLo = mLo * mLo;
            long nmHi = UInt128.multiplyHighUnsigned(mLo, mLo) + 2 * mLo * mHi;
            pHi = npHi;
            pLo = npLo;
            mHi = nmHi;
            mLo = nmLo;
        }
        if (curHi != tgtHi || curLo != tgtLo) {
            throw new IllegalStateException("not two states of one LCG stream");
        }
        return d;
    }

    /** A snapshot of the generator's state (NumPy's dict). */
    static Map<String, Object> snapshot(Buffered64BitGenerator bg) {
        return bg.getState();
    }
}
