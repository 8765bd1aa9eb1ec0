/*
 * nprand-libm-lgpl: a port of glibc's IBM Accurate Mathematical Library sin, cos and acos.
 * Copyright the nprand authors. Licensed under the GNU Lesser General Public License, version 2.1
 * or (at your option) any later version; see this module's LICENSE file.
 */
package org.nprand.libm.lgpl;

import org.nprand.math.spi.TrigProvider;

/**
 * glibc 2.36's exact {@code sin}, {@code cos} and {@code acos} for x86-64 (the C library's
 * {@code sin}, {@code cos}, {@code acos} as NumPy's and CPython's C code call them), found by
 * {@code org.nprand.math.Libm} through {@link java.util.ServiceLoader}. Users call
 * {@code Libm.sin/cos/acos}, not this class.
 */
public final class GlibcTrigProvider implements TrigProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public GlibcTrigProvider() {
    }

    /** glibc's {@code sin}: {@code fma} true for the FMA variant (__sin_fma), false for __sin_sse2. */
    @Override
    public double sin(double x, boolean fma) {
        return GlibcSinCos.sin(x, fma);
    }

    /** glibc's {@code cos}: {@code fma} true for the FMA variant (__cos_fma), false for __cos_sse2. */
    @Override
    public double cos(double x, boolean fma) {
        return GlibcSinCos.cos(x, fma);
    }

    /** glibc's {@code acos}: {@code fma} true for __ieee754_acos_fma, false for __ieee754_acos_sse2. */
    @Override
    public double acos(double x, boolean fma) {
        return GlibcAcos.acos(x, fma);
    }
}
