package org.nprand.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * sin, cos and acos when glibc's exact port (the LGPL module nprand-libm-lgpl) is absent:
 * nprand's own implementation, written from the mathematics (not from glibc), deterministic on
 * every JVM and CPU (plain IEEE double arithmetic, no {@code Math.fma}, no intrinsics) and nearly
 * correctly rounded, so it differs from glibc only where one of the two misses the correctly
 * rounded result (the README states the measured agreement).
 *
 * <p>sin/cos: the argument is reduced by the nearest multiple n of pi/2 (Cody-Waite, pi/2 in four
 * pieces, in double-double) to r with |r| &lt;= pi/4, then r = k/64 + t with sin and cos of k/64
 * tabulated in double-double and short polynomials in t; the leading terms are summed in
 * double-double and rounded once (error about 2^-70 relative). For |x| &gt;= 2^20 (never in the
 * samplers) the reduction is done in BigDecimal, exact but slow. acos: one Newton step on sin, from fdlibm's asin as the
 * starting point, with acos(x) = pi/2 - asin(x) for |x| &lt;= 1/2 and 2 asin(sqrt((1 - |x|)/2))
 * (from pi for negative x) beyond.
 */
final class FallbackTrig {

    private FallbackTrig() {
    }

    /** Dekker's splitter, 2^27 + 1. */
    private static final double SPLIT = 134217729.0;
    /** From this |x| on, sin/cos reduce in BigDecimal ({@link HugeReduction}). */
    private static final double REDUCTION_LIMIT = 0x1p20;

    // pi/2 in pieces: PIO2_1..3 have 33 significant bits (n * piece is exact for n < 2^20)
    private static final double PIO2_1;
    private static final double PIO2_2;
    private static final double PIO2_3;
    private static final double PIO2_4;
    private static final double TWO_OVER_PI;
    // pi/2 and pi as double-double
    private static final double PIO2_HI;
    private static final double PIO2_LO;
    private static final double PI_HI;
    private static final double PI_LO;
    /** sin(k/64) and cos(k/64), k = 0..51, as double-double: {sinHi, sinLo, cosHi, cosLo} per k. */
    private static final double[] TABLE = new double[52 * 4];

    // sin(t) - t = t^3 (S3 + t^2 (S5 + t^2 (S7 + t^2 S9))) and cos(t) - 1 = t^2 (C2 + t^2 (C4 + ...))
    // for |t| <= 1/128: Taylor coefficients, truncation error below 2^-85 relative
    private static final double S3 = -1.0 / 6;
    private static final double S5 = 1.0 / 120;
    private static final double S7 = -1.0 / 5040;
    private static final double S9 = 1.0 / 362880;
    private static final double C2 = -0.5;
    private static final double C4 = 1.0 / 24;
    private static final double C6 = -1.0 / 720;
    private static final double C8 = 1.0 / 40320;

    static {
        MathContext mc = new MathContext(60);
        BigDecimal pi = machinPi(mc);
        BigDecimal pio2 = pi.divide(BigDecimal.valueOf(2), mc);
        double[] pieces = new double[4];
        BigDecimal rest = pio2;
        for (int i = 0; i < 3; i++) {
            double d = rest.doubleValue();
            pieces[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(d) & ~((1L << 20) - 1));
            rest = rest.subtract(new BigDecimal(pieces[i]), mc);
        }
        pieces[3] = rest.doubleValue();
        PIO2_1 = pieces[0];
        PIO2_2 = pieces[1];
        PIO2_3 = pieces[2];
        PIO2_4 = pieces[3];
        TWO_OVER_PI = BigDecimal.valueOf(2).divide(pi, mc).doubleValue();
        PIO2_HI = pio2.doubleValue();
        PIO2_LO = pio2.subtract(new BigDecimal(PIO2_HI), mc).doubleValue();
        PI_HI = pi.doubleValue();
        PI_LO = pi.subtract(new BigDecimal(PI_HI), mc).doubleValue();
        for (int k = 0; k < 52; k++) {
            BigDecimal a = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(64), mc);
            BigDecimal[] sc = sinCos(a, mc);
            TABLE[4 * k] = sc[0].doubleValue();
            TABLE[4 * k + 1] = sc[0].subtract(new BigDecimal(TABLE[4 * k]), mc).doubleValue();
            TABLE[4 * k + 2] = sc[1].doubleValue();
            TABLE[4 * k + 3] = sc[1].subtract(new BigDecimal(TABLE[4 * k + 2]), mc).doubleValue();
        }
    }

    /** sin(x), nearly correctly rounded, deterministic. */
    static double sin(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            return x;                                   // sin x = x to within 2^-53 relative
        }
        if (!(ax < REDUCTION_LIMIT)) {
            return ax == Double.POSITIVE_INFINITY || x != x ? x - x : HugeReduction.sinCos(x, false);
        }
        if (ax <= 0.785) {
            return kernel(x, 0, false);
        }
        return reduced(x, false);
    }

    /** cos(x), nearly correctly rounded, deterministic. */
    static double cos(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return 1.0;
        }
        if (!(ax < REDUCTION_LIMIT)) {
            return ax == Double.POSITIVE_INFINITY || x != x ? x - x : HugeReduction.sinCos(x, true);
        }
        if (ax <= 0.785) {
            return kernel(ax, 0, true);
        }
        return reduced(x, true);
    }

    /** x - n pi/2 in double-double, then the quadrant's sin or cos. */
    private static double reduced(double x, boolean cos) {
        double n = Math.rint(x * TWO_OVER_PI);
        // x - n*P1 is exact (Sterbenz); the next products are exact and summed exactly (twoSum)
        double y = x - n * PIO2_1;
        double p2 = n * PIO2_2;
        double hi = y - p2;
        double lo = twoSumError(y, -p2, hi);
        double p3 = n * PIO2_3;
        double hi2 = hi - p3;
        lo += twoSumError(hi, -p3, hi2);
        lo -= n * PIO2_4;
        double rhi = hi2 + lo;
        double rlo = (hi2 - rhi) + lo;
        return quadrant(rhi, rlo, (int) ((long) n & 3), cos);
    }

    /** sin or cos of {@code r + q pi/2}, {@code r = rhi + rlo} with {@code |r| <= pi/4} (+ a little). */
    static double quadrant(double rhi, double rlo, int q, boolean cos) {
        if (cos) {
            q = (q + 1) & 3;                            // cos x = sin(x + pi/2)
        }
        // sin(r + q pi/2) = sin r, cos r, -sin r, -cos r; sin is odd, cos even
        boolean odd = (q & 1) != 0;
        boolean negative = rhi < 0;
        double v = negative ? kernelLo(-rhi, -rlo, odd) : kernelLo(rhi, rlo, odd);
        if (negative && !odd) {
            v = -v;
        }
        return (q & 2) != 0 ? -v : v;
    }

    /** sin (or cos) of x with |x| <= pi/4, signed for sin. */
    private static double kernel(double x, double lo, boolean cos) {
        if (cos) {
            return kernelLo(Math.abs(x), x < 0 ? -lo : lo, true);
        }
        return x < 0 ? -kernelLo(-x, -lo, false) : kernelLo(x, lo, false);
    }

    /**
     * sin or cos of r = rhi + rlo, 0 &lt;= rhi &lt;= pi/4 (+ a little), |rlo| &lt;= ulp(rhi): with
     * a = k/64 nearest rhi and t = rhi - a (exact), sin(a + t) = Sa cos t + Ca sin t and
     * cos(a + t) = Ca cos t - Sa sin t; the leading Sa + Ca*t (Ca - Sa*t) in double-double.
     */
    private static double kernelLo(double rhi, double rlo, boolean cos) {
        int k = (int) (rhi * 64 + 0.5);
        double t = rhi - k * (1.0 / 64);
        double tt = t * t;
        double st = t * tt * (S3 + tt * (S5 + tt * (S7 + tt * S9)));     // sin t - t
        double ct = tt * (C2 + tt * (C4 + tt * (C6 + tt * C8)));          // cos t - 1
        double sa = TABLE[4 * k];
        double saLo = TABLE[4 * k + 1];
        double ca = TABLE[4 * k + 2];
        double caLo = TABLE[4 * k + 3];
        if (!cos) {
            // Sa + Ca t + [Sa ct + Ca st + Sa_lo + Ca_lo t + Ca rlo]
            double p = ca * t;
            double pe = twoProductError(ca, t, p);
            double s = sa + p;
            double se = twoSumError(sa, p, s);
            double small = sa * ct + ca * st + saLo + caLo * t + ca * rlo - sa * t * rlo;
            return s + (se + pe + small);
        }
        // Ca - Sa t + [Ca ct - Sa st + Ca_lo - Sa_lo t - Sa rlo]
        double p = -sa * t;
        double pe = twoProductError(-sa, t, p);
        double s = ca + p;
        double se = twoSumError(ca, p, s);
        double small = ca * ct - sa * st + caLo - saLo * t - sa * rlo - ca * t * rlo;
        return s + (se + pe + small);
    }

    /** acos(x), nearly correctly rounded, deterministic. */
    static double acos(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1)) {
            return Double.NaN;                          // |x| > 1 or NaN: glibc's +NaN
        }
        if (ax < 0x1p-57) {
            return PIO2_HI;
        }
        if (ax <= 0.5) {
            // pi/2 - asin(x), asin(x) = w + d
            double w = StrictMath.asin(x);
            double d = asinCorrection(w, x, 0);
            double hi = PIO2_HI - w;
            double e = twoSumError(PIO2_HI, -w, hi);
            return hi + (e + (PIO2_LO - d));
        }
        // asin(s) with s = sqrt((1 - |x|)/2): (1 - |x|)/2 is exact for |x| >= 1/2
        double z = (1 - ax) * 0.5;
        double s = Math.sqrt(z);
        double sLo = (z - s * s - twoProductError(s, s, s * s)) / (2 * s);
        double w = StrictMath.asin(s);
        double d = asinCorrection(w, s, sLo);
        if (x > 0) {
            return 2 * (w + d);
        }
        // pi - 2 (w + d)
        double hi = PI_HI - 2 * w;
        double e = twoSumError(PI_HI, -2 * w, hi);
        return hi + (e + (PI_LO - 2 * d));
    }

    /** One Newton step for asin: d with sin(w + d) = s + sLo, i.e. (s + sLo - sin w)/cos w. */
    private static double asinCorrection(double w, double s, double sLo) {
        if (w == 0) {
            return 0;
        }
        double aw = Math.abs(w);
        int k = (int) (aw * 64 + 0.5);
        double t = aw - k * (1.0 / 64);
        double tt = t * t;
        double st = t * tt * (S3 + tt * (S5 + tt * (S7 + tt * S9)));
        double ct = tt * (C2 + tt * (C4 + tt * (C6 + tt * C8)));
        double sa = TABLE[4 * k];
        double saLo = TABLE[4 * k + 1];
        double ca = TABLE[4 * k + 2];
        double caLo = TABLE[4 * k + 3];
        double p = ca * t;
        double pe = twoProductError(ca, t, p);
        double hi = sa + p;
        double se = twoSumError(sa, p, hi);
        double lo = se + pe + (sa * ct + ca * st + saLo + caLo * t);
        if (w < 0) {
            hi = -hi;
            lo = -lo;
        }
        // (s - hi) is exact (Sterbenz: both are within a few ulps of each other)
        double residual = ((s - hi) - lo) + sLo;
        // the derivative cos w = Ca cos t - Sa sin t needs only a few correct digits
        return residual / (ca + (ca * ct - sa * (t + st)));
    }

    /** The rounding error of a + b = sum (Knuth's twoSum), exact. */
    private static double twoSumError(double a, double b, double sum) {
        double bv = sum - a;
        double av = sum - bv;
        return (a - av) + (b - bv);
    }

    /** The rounding error of a * b = prod (Dekker's product, no fma), exact barring overflow. */
    private static double twoProductError(double a, double b, double prod) {
        double ca = SPLIT * a;
        double ahi = ca - (ca - a);
        double alo = a - ahi;
        double cb = SPLIT * b;
        double bhi = cb - (cb - b);
        double blo = b - bhi;
        return ((ahi * bhi - prod) + ahi * blo + alo * bhi) + alo * blo;
    }

    /**
     * x - n pi/2 for huge finite |x| (2^20 and up, never in the samplers), exactly enough: in
     * BigDecimal with pi to 420 digits (|x| < 2^1024 has at most 309 integer digits), computed
     * once, when the first huge argument arrives. Slow (tens of microseconds) but exact.
     */
    private static final class HugeReduction {
        private static final MathContext MC = new MathContext(420);
        private static final MathContext R = new MathContext(40);
        private static final BigDecimal PI = machinPi(MC);
        private static final BigDecimal PIO2 = PI.divide(BigDecimal.valueOf(2), MC);
        private static final BigDecimal TWO_OVER_PI = BigDecimal.valueOf(2).divide(PI, MC);

        static double sinCos(double x, boolean cos) {
            // x 2/pi = n + f exactly (to the constant's 420 digits), |f| <= 1/2; r = f pi/2
            BigDecimal t = new BigDecimal(x).multiply(TWO_OVER_PI);
            BigDecimal n = t.setScale(0, java.math.RoundingMode.HALF_EVEN);
            BigDecimal r = t.subtract(n).multiply(PIO2, R);
            double rhi = r.doubleValue();
            double rlo = r.subtract(new BigDecimal(rhi), R).doubleValue();
            int q = n.toBigInteger().intValue() & 3;
            return quadrant(rhi, rlo, q, cos);
        }
    }

    /** pi = 16 atan(1/5) - 4 atan(1/239) (Machin), to mc's precision. */
    private static BigDecimal machinPi(MathContext mc) {
        return arctanInverse(5, mc).multiply(BigDecimal.valueOf(16))
                .subtract(arctanInverse(239, mc).multiply(BigDecimal.valueOf(4)), mc);
    }

    private static BigDecimal arctanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 3);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    /** {sin a, cos a} by their Taylor series, to mc's precision (|a| < 1). */
    private static BigDecimal[] sinCos(BigDecimal a, MathContext mc) {
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 3);
        BigDecimal a2 = a.multiply(a, mc);
        BigDecimal sin = BigDecimal.ZERO;
        BigDecimal cos = BigDecimal.ZERO;
        BigDecimal sinTerm = a;
        BigDecimal cosTerm = BigDecimal.ONE;
        for (int k = 0; sinTerm.abs().compareTo(eps) > 0 || cosTerm.abs().compareTo(eps) > 0; k++) {
            sin = sin.add(sinTerm, mc);
            cos = cos.add(cosTerm, mc);
            sinTerm = sinTerm.multiply(a2, mc).divide(BigDecimal.valueOf((2L * k + 2) * (2L * k + 3)), mc).negate();
            cosTerm = cosTerm.multiply(a2, mc).divide(BigDecimal.valueOf((2L * k + 1) * (2L * k + 2)), mc).negate();
        }
        return new BigDecimal[] {sin, cos};
    }
}
