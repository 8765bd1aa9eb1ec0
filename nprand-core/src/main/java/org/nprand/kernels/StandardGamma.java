package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_standard_gamma} ({@code distributions.c}), behind
 * {@code Generator.standard_gamma} and every Generator kernel built on the gamma (gamma,
 * chi-square, beta with a parameter above 1, F, Student's t, the non-central ones, Dirichlet,
 * negative binomial).
 *
 * <ul>
 *   <li>{@code shape == 1}: one {@link StandardExponential} (ziggurat).</li>
 *   <li>{@code shape == 0}: 0.0, with no draw.</li>
 *   <li>{@code shape < 1}: rejection against an exponential: each attempt draws one
 *       {@code next_double} {@code U}, then one ziggurat exponential {@code V}; {@code U <= 1 - shape}
 *       proposes {@code X = U^(1/shape)}, accepted if {@code X <= V}, and otherwise
 *       {@code Y = -log((1-U)/shape)} proposes {@code X = (1 - shape + shape*Y)^(1/shape)},
 *       accepted if {@code X <= V + Y}. (NumPy's source names no reference for this branch.)</li>
 *   <li>otherwise, NaN included: G. Marsaglia and W. W. Tsang, "A simple method for generating
 *       gamma variables", ACM TOMS 26 (2000) 363-372, over the ziggurat {@link StandardNormal}
 *       (redrawn while {@code 1 + cX <= 0}), then one {@code next_double} for the squeeze and
 *       log tests.</li>
 * </ul>
 * The same algorithm as {@code legacy_standard_gamma} but over the ziggurat normal and exponential.
 * Every expression keeps C's evaluation order; {@code log} and {@code pow} are glibc's, through
 * {@link Libm}.
 */
public final class StandardGamma {

    private StandardGamma() {
    }

    /** One standard gamma variate with the given {@code shape}. */
    public static double sample(BitSource src, double shape) {
        if (shape == 1.0) {
            return StandardExponential.sample(src);
        } else if (shape == 0.0) {
            return 0.0;
        } else if (shape < 1.0) {
            while (true) {
                double u = src.nextDouble();
                double v = StandardExponential.sample(src);
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
        return marsagliaTsang(src, b, 1. / Math.sqrt(9 * b));
    }

    /**
     * {@code scale * sample(src, shape)} for each of {@code out[from, to)}: the same draws and
     * values, with Marsaglia and Tsang's {@code b} and {@code c} (shape &gt; 1) computed once, and
     * below shape 1 a block of attempts at a time ({@link #belowOneBlocks}) for fills of at least
     * {@link PairedAttempts#MIN_VALUES} values.
     */
    public static void fill(BitSource src, double shape, double scale, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (shape > 1.0) {
            double b = shape - 1. / 3.;
            double c = 1. / Math.sqrt(9 * b);
            for (int i = from; i < to; i++) {
                out[i] = scale * marsagliaTsang(src, b, c);
            }
            return;
        }
        if (shape > 0.0 && shape < 1.0 && to - from >= PairedAttempts.MIN_VALUES) {
            belowOneBlocks(src, shape, scale, out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = scale * sample(src, shape);
        }
    }

    /** Attempts per block of {@link #belowOneBlocks}. */
    private static final int BLOCK = 256;

    /**
     * The shape &lt; 1 loop of {@link #sample} a block of attempts at a time, with the same draws
     * and values. Every attempt draws its {@code U} and its ziggurat exponential {@code V} whatever
     * the verdicts, and each value takes at least one attempt, so a block draws as many attempts
     * as values are still wanted (at most {@link #BLOCK}), in order, and nothing past the last
     * value; {@link GammaBelowOneBlock} judges it. Measured in one JVM against the per-value loop,
     * PCG64, ns per value: shape 0.5 31 -> 20, 0.2 31 -> 21, 0.8 38 -> 26 on JDK 17.
     */
    private static void belowOneBlocks(BitSource src, double shape, double scale, double[] out, int from, int to) {
        int block = Math.min(to - from, BLOCK);
        double[] base = new double[block];
        double[] bound = new double[block];
        int[] high = new int[block];
        double exponent = 1. / shape;
        int i = from;
        while (i < to) {
            int m = Math.min(to - i, block);
            int highCount = drawAttempts(src, 1.0 - shape, base, bound, high, m);
            GammaBelowOneBlock.logSide(shape, base, bound, high, highCount);
            GammaBelowOneBlock.powers(base, m, exponent);
            i = GammaBelowOneBlock.pack(base, bound, m, scale, out, i);
        }
    }

    /** Draws {@code m} attempts' {@code U} (into {@code base}) and {@code V}; lists those with {@code U > cut}. */
    private static int drawAttempts(BitSource src, double cut, double[] base, double[] bound, int[] high, int m) {
        int highCount = 0;
        for (int j = 0; j < m; j++) {
            double u = src.nextDouble();
            base[j] = u;
            bound[j] = StandardExponential.sample(src);
            high[highCount] = j;
            highCount += u <= cut ? 0 : 1;
        }
        return highCount;
    }

    /** Marsaglia and Tsang's method for shape &gt; 1, given {@code b = shape - 1/3} and {@code c = 1/sqrt(9 b)}. */
    private static double marsagliaTsang(BitSource src, double b, double c) {
        while (true) {
            double x;
            double v;
            do {
                x = StandardNormal.sample(src);
                v = 1.0 + c * x;
            } while (v <= 0.0);

            v = v * v * v;
            double u = src.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
                return b * v;
            }
            // log(0.0) is fine here (-inf)
            if (Libm.log(u) < 0.5 * x * x + b * (1. - v + Libm.log(v))) {
                return b * v;
            }
        }
    }
}
