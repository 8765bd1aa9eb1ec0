package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_f(aug, dfnum, dfden)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.f}): {@code (chisq(dfnum) * dfden) / (chisq(dfden) * dfnum)} with two
 * {@link LegacyChisquare} draws. C leaves the order of the two calls in that single expression
 * unspecified; NumPy's GCC build evaluates the numerator first, and so does this.
 */
public final class LegacyF {

    private LegacyF() {
    }

    /** One F variate (not validated). */
    public static double sample(AugmentedBitSource aug, double dfnum, double dfden) {
        double num = LegacyChisquare.sample(aug, dfnum) * dfden;
        double den = LegacyChisquare.sample(aug, dfden) * dfnum;
        return num / den;
    }
}
