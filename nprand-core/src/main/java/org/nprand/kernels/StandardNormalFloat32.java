package org.nprand.kernels;

import static org.nprand.kernels.ZigguratTables.FI_FLOAT;
import static org.nprand.kernels.ZigguratTables.KI_FLOAT;
import static org.nprand.kernels.ZigguratTables.WI_FLOAT;
import static org.nprand.kernels.ZigguratTables.ZIGGURAT_NOR_INV_R_F;
import static org.nprand.kernels.ZigguratTables.ZIGGURAT_NOR_R_F;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_standard_normal_f} ({@code distributions.c}), behind
 * {@code Generator.standard_normal(dtype=np.float32)} and the float32 standard gamma.
 *
 * <p>The single-precision form of {@link StandardNormal}'s ziggurat (Marsaglia and Tsang, 2000)
 * with NumPy's float tables {@code ki_float}, {@code wi_float}, {@code fi_float}. Each attempt
 * draws one {@code next_uint32} {@code r} (buffered: half a 64-bit word on the 64-bit
 * generators): bits 0-7 the layer, bit 8 the sign, bits 9-31 the 23-bit {@code rabs};
 * {@code x = ±rabs * wi[idx]} in float. The tail ({@code idx == 0}) draws {@code next_float}
 * pairs through glibc's {@code log1pf}; the wedge test draws one {@code next_float} and computes
 * its left side {@code (fi[idx-1] - fi[idx]) * U + fi[idx]} in float (rounded to float before the
 * comparison), but compares it with the DOUBLE {@code exp(-0.5 * x * x)}: C promotes {@code x}
 * because {@code -0.5} is a double constant, and calls {@code exp}, not {@code expf}. Both are
 * reproduced here (and pinned by scripted test vectors where either would change the outcome).
 */
public final class StandardNormalFloat32 {

    private StandardNormalFloat32() {
    }

    /** One standard normal variate in single precision. */
    public static float sample(BitSource src) {
        while (true) {
            int r = src.nextUInt32();
            int idx = r & 0xff;
            int sign = (r >>> 8) & 0x1;
            int rabs = (r >>> 9) & 0x0007fffff;
            // -x flips the sign bit, exactly; without a branch (an unpredictable coin flip)
            float x = Float.intBitsToFloat(Float.floatToRawIntBits(rabs * WI_FLOAT[idx]) ^ (sign << 31));
            if (rabs < KI_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                while (true) {
                    float xx = -ZIGGURAT_NOR_INV_R_F * Libm.log1pf(-src.nextFloat());
                    float yy = -Libm.log1pf(-src.nextFloat());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 0x1) != 0 ? -(ZIGGURAT_NOR_R_F + xx) : ZIGGURAT_NOR_R_F + xx;
                    }
                }
            }
            float lhs = (FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * src.nextFloat() + FI_FLOAT[idx];
            // (double) lhs < exp((-0.5 * (double) x) * (double) x), as C evaluates it
            if (lhs < Libm.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }
}
