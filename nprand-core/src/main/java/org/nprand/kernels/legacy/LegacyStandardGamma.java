package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.GammaBelowOneBlock;
import org.nprand.kernels.PairedAttempts;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_standard_gamma} ({@code legacy-distributions.c}), behind
 * {@code RandomState.standard_gamma} and every legacy sampler built on the gamma (gamma,
 * chi-square, beta with a parameter above 1, Student's t, F, Dirichlet, negative binomial).
 *
 * <ul>
 *   <li>{@code shape == 1}: one {@link LegacyStandardExponential} ({@code -log(1-U)}).</li>
 *   <li>{@code shape == 0}: 0.0, with no draw.</li>
 *   <li>{@code shape < 1}: rejection against an exponential: each attempt draws one
 *       {@code next_double} {@code U}, then one legacy exponential {@code V} (two more words);
 *       {@code U <= 1 - shape} proposes {@code X = U^(1/shape)}, accepted if {@code X <= V}, and
 *       otherwise {@code Y = -log((1-U)/shape)} proposes {@code X = (1 - shape + shape*Y)^(1/shape)},
 *       accepted if {@code X <= V + Y}. (NumPy's source names no reference for this branch.)</li>
 *   <li>otherwise, NaN included: G. Marsaglia and W. W. Tsang, "A simple method for generating
 *       gamma variables", ACM TOMS 26 (2000) 363-372, over the legacy polar Gaussian (so it reads
 *       and refills the {@link AugmentedBitSource}'s cache), then one {@code next_double}.</li>
 * </ul>
 * Every expression keeps C's evaluation order; C's {@code log} and {@code pow} come from
 * {@link Libm}. Parameters are not validated here.
 */
public final class LegacyStandardGamma {

    private LegacyStandardGamma() {
    }

    /** One standard gamma variate with the given {@code shape}. */
    public static double sample(AugmentedBitSource aug, double shape) {
        if (shape == 1.0) {
            return LegacyStandardExponential.sample(aug);
        } else if (shape == 0.0) {
            return 0.0;
        } else if (shape < 1.0) {
            while (true) {
                double u = aug.nextDouble();
                double v = LegacyStandardExponential.sample(aug);
                if (u <= 1.0 - shape) {
                    double x = Libm.pow(u, 1. / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    double y = -Libm.log((1 - u) / shape);
                    double x = Libm.pow(1.0 - shape + shape * y, 1. / shape);
                    if (x <= (v + y)) {
                        return x;
                    }
                }
            }
        }
        double b = shape - 1. / 3.;
        double c = 1. / Math.sqrt(9 * b);
        while (true) {
            double x;
            double v;
            do {
                x = LegacyGauss.sample(aug);
                v = 1.0 + c * x;
            } while (v <= 0.0);

            v = v * v * v;
            double u = aug.nextDouble();
            // Squeeze first; (X*X) is squared as a product, as in C, not as X^4.
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
                return b * v;
            }
            if (Libm.log(u) < 0.5 * x * x + b * (1. - v + Libm.log(v))) {
                return b * v;
            }
        }
    }

    /**
     * {@code scale * sample(aug, shape)} for each of {@code out[from, to)}: the same draws and
     * values and cache. Fills of at least {@link PairedAttempts#MIN_VALUES} values go a block of
     * attempts at a time: below shape 1 {@link #belowOneBlocks}, above it {@link PolarGammaBlocks}.
     */
    public static void fill(AugmentedBitSource aug, double shape, double scale, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (to - from >= PairedAttempts.MIN_VALUES && shape > 0.0 && shape != 1.0) {
            if (shape > 1.0) {
                PolarGammaBlocks.fill(aug, shape, out, from, to);
            } else {
                belowOneBlocks(aug.bitgen(), shape, out, from, to);
            }
            if (scale != 1.0) {
                for (int i = from; i < to; i++) {
                    out[i] = scale * out[i];
                }
            }
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = scale * sample(aug, shape);
        }
    }

    /**
     * The shape &lt; 1 loop a block of attempts at a time: an attempt draws {@code U} and the
     * legacy exponential's one uniform {@code U2} whatever the verdicts, so a block's uniforms
     * come in one call ({@link PairedAttempts#draw}, never past the last value). One pass takes
     * every attempt's {@code V = -log(1 - U2)} and lists the attempts with {@code U > 1 - shape}
     * without a branch; {@link GammaBelowOneBlock} judges the block as it does the Generator's.
     */
    private static void belowOneBlocks(BitSource src, double shape, double[] out, int from, int to) {
        PairedAttempts pairs = new PairedAttempts(to - from);
        double[] uv = pairs.uv;
        int[] high = pairs.listed;
        double[] base = new double[high.length];
        double[] bound = new double[high.length];
        double split = 1.0 - shape;
        double exponent = 1. / shape;
        int i = from;
        while (i < to) {
            int m = pairs.draw(src, to - i);
            int highCount = 0;
            for (int j = 0; j < m; j++) {
                double u = uv[2 * j];
                base[j] = u;
                bound[j] = -Libm.log(1.0 - uv[2 * j + 1]);
                high[highCount] = j;
                // u > 1 - shape as the sign bit of (1 - shape) - u (+0.0 when equal)
                highCount += (int) PairedAttempts.negative(split - u);
            }
            GammaBelowOneBlock.logSide(shape, base, bound, high, highCount);
            GammaBelowOneBlock.powers(base, m, exponent);
            i = GammaBelowOneBlock.pack(base, bound, m, 1.0, out, i);
        }
    }
}
