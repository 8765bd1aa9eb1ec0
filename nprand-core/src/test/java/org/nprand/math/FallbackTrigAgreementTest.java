package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures how often nprand-core's own sin/cos/acos (used when nprand-libm-lgpl is absent) agree
 * with glibc in every bit, on the trig vectors (tools/libm/vectors_trig.py), and prints the rate for
 * the README. Asserts only a sanity floor: the fallback is not meant to be exact.
 */
class FallbackTrigAgreementTest {

    @Test
    void withoutTheLgplModuleLibmUsesTheFallback() {
        assertFalse(Libm.trigIsExact(), "nprand-core's tests run without nprand-libm-lgpl");
        for (double x : new double[] {0.5, -2.0, 3.0, 1e10, 0.99}) {
            assertEquals(FallbackTrig.sin(x), Libm.sin(x));
            assertEquals(FallbackTrig.cos(x), Libm.cos(x));
            assertEquals(FallbackTrig.acos(x), Libm.acos(x));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sin, fma", "cos, fma", "acos, fma", "sin, nofma", "cos, nofma", "acos, nofma"})
    void agreementWithGlibc(String function, String variant) {
        DoubleUnaryOperator f = switch (function) {
            case "sin" -> FallbackTrig::sin;
            case "cos" -> FallbackTrig::cos;
            default -> FallbackTrig::acos;
        };
        long[][] v = LibmVectors.readDoubles(variant, function, 1);
        int n = v[0].length;
        int same = 0;
        int sameUnit = 0;
        int nUnit = 0;
        int maxUlps = 0;
        for (int i = 0; i < n; i++) {
            double x = Double.longBitsToDouble(v[0][i]);
            double want = Double.longBitsToDouble(v[1][i]);
            double got = f.applyAsDouble(x);
            boolean equal = Double.doubleToRawLongBits(got) == v[1][i] || (Double.isNaN(got) && Double.isNaN(want));
            if (equal) {
                same++;
            } else if (!Double.isNaN(got) && !Double.isNaN(want)) {
                maxUlps = (int) Math.max(maxUlps, Math.abs(Double.doubleToLongBits(got) - Double.doubleToLongBits(want)));
            }
            // the samplers' range: |x| <= 2 pi for sin/cos, all of [-1, 1] for acos
            if (function.equals("acos") ? Math.abs(x) <= 1 : Math.abs(x) <= 2 * Math.PI) {
                nUnit++;
                if (equal) {
                    sameUnit++;
                }
            }
        }
        System.out.printf("fallback %s vs glibc %s: %d of %d agree (%.4f%%); in the sampler range %d of %d (%.4f%%);"
                        + " max %d ulp%n", function, variant, same, n, 100.0 * same / n, sameUnit, nUnit,
                100.0 * sameUnit / nUnit, maxUlps);
        assertTrue(same >= 0.97 * n, "agreement below the sanity floor: " + same + " of " + n);
    }
}
