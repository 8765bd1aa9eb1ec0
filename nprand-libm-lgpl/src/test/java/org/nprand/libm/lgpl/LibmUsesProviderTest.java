/*
 * nprand-libm-lgpl. Copyright the nprand authors. Licensed under the GNU Lesser General Public
 * License, version 2.1 or (at your option) any later version; see this module's LICENSE file.
 */
package org.nprand.libm.lgpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nprand.math.Libm;

/**
 * With this module present, {@link Libm#sin}, {@link Libm#cos} and {@link Libm#acos} find it
 * through ServiceLoader and return glibc's bits for the variant {@link Libm#FMA} selects.
 */
class LibmUsesProviderTest {

    @Test
    void libmFindsTheProviderAndIsExact() throws IOException {
        assertTrue(Libm.trigIsExact(), "ServiceLoader did not find GlibcTrigProvider");
        String variant = Libm.FMA ? "fma" : "nofma";
        Path dir = Path.of("..", "nprand-core", "src", "test", "resources", "libm", variant);
        for (String function : new String[] {"sin", "cos", "acos"}) {
            long[][] v = GlibcTrigVectorsTest.read(dir.resolve(function + ".vec.gz"));
            int bad = 0;
            for (int i = 0; i < v[0].length; i++) {
                double x = Double.longBitsToDouble(v[0][i]);
                double y = switch (function) {
                    case "sin" -> Libm.sin(x);
                    case "cos" -> Libm.cos(x);
                    default -> Libm.acos(x);
                };
                if (Double.doubleToRawLongBits(y) != v[1][i]) {
                    bad++;
                }
            }
            assertEquals(0, bad, "Libm." + function + " (" + variant + ") differs from glibc on " + bad + " inputs");
        }
    }
}
