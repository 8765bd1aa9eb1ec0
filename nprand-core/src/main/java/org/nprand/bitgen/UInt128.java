package org.nprand.bitgen;

import java.math.BigInteger;

/**
 * Unsigned 128-bit arithmetic on (hi, lo) long pairs, for the PCG generators and the bounded-integer
 * kernels: no BigInteger and no allocation in the per-draw path. Only
 * {@link #multiplyHighUnsigned} is public (the kernels need it); the rest is package-private.
 */
public final class UInt128 {

    private UInt128() {
    }

    /** {@code Math.unsignedMultiplyHigh} (Java 18+), or null on a JDK without it. */
    private static final java.lang.invoke.MethodHandle UNSIGNED_MULTIPLY_HIGH = jdkUnsignedMultiplyHigh();

    /**
     * Whether this JDK has {@code Math.unsignedMultiplyHigh} (Java 18+), which its JIT compiles to
     * one unsigned multiply; {@link #multiplyHighUnsigned} then goes through it, and code written
     * for a cheap high word (Philox's straight-line rounds) pays off.
     */
    static final boolean HAS_NATIVE_UNSIGNED_MULTIPLY_HIGH = UNSIGNED_MULTIPLY_HIGH != null;

    private static java.lang.invoke.MethodHandle jdkUnsignedMultiplyHigh() {
        try {
            return java.lang.invoke.MethodHandles.lookup().findStatic(Math.class, "unsignedMultiplyHigh",
                    java.lang.invoke.MethodType.methodType(long.class, long.class, long.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /**
     * The high 64 bits of the unsigned 128-bit product {@code a * b} (NumPy's PCG64 and Lemire
     * bounded integers take it from a {@code __uint128_t} product). On Java 18+ this is the JDK's
     * {@code Math.unsignedMultiplyHigh}, found once through a method handle so that this
     * {@code --release 17} library can use it (the handle is a constant: the JIT inlines the call,
     * intrinsic included); on Java 17, the signed {@link Math#multiplyHigh} corrected for operands
     * with the top bit set. Both are the exact high word.
     */
    public static long multiplyHighUnsigned(long a, long b) {
        if (HAS_NATIVE_UNSIGNED_MULTIPLY_HIGH) {
            try {
                return (long) UNSIGNED_MULTIPLY_HIGH.invokeExact(a, b);
            } catch (Throwable impossible) {
                throw new AssertionError(impossible);
            }
        }
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * The carry out of {@code product + inc} in an LCG step {@code state * mult + inc} with an odd
     * {@code mult}, where {@code product} is the low word of {@code state * mult}: the top bit of
     * the 65-bit sum of the halved words and their low bits, computed from the product alone (not
     * from the sum) so that it runs beside the addition instead of after it, which shortens the
     * step's dependency chain. An odd multiplier keeps the state's low bit, so {@code state & 1}
     * stands for {@code product & 1} and is known before the multiply ends; {@code inc}'s halves
     * are loop invariants.
     */
    static long lcgCarry(long product, long state, long inc) {
        return ((product >>> 1) + ((inc >>> 1) + (state & inc & 1))) >>> 63;
    }

    /**
     * The LCG jump-ahead (Brown, "Random number generation with arbitrary strides", 1994):
     * {@code state} after {@code delta} steps of {@code state = state * mult + plus}, all mod
     * 2**128, in O(log delta). Returns {hi, lo}.
     */
    static long[] lcgAdvance(long stateHi, long stateLo, long deltaHi, long deltaLo,
            long multHi, long multLo, long plusHi, long plusLo) {
        long accMulHi = 0;
        long accMulLo = 1;
        long accPlusHi = 0;
        long accPlusLo = 0;
        long curMulHi = multHi;
        long curMulLo = multLo;
        long curPlusHi = plusHi;
        long curPlusLo = plusLo;
        while ((deltaHi | deltaLo) != 0) {
            if ((deltaLo & 1) != 0) {
                // acc_mult *= cur_mult; acc_plus = acc_plus * cur_mult + cur_plus
                long mHi = mulHi(accMulHi, accMulLo, curMulHi, curMulLo);
                accMulLo = accMulLo * curMulLo;
                accMulHi = mHi;
                long pHi = mulHi(accPlusHi, accPlusLo, curMulHi, curMulLo);
                long pLo = accPlusLo * curMulLo;
                long sumLo = pLo + curPlusLo;
                accPlusHi = pHi + curPlusHi + (Long.compareUnsigned(sumLo, pLo) < 0 ? 1 : 0);
                accPlusLo = sumLo;
            }
            // cur_plus = (cur_mult + 1) * cur_plus; cur_mult *= cur_mult
            long m1Lo = curMulLo + 1;
            long m1Hi = curMulHi + (m1Lo == 0 ? 1 : 0);
            long nPlusHi = mulHi(m1Hi, m1Lo, curPlusHi, curPlusLo);
            curPlusLo = m1Lo * curPlusLo;
            curPlusHi = nPlusHi;
            long nMulHi = mulHi(curMulHi, curMulLo, curMulHi, curMulLo);
            curMulLo = curMulLo * curMulLo;
            curMulHi = nMulHi;
            deltaLo = (deltaLo >>> 1) | (deltaHi << 63);
            deltaHi >>>= 1;
        }
        long rHi = mulHi(accMulHi, accMulLo, stateHi, stateLo);
        long rLo = accMulLo * stateLo;
        long sumLo = rLo + accPlusLo;
        rHi = rHi + accPlusHi + (Long.compareUnsigned(sumLo, rLo) < 0 ? 1 : 0);
        return new long[] {rHi, sumLo};
    }

    /** The high word of {@code (aHi:aLo) * (bHi:bLo) mod 2**128}. */
    private static long mulHi(long aHi, long aLo, long bHi, long bLo) {
        return multiplyHighUnsigned(aLo, bLo) + aLo * bHi + aHi * bLo;
    }

    /** {@code delta mod 2**128} as {hi, lo}: NumPy's {@code wrap_int(delta, 128)}. */
    static long[] wrap(BigInteger delta) {
        return new long[] {delta.shiftRight(64).longValue(), delta.longValue()};
    }
}
