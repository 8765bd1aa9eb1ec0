package org.nprand.math;

/**
 * sin, cos and acos when glibc's exact port (the LGPL module nprand-libm-lgpl) is absent:
 * deterministic on every JVM and CPU, but not glibc's bits on every input (the README states the
 * measured agreement).
 */
final class FallbackTrig {

    private FallbackTrig() {
    }

    /** sin(x), deterministic (fdlibm through {@link StrictMath}). */
    static double sin(double x) {
        return StrictMath.sin(x);
    }

    /** cos(x), deterministic (fdlibm through {@link StrictMath}). */
    static double cos(double x) {
        return StrictMath.cos(x);
    }

    /** acos(x), deterministic (fdlibm through {@link StrictMath}). */
    static double acos(double x) {
        return StrictMath.acos(x);
    }
}
