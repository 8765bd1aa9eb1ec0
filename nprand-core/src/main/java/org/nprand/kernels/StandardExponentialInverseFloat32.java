package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * The body of NumPy's {@code random_standard_exponential_inv_fill_f} ({@code distributions.c}),
 * behind {@code Generator.standard_exponential(dtype=np.float32, method='inv')}: inversion with
 * one {@code next_float} {@code U}. C writes {@code -npy_log1p(-next_float(...))}, and
 * {@code npy_log1p} is the DOUBLE {@code log1p}: {@code -U} is promoted to double, the logarithm
 * and its negation are double, and only the store into the float array rounds to float. That
 * is reproduced here (it is not {@code -log1pf(-U)}).
 */
public final class StandardExponentialInverseFloat32 {

    private StandardExponentialInverseFloat32() {
    }

    /** One standard exponential variate by inversion, rounded to single precision at the end. */
    public static float sample(BitSource src) {
        return (float) -Libm.log1p(-src.nextFloat());
    }
}
