package org.nprand.math;

/**
 * glibc 2.36's {@code log1p} (sysdeps/ieee754/dbl-64/s_log1p.c): Sun's fdlibm algorithm with
 * glibc's re-associated polynomial (N. Shimizu, 1997), in its two x86-64 builds.
 *
 * <p>{@link #log1p} is the generic (SSE2) build: the C evaluated operation by operation.
 * {@link #log1pFma} is Debian 12's {@code __log1p_fma} (the FMA build backported in 2.36-9+deb12u10):
 * the same C compiled with {@code -mfma -mavx2}, where GCC contracted some multiply-adds. Every
 * {@code Math.fma} below sits exactly where the host binary has a {@code vfmadd}/{@code vfmsub}/
 * {@code vfnmadd} instruction (read from {@code gdb -batch -ex 'disassemble __log1p_fma'}).
 *
 * <p>Algorithm (fdlibm): 1+x = 2^k (1+f) with sqrt(2)/2 &lt; 1+f &lt; sqrt(2) and a correction term
 * c for the rounding of 1+x; log(1+f) = f - (hfsq - s (hfsq + R(s^2))), s = f/(2+f), hfsq = f^2/2.
 */
final class GlibcLog1p {

    private GlibcLog1p() {
    }

    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef35793c76
    private static final double LP1 = 6.666666666666735130e-01;      // 0x3FE5555555555593
    private static final double LP2 = 3.999999999940941908e-01;      // 0x3FD999999997FA04
    private static final double LP3 = 2.857142874366239149e-01;      // 0x3FD2492494229359
    private static final double LP4 = 2.222219843214978396e-01;      // 0x3FCC71C51D8E78AF
    private static final double LP5 = 1.818357216161805012e-01;      // 0x3FC7466496CB03DE
    private static final double LP6 = 1.531383769920937332e-01;      // 0x3FC39A09D078C69F
    private static final double LP7 = 1.479819860511658591e-01;      // 0x3FC2F112DF3E5244
    private static final double TWO_THIRDS = 0.66666666666666666;

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffffL) | ((long) hi << 32));
    }

    /** glibc's generic (SSE2) {@code log1p}. */
    static double log1p(double x) {
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0.0;
        double c = 0.0;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1.0
                return x == -1.0 ? Double.NEGATIVE_INFINITY : ExpLogSpecial.invalid(x);
            }
            if (ax < 0x3e200000) { // |x| < 2**-29
                if (ax < 0x3c900000) { // |x| < 2**-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000); // normalize u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000); // normalize u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2**-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - TWO_THIRDS * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r1 = z * LP1;
        double z2 = z * z;
        double r2 = LP2 + z * LP3;
        double z4 = z2 * z2;
        double r3 = LP4 + z * LP5;
        double z6 = z4 * z2;
        double r4 = LP6 + z * LP7;
        double r = r1 + z2 * r2 + z4 * r3 + z6 * r4;
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    /** Debian 12 glibc's {@code __log1p_fma}: {@link #log1p} with GCC's contractions. */
    static double log1pFma(double x) {
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0.0;
        double c = 0.0;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3ff00000) {
                return x == -1.0 ? Double.NEGATIVE_INFINITY : ExpLogSpecial.invalid(x);
            }
            if (ax < 0x3e200000) {
                if (ax < 0x3c900000) {
                    return x;
                }
                return Math.fma(-(x * x), 0.5, x); // vfnmadd231sd
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {
                k = 0;
                f = x;
                hu = 1;
            }
        } else if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c = Math.fma(k, LN2_LO, c);
                return Math.fma(k, LN2_HI, c);
            }
            double r = Math.fma(-f, TWO_THIRDS, 1.0) * hfsq;
            if (k == 0) {
                return f - r;
            }
            return Math.fma(k, LN2_HI, -((r - Math.fma(k, LN2_LO, c)) - f));
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r2 = Math.fma(z, LP3, LP2);
        double r3 = Math.fma(z, LP5, LP4);
        double r4 = Math.fma(z, LP7, LP6);
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double r = Math.fma(z6, r4, Math.fma(z4, r3, Math.fma(z, LP1, z2 * r2)));
        double sr = s * (hfsq + r);
        if (k == 0) {
            return f - (hfsq - sr);
        }
        return Math.fma(k, LN2_HI, -((hfsq - (Math.fma(k, LN2_LO, c) + sr)) - f));
    }
}
