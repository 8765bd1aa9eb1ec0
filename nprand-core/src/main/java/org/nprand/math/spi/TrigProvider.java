package org.nprand.math.spi;

/**
 * A provider of glibc's exact {@code sin}, {@code cos} and {@code acos}, found at run time with
 * {@link java.util.ServiceLoader}.
 *
 * <p>glibc's only implementations of these are the IBM Accurate Mathematical Library code, which
 * is LGPL-2.1-or-later; nprand-core stays Apache-2.0 by keeping that port in the separate
 * {@code nprand-libm-lgpl} module, which provides this interface. When it is on the class or module
 * path, {@link org.nprand.math.Libm} uses it; otherwise Libm falls back to its own independent
 * implementation, whose measured agreement with glibc the README states.
 */
public interface TrigProvider {

    /** glibc's {@code sin}; {@code fma} selects the FMA variant. */
    double sin(double x, boolean fma);

    /** glibc's {@code cos}; {@code fma} selects the FMA variant. */
    double cos(double x, boolean fma);

    /** glibc's {@code acos}; {@code fma} selects the FMA variant. */
    double acos(double x, boolean fma);
}
