package org.nprand.cli.generate;

import java.math.BigInteger;

/**
 * Python's {@code repr(float)} at the speed bulk text output needs: the shortest decimal that
 * reads back to the same double (the closest one when several are as short), by Ulf Adams's
 * Ryu algorithm ({@code d2s.c}, Apache-2.0 / Boost), then Python's layout (positional for
 * exponents -4 to 15, else {@code 1e-05} style). {@code FastReprTest} checks it against the
 * exact {@link org.nprand.internal.py.PyRepr} on millions of doubles.
 */
final class FastRepr {

    private static final int MANTISSA_BITS = 52;
    private static final int BIAS = 1023;
    private static final int POW5_INV_BITCOUNT = 125;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_TABLE_SIZE = 342;
    private static final int POW5_TABLE_SIZE = 326;

    /** {@code floor(2^(pow5bits(q) - 1 + 125) / 5^q) + 1}, as (low, high) 64-bit halves. */
    private static final long[][] POW5_INV_SPLIT = new long[POW5_INV_TABLE_SIZE][2];
    /** {@code 5^i} scaled to exactly 125 bits, as (low, high) 64-bit halves. */
    private static final long[][] POW5_SPLIT = new long[POW5_TABLE_SIZE][2];

    static {
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < Math.max(POW5_INV_TABLE_SIZE, POW5_TABLE_SIZE); i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            int bits = pow.bitLength();
            if (i < POW5_TABLE_SIZE) {
                BigInteger v = bits > POW5_BITCOUNT ? pow.shiftRight(bits - POW5_BITCOUNT) : pow.shiftLeft(POW5_BITCOUNT - bits);
                POW5_SPLIT[i][0] = v.and(mask64).longValue();
                POW5_SPLIT[i][1] = v.shiftRight(64).longValue();
            }
            if (i < POW5_INV_TABLE_SIZE) {
                BigInteger inv = BigInteger.ONE.shiftLeft(bits - 1 + POW5_INV_BITCOUNT).divide(pow).add(BigInteger.ONE);
                POW5_INV_SPLIT[i][0] = inv.and(mask64).longValue();
                POW5_INV_SPLIT[i][1] = inv.shiftRight(64).longValue();
            }
        }
    }

    private FastRepr() {
    }

    /** Python's {@code repr(x)}. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        if (x == 0) {
            return negative ? "-0.0" : "0.0";
        }
        long ieeeMantissa = bits & ((1L << MANTISSA_BITS) - 1);
        int ieeeExponent = (int) ((bits >>> MANTISSA_BITS) & 0x7FF);
        long[] d = d2d(ieeeMantissa, ieeeExponent);
        long output = d[0];
        int exp = (int) d[1];
        while (output % 10 == 0) {
            output /= 10;
            exp++;
        }
        String digits = Long.toString(output);
        int decpt = digits.length() + exp;
        StringBuilder b = new StringBuilder(24);
        if (negative) {
            b.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                b.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    b.append('0');
                }
                b.append(digits);
            } else if (decpt >= digits.length()) {
                b.append(digits);
                for (int i = digits.length(); i < decpt; i++) {
                    b.append('0');
                }
                b.append(".0");
            } else {
                b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
            return b.toString();
        }
        int e = decpt - 1;
        b.append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        b.append('e').append(e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        if (ae < 10) {
            b.append('0');
        }
        return b.append(ae).toString();
    }

    private static int pow5bits(int e) {
        return ((e * 1217359) >>> 19) + 1;
    }

    private static int log10Pow2(int e) {
        return (int) (((long) e * 78913) >>> 18);
    }

    private static int log10Pow5(int e) {
        return (int) (((long) e * 732923) >>> 20);
    }

    private static int pow5Factor(long value) {
        int count = 0;
        while (value > 0 && value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count;
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        return pow5Factor(value) >= p;
    }

    private static boolean multipleOfPowerOf2(long value, int p) {
        return (value & ((1L << p) - 1)) == 0;
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** {@code ((m * mul) >> j)} for the 128-bit {@code mul} and {@code j >= 64}. */
    private static long mulShift64(long m, long[] mul, int j) {
        long b0Hi = unsignedMultiplyHigh(m, mul[0]);
        long b2Lo = m * mul[1];
        long b2Hi = unsignedMultiplyHigh(m, mul[1]);
        long sumLo = b2Lo + b0Hi;
        long sumHi = b2Hi + (Long.compareUnsigned(sumLo, b2Lo) < 0 ? 1 : 0);
        int s = j - 64;
        if (s >= 64) {
            return sumHi >>> (s - 64);
        }
        if (s == 0) {
            return sumLo;
        }
        return (sumLo >>> s) | (sumHi << (64 - s));
    }

    /** Ryu's {@code d2d}: the shortest (closest) decimal {@code output * 10^exp}. */
    private static long[] d2d(long ieeeMantissa, int ieeeExponent) {
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - BIAS - MANTISSA_BITS - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - BIAS - MANTISSA_BITS - 2;
            m2 = (1L << MANTISSA_BITS) | ieeeMantissa;
        }
        boolean even = (m2 & 1) == 0;
        boolean acceptBounds = even;
        long mv = 4 * m2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift64(4 * m2, POW5_INV_SPLIT[q], i);
            vp = mulShift64(4 * m2 + 2, POW5_INV_SPLIT[q], i);
            vm = mulShift64(4 * m2 - 1 - mmShift, POW5_INV_SPLIT[q], i);
            if (q <= 21) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
                } else {
                    vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift64(4 * m2, POW5_SPLIT[i], j);
            vp = mulShift64(4 * m2 + 2, POW5_SPLIT[i], j);
            vm = mulShift64(4 * m2 - 1 - mmShift, POW5_SPLIT[i], j);
            if (q <= 1) {
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    --vp;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
            }
        }
        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (true) {
                long vpDiv10 = vp / 10;
                long vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) {
                    break;
                }
                int vmMod10 = (int) (vm - 10 * vmDiv10);
                long vrDiv10 = vr / 10;
                int vrMod10 = (int) (vr - 10 * vrDiv10);
                vmIsTrailingZeros &= vmMod10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = vrMod10;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                ++removed;
            }
            if (vmIsTrailingZeros) {
                while (true) {
                    long vmDiv10 = vm / 10;
                    int vmMod10 = (int) (vm - 10 * vmDiv10);
                    if (vmMod10 != 0) {
                        break;
                    }
                    long vpDiv10 = vp / 10;
                    long vrDiv10 = vr / 10;
                    int vrMod10 = (int) (vr - 10 * vrDiv10);
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = vrMod10;
                    vr = vrDiv10;
                    vp = vpDiv10;
                    vm = vmDiv10;
                    ++removed;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4;
            }
            output = vr + (((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5) ? 1 : 0);
        } else {
            boolean roundUp = false;
            long vpDiv100 = vp / 100;
            long vmDiv100 = vm / 100;
            if (vpDiv100 > vmDiv100) {
                long vrDiv100 = vr / 100;
                int vrMod100 = (int) (vr - 100 * vrDiv100);
                roundUp = vrMod100 >= 50;
                vr = vrDiv100;
                vp = vpDiv100;
                vm = vmDiv100;
                removed += 2;
            }
            while (true) {
                long vpDiv10 = vp / 10;
                long vmDiv10 = vm / 10;
                if (vpDiv10 <= vmDiv10) {
                    break;
                }
                long vrDiv10 = vr / 10;
                int vrMod10 = (int) (vr - 10 * vrDiv10);
                roundUp = vrMod10 >= 5;
                vr = vrDiv10;
                vp = vpDiv10;
                vm = vmDiv10;
                ++removed;
            }
            output = vr + ((vr == vm || roundUp) ? 1 : 0);
        }
        return new long[] {output, e10 + removed};
    }
}
