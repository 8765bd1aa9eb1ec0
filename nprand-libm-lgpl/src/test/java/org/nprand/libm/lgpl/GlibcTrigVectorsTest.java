/*
 * nprand-libm-lgpl. Copyright the nprand authors. Licensed under the GNU Lesser General Public
 * License, version 2.1 or (at your option) any later version; see this module's LICENSE file.
 */
package org.nprand.libm.lgpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bit of glibc 2.36's sin, cos and acos, both x86-64 variants, on the vectors that
 * tools/libm/vectors_trig.py wrote from the host libm (nprand-core/src/test/resources/libm/):
 * about 110,000-136,000 inputs per function for the FMA variant, 20,000 for the SSE2 variant.
 * NaN results must match to the bit too (x86's default NaN is 0xfff8000000000000).
 */
class GlibcTrigVectorsTest {

    private static final Path VECTORS = Path.of("..", "nprand-core", "src", "test", "resources", "libm");
    private static final GlibcTrigProvider PROVIDER = new GlibcTrigProvider();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sin, fma", "cos, fma", "acos, fma", "sin, nofma", "cos, nofma", "acos, nofma"})
    void matchesGlibcInEveryBit(String function, String variant) throws IOException {
        boolean fma = variant.equals("fma");
        DoubleUnaryOperator f = switch (function) {
            case "sin" -> x -> PROVIDER.sin(x, fma);
            case "cos" -> x -> PROVIDER.cos(x, fma);
            case "acos" -> x -> PROVIDER.acos(x, fma);
            default -> throw new IllegalArgumentException(function);
        };
        long[][] v = read(VECTORS.resolve(variant).resolve(function + ".vec.gz"));
        int n = v[0].length;
        assertTrue(n >= (fma ? 100_000 : 20_000), "too few vectors: " + n);
        int bad = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = Double.longBitsToDouble(v[0][i]);
            long got = Double.doubleToRawLongBits(f.applyAsDouble(x));
            if (got != v[1][i]) {
                if (bad++ < 10) {
                    first.append(String.format("%n  %s_%s(%s [0x%016x]) = %s [0x%016x], glibc %s [0x%016x]",
                            function, variant, x, v[0][i], Double.longBitsToDouble(got), got,
                            Double.longBitsToDouble(v[1][i]), v[1][i]));
                }
            }
        }
        assertEquals(0, bad, function + " " + variant + ": " + bad + " of " + n + " differ; first:" + first);
    }

    /** The SSE2 vectors include the inputs where glibc's two variants differ: the FMA port fails them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"sin", "cos", "acos"})
    void nofmaVectorsTellTheVariantsApart(String function) throws IOException {
        long[][] v = read(VECTORS.resolve("nofma").resolve(function + ".vec.gz"));
        int differ = 0;
        for (int i = 0; i < v[0].length; i++) {
            double x = Double.longBitsToDouble(v[0][i]);
            double fmaResult = switch (function) {
                case "sin" -> PROVIDER.sin(x, true);
                case "cos" -> PROVIDER.cos(x, true);
                default -> PROVIDER.acos(x, true);
            };
            if (Double.doubleToRawLongBits(fmaResult) != v[1][i]) {
                differ++;
            }
        }
        assertTrue(differ >= 20, function + ": only " + differ + " inputs where the FMA port differs from glibc's SSE2 variant");
    }

    /** Reads tools/libm/vectorlib.py's format: gzip'd little-endian (input, result) bit pairs. */
    static long[][] read(Path path) throws IOException {
        byte[] all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            all = in.readAllBytes();
        }
        int n = all.length / 16;
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        long[][] cols = new long[2][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = b.getLong();
            cols[1][i] = b.getLong();
        }
        return cols;
    }
}
