package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_standard_gamma_f} ({@code distributions.c}), behind
 * {@code Generator.standard_gamma(shape, dtype=np.float32)} (whose Cython wrapper rounds the
 * Python {@code shape} to float first: pass {@code (float) shape}).
 *
 * <p>{@link StandardGamma}'s algorithm (rejection against an exponential for {@code shape < 1};
 * Marsaglia and Tsang, ACM TOMS 26 (2000), otherwise) entirely in single precision, as the C
 * declares every variable and constant float: the draws are {@link StandardExponentialFloat32},
 * {@link StandardNormalFloat32} and {@code next_float}, the arithmetic is float (Java's float
 * operations are IEEE single, like C's on SSE), and the math is glibc's {@code powf},
 * {@code logf} and {@code sqrtf} ({@link Libm#powf}, {@link Libm#logf}, and
 * {@code (float) Math.sqrt}, which is exactly {@code sqrtf}). The only double in the C is the
 * comparison {@code shape == 0.0}, which is exact either way.
 */
public final class StandardGammaFloat32 {

    private StandardGammaFloat32() {
    }

    /** One standard gamma variate in single precision with the given {@code shape}. */
    public static float sample(BitSource src, float shape) {
        if (shape == 1.0f) {
            return StandardExponentialFloat32.sample(src);
        } else if (shape == 0.0) {
            return 0.0f;
        } else if (shape < 1.0f) {
            while (true) {
                float u = src.nextFloat();
                float v = StandardExponentialFloat32.sample(src);
                if (u <= 1.0f - shape) {
                    float x = Libm.powf(u, 1.0f / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    float y = -Libm.logf((1.0f - u) / shape);
                    float x = Libm.powf(1.0f - shape + shape * y, 1.0f / shape);
                    if (x <= (v + y)) {
                        return x;
                    }
                }
            }
        }
        float b = shape - 1.0f / 3.0f;
        float c = 1.0f / (float) Math.sqrt(9.0f * b);
        while (true) {
            float x;
            float v;
            do {
                x = StandardNormalFloat32.sample(src);
                v = 1.0f + c * x;
            } while (v <= 0.0f);

            v = v * v * v;
            float u = src.nextFloat();
            if (u < 1.0f - 0.0331f * (x * x) * (x * x)) {
                return b * v;
            }
            // logf(0.0f) is fine here (-inf)
            if (Libm.logf(u) < 0.5f * x * x + b * (1.0f - v + Libm.logf(v))) {
                return b * v;
            }
        }
    }
}
