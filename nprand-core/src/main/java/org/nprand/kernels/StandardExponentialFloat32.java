package org.nprand.kernels;

import static org.nprand.kernels.ZigguratTables.FE_FLOAT;
import static org.nprand.kernels.ZigguratTables.KE_FLOAT;
import static org.nprand.kernels.ZigguratTables.WE_FLOAT;
import static org.nprand.kernels.ZigguratTables.ZIGGURAT_EXP_R_F;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_standard_exponential_f} ({@code distributions.c}), behind
 * {@code Generator.standard_exponential(dtype=np.float32)} (the default {@code method='zig'}) and
 * the float32 standard gamma.
 *
 * <p>The single-precision form of {@link StandardExponential}'s ziggurat (Marsaglia and Tsang,
 * 2000) with NumPy's float tables {@code ke_float}, {@code we_float}, {@code fe_float}. Each
 * attempt draws one {@code next_uint32} (buffered: half a 64-bit word on the 64-bit generators),
 * drops its low bit, takes the next 8 as the layer and the remaining 23 as {@code ri};
 * {@code x = ri * we[idx]} in float. The tail is {@code r - log1pf(-next_float)}, the wedge test
 * {@code (fe[idx-1] - fe[idx]) * next_float + fe[idx] < expf(-x)}, all in float with glibc's
 * {@code log1pf} and {@code expf} (unlike the float normal, which calls the double {@code exp}).
 */
public final class StandardExponentialFloat32 {

    private StandardExponentialFloat32() {
    }

    /** One standard exponential variate in single precision. */
    public static float sample(BitSource src) {
        while (true) {
            int ri = src.nextUInt32();
            ri >>>= 1;
            int idx = ri & 0xff;
            ri >>>= 8;
            float x = ri * WE_FLOAT[idx];
            if (ri < KE_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                return ZIGGURAT_EXP_R_F - Libm.log1pf(-src.nextFloat());
            }
            if ((FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * src.nextFloat() + FE_FLOAT[idx] < Libm.expf(-x)) {
                return x;
            }
        }
    }
}
