package org.nprand.math;

/**
 * glibc 2.36 libm functions as NumPy's C samplers call them ({@code log}, ...).
 *
 * <p>PLACEHOLDER: this minimal class only exists so that the kernels compile on the
 * {@code randomstate} branch. The exact glibc port (issue 3) replaces it on merge; until then the
 * functions delegate to {@link StrictMath}, which differs from glibc in the last bit for a few
 * percent of inputs.
 */
public final class Libm {

    private Libm() {
    }

    /** C {@code log(x)} (glibc). */
    public static double log(double x) {
        return StrictMath.log(x); // placeholder until the glibc port lands
    }
}
