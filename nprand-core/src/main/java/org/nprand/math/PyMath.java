package org.nprand.math;

import org.nprand.errors.OverflowError;
import org.nprand.errors.ValueError;

/**
 * Functions of CPython 3.13's {@code math} module that nprand needs and that CPython computes with
 * its own code rather than the C library's: today {@link #lgamma}, which
 * {@code random.binomialvariate} calls.
 *
 * <p>CPython's results depend on the C library functions its code calls ({@code log}, {@code sin},
 * {@code cos}); these come from {@link Libm}, so {@code PyMath} reproduces CPython on x86-64
 * glibc 2.36 with the variant chosen by {@link Libm#FMA}. CPython's own arithmetic in
 * {@code mathmodule.c} is not FMA-contracted (the 3.13 build has no FMA instruction), so plain
 * Java arithmetic reproduces it.
 */
public final class PyMath {

    private PyMath() {
    }

    // ---- Lanczos approximation, Modules/mathmodule.c (N = 13, g = 6.024680040776729583740234375) --
    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double[] LANCZOS_NUM_COEFFS = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x (x+1) ... (x+11) as a polynomial; exact integers. */
    private static final double[] LANCZOS_DEN_COEFFS = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    /**
     * CPython 3.13's {@code math.lgamma(x)}: the natural logarithm of |Gamma(x)|, computed as
     * CPython does (Lanczos sum, reflection for negative x), not as the C library's lgamma.
     *
     * @throws ValueError    "math domain error" at the poles: x an integer &lt;= 0 (including -0.0)
     * @throws OverflowError "math range error" when the result overflows (finite x &gt; ~2.55e305)
     */
    public static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw new ValueError("math domain error");
            }
            return 0.0; // lgamma(1) = lgamma(2) = 0
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) { // lgamma(x) ~ -log(|x|)
            return -log(absx);
        }
        double r = log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) { // reflection formula
            r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw new OverflowError("math range error");
        }
        return r;
    }

    /** CPython's lanczos_sum(x) for x &gt; 0: the rational function, in 1/x for x &gt;= 5. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM_COEFFS.length; --i >= 0; ) {
                num = num * x + LANCZOS_NUM_COEFFS[i];
                den = den * x + LANCZOS_DEN_COEFFS[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM_COEFFS.length; i++) {
                num = num / x + LANCZOS_NUM_COEFFS[i];
                den = den / x + LANCZOS_DEN_COEFFS[i];
            }
        }
        return num / den;
    }

    /** CPython's m_sinpi(x) = sin(pi x) for finite x, reduced so integers give exact zeros. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0; // fmod: exact
        int n = (int) roundHalfAway(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = sin(PI * y);
                break;
            case 1:
                r = cos(PI * (y - 0.5));
                break;
            case 2:
                r = sin(PI * (1.0 - y)); // not -sin(pi (y - 1)): that gives -0.0 at y == 1
                break;
            case 3:
                r = -cos(PI * (y - 1.5));
                break;
            case 4:
                r = sin(PI * (y - 2.0));
                break;
            default:
                throw new AssertionError(n);
        }
        return Math.copySign(1.0, x) * r;
    }

    /** C's {@code round(v)} for v &gt;= 0: halfway cases go away from zero. */
    private static double roundHalfAway(double v) {
        double f = Math.floor(v);
        return v - f >= 0.5 ? f + 1.0 : f;
    }

    // ---- the C library functions CPython's code calls: glibc's, exactly -------------------------
    // sin and cos are exact when nprand-libm-lgpl is present (Libm.trigIsExact()).

    private static double log(double x) {
        return Libm.log(x);
    }

    private static double sin(double x) {
        return Libm.sin(x);
    }

    private static double cos(double x) {
        return Libm.cos(x);
    }
}
