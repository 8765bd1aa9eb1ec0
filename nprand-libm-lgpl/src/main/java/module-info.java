/*
 * nprand-libm-lgpl: a port of glibc's IBM Accurate Mathematical Library sin, cos and acos.
 * Licensed under the GNU Lesser General Public License, version 2.1 or (at your option) any later
 * version; see this module's LICENSE file.
 */

/**
 * glibc 2.36's exact {@code sin}, {@code cos} and {@code acos} (x86-64, FMA and SSE2 variants), a
 * port of the IBM Accurate Mathematical Library code. It provides
 * {@link org.nprand.math.spi.TrigProvider}: with this module on the module or class path,
 * {@code org.nprand.math.Libm.sin/cos/acos} return glibc's results in every bit. LGPL-2.1-or-later,
 * kept apart from the Apache-2.0 nprand-core for that reason.
 */
module org.nprand.libm.lgpl {
    requires org.nprand.core;

    provides org.nprand.math.spi.TrigProvider with org.nprand.libm.lgpl.GlibcTrigProvider;
}
