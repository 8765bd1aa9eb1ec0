package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_negative_binomial(aug, n, p)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.negative_binomial}): the gamma-Poisson mixture, {@code Y =
 * legacy_gamma(n, (1 - p) / p)} then {@code random_poisson(Y)} on the bare bit source.
 *
 * <p>No lambda cap as in the Generator: {@code p == 0} makes {@code Y} infinite, PTRS then
 * computes {@code floor(inf)} or {@code floor(NaN)} and C's cast gives {@code INT64_MIN}, which
 * NumPy returns ({@code RandomState.negative_binomial(1, 0)} is {@code -9223372036854775808}).
 * {@code p == 1} gives {@code Y = 0} and 0 without a Poisson draw.
 */
public final class LegacyNegativeBinomial {

    private LegacyNegativeBinomial() {
    }

    /** One negative binomial variate (not validated). */
    public static long sample(AugmentedBitSource aug, double n, double p) {
        double y = LegacyGamma.sample(aug, n, (1 - p) / p);
        return org.nprand.kernels.Poisson.sample(aug.bitgen(), y);
    }
}
