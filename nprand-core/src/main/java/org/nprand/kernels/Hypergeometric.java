package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy 2.4.6's {@code random_hypergeometric(bitgen, good, bad, sample)}
 * ({@code random_hypergeometric.c}), behind {@code Generator.hypergeometric} and the marginals
 * method of {@code Generator.multivariate_hypergeometric}: the number of "good" items among
 * {@code sample} drawn without replacement from {@code good + bad}.
 *
 * <ul>
 *   <li>{@code 10 <= sample <= good + bad - 10}: HRUA, the ratio-of-uniforms method of E.
 *       Stadlober ("Sampling from Poisson, Binomial and Hypergeometric Distributions: Ratio of
 *       Uniforms as a Simple and Fast Alternative", thesis, 1989, algorithm HRUA; J. Comput.
 *       Appl. Math. 31, 1990) as rewritten by Warren Weckesser for NumPy 1.17, with
 *       {@link Logfactorial} (not {@code random_loggam}), on {@code min(sample, total - sample)}
 *       and {@code min(good, bad)}, mapped back at the end. Two {@code next_double} per try.</li>
 *   <li>otherwise: {@code hypergeometric_sample}, direct simulation: for
 *       {@code min(sample, total - sample)} items, {@code random_interval(remaining_total - 1)}
 *       (masked rejection, {@link RandomInterval}) decides good or bad, stopping early once no
 *       good items or only good items remain.</li>
 * </ul>
 * This is not the legacy kernel ({@code RandomState.hypergeometric}), which switches at
 * {@code sample > 10} and uses {@code loggam}. Arguments are not validated: NumPy requires
 * non-negative values, {@code sample <= good + bad} and {@code good, bad < 10^9}.
 */
public final class Hypergeometric {

    /** {@code D1 = 2 sqrt(2/e)}, the C literal. */
    private static final double D1 = 1.7155277699214135;
    /** {@code D2 = 3 - 2 sqrt(3/e)}, the C literal. */
    private static final double D2 = 0.8989161620588988;

    private Hypergeometric() {
    }

    /** One hypergeometric variate (not validated). */
    public static long sample(BitSource src, long good, long bad, long sample) {
        if ((sample >= 10) && (sample <= good + bad - 10)) {
            return hrua(src, good, bad, sample);
        }
        return simple(src, good, bad, sample);
    }

    /** {@code hypergeometric_sample}: direct simulation on the smaller of sample / complement. */
    static long simple(BitSource src, long good, long bad, long sample) {
        long total = good + bad;
        long computedSample = sample > total / 2 ? total - sample : sample;
        long remainingTotal = total;
        long remainingGood = good;
        while ((computedSample > 0) && (remainingGood > 0) && (remainingTotal > remainingGood)) {
            // random_interval(max) is inclusive, hence the decrement first
            --remainingTotal;
            if (RandomInterval.draw(src, remainingTotal) < remainingGood) {
                --remainingGood;
            }
            --computedSample;
        }
        if (remainingTotal == remainingGood) {
            // only good ones are left
            remainingGood -= computedSample;
        }
        return sample > total / 2 ? remainingGood : good - remainingGood;
    }

    /** {@code hypergeometric_hrua}, C's integer/double conversions kept in place. */
    static long hrua(BitSource src, long good, long bad, long sample) {
        long popsize = good + bad;
        long computedSample = Math.min(sample, popsize - sample);
        long mingoodbad = Math.min(good, bad);
        long maxgoodbad = Math.max(good, bad);

        double p = ((double) mingoodbad) / popsize;
        double q = ((double) maxgoodbad) / popsize;
        double mu = computedSample * p;
        double a = mu + 0.5;
        double var = ((double) (popsize - computedSample) * computedSample * p * q / (popsize - 1));
        double c = Math.sqrt(var + 0.5);
        double h = D1 * c + D2;

        long m = CCast.toInt64(Math.floor((double) (computedSample + 1) * (mingoodbad + 1) / (popsize + 2)));
        double g = (Logfactorial.of(m)
                + Logfactorial.of(mingoodbad - m)
                + Logfactorial.of(computedSample - m)
                + Logfactorial.of(maxgoodbad - computedSample + m));

        // C's MIN(int64 + 1, double): the conditional expression has type double
        double b1 = Math.min(computedSample, mingoodbad) + 1;
        double b2 = Math.floor(a + 16 * c);
        double b = b1 < b2 ? b1 : b2;

        long k;
        while (true) {
            double u = src.nextDouble();
            double v = src.nextDouble();
            double x = a + h * (v - 0.5) / u;

            // fast rejection (U == 0 gives +-inf, rejected here; the NaN of U == 0, V == 0.5,
            // probability 2^-106, passes as in C, where the lookup then reads outside the table)
            if ((x < 0.0) || (x >= b)) {
                continue;
            }
            k = CCast.toInt64(Math.floor(x));
            double gp = (Logfactorial.of(k)
                    + Logfactorial.of(mingoodbad - k)
                    + Logfactorial.of(computedSample - k)
                    + Logfactorial.of(maxgoodbad - computedSample + k));
            double t = g - gp;

            // fast acceptance
            if ((u * (4.0 - u) - 3.0) <= t) {
                break;
            }
            // fast rejection
            if (u * (u - t) >= 1) {
                continue;
            }
            if (2.0 * Libm.log(u) <= t) {
                break;
            }
        }
        if (good > bad) {
            k = computedSample - k;
        }
        if (computedSample < sample) {
            k = good - k;
        }
        return k;
    }
}
