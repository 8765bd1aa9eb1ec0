package org.nprand.math;

/**
 * glibc 2.36's {@code log1pf} (sysdeps/ieee754/flt-32/s_log1pf.c): Sun's fdlibm algorithm in float
 * arithmetic. glibc has one build of it on x86-64 (no FMA variant; the host's {@code __log1pf}
 * has no FMA instruction), so one method serves both settings of {@link Libm#FMA}.
 *
 * <p>Java's {@code float} operations are IEEE single precision, exactly the SSE {@code *ss}
 * instructions of the C build; the polynomial is fdlibm's Horner form.
 */
final class GlibcLog1pf {

    private GlibcLog1pf() {
    }

    private static final float LN2_HI = 6.9313812256e-01f; // 0x3f317180
    private static final float LN2_LO = 9.0580006145e-06f; // 0x3717f7d1
    private static final float LP1 = 6.6666668653e-01f;    // 0x3F2AAAAB
    private static final float LP2 = 4.0000000596e-01f;    // 0x3ECCCCCD
    private static final float LP3 = 2.8571429849e-01f;    // 0x3E924925
    private static final float LP4 = 2.2222198546e-01f;    // 0x3E638E29
    private static final float LP5 = 1.8183572590e-01f;    // 0x3E3A3325
    private static final float LP6 = 1.5313838422e-01f;    // 0x3E1CD04F
    private static final float LP7 = 1.4798198640e-01f;    // 0x3E178897
    private static final float TWO_THIRDS = (float) 0.66666666666666666;

    /** glibc's {@code log1pf}. */
    static float log1pf(float x) {
        int hx = Float.floatToRawIntBits(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        float f = 0.0f;
        float c = 0.0f;
        if (hx < 0x3ed413d7) { // x < 0.41422
            if (ax >= 0x3f800000) { // x <= -1.0
                return x == -1.0f ? Float.NEGATIVE_INFINITY : ExpLogSpecial.invalidf(x);
            }
            if (ax < 0x31000000) { // |x| < 2**-29
                if (ax < 0x24800000) { // |x| < 2**-54
                    return x;
                }
                return x - x * x * 0.5f;
            }
            if (hx > 0 || hx <= 0xbe95f61f) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7f800000) {
            return x + x;
        }
        if (k != 0) {
            float u;
            if (hx < 0x5a000000) {
                u = 1.0f + x;
                hu = Float.floatToRawIntBits(u);
                k = (hu >> 23) - 127;
                c = (k > 0) ? 1.0f - (u - x) : x - (u - 1.0f); // correction term
                c /= u;
            } else {
                u = x;
                hu = Float.floatToRawIntBits(u);
                k = (hu >> 23) - 127;
                c = 0;
            }
            hu &= 0x007fffff;
            if (hu < 0x3504f7) {
                u = Float.intBitsToFloat(hu | 0x3f800000); // normalize u
            } else {
                k += 1;
                u = Float.intBitsToFloat(hu | 0x3f000000); // normalize u/2
                hu = (0x00800000 - hu) >> 2;
            }
            f = u - 1.0f;
        }
        float hfsq = 0.5f * f * f;
        if (hu == 0) { // |f| < 2**-20
            if (f == 0.0f) {
                if (k == 0) {
                    return 0.0f;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            float r = hfsq * (1.0f - TWO_THIRDS * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        float s = f / (2.0f + f);
        float z = s * s;
        float r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
