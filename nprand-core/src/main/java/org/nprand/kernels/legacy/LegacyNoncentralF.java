package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_noncentral_f(aug, dfnum, dfden, nonc)} ({@code legacy-distributions.c},
 * behind {@code RandomState.noncentral_f}): {@code t = ncchisq(dfnum, nonc) * dfden}, then
 * {@code t / (chisq(dfden) * dfnum)}; the noncentral chi-square is drawn first (separate C
 * statements).
 */
public final class LegacyNoncentralF {

    private LegacyNoncentralF() {
    }

    /** One noncentral F variate (not validated). */
    public static double sample(AugmentedBitSource aug, double dfnum, double dfden, double nonc) {
        double t = LegacyNoncentralChisquare.sample(aug, dfnum, nonc) * dfden;
        return t / (LegacyChisquare.sample(aug, dfden) * dfnum);
    }
}
