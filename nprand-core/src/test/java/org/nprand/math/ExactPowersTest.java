package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactPowers} (the shortcut {@link Libm#pow} takes for the exponents 2, 1, 0.5 and -1)
 * against glibc: the vectors of tools/libm/vectors_exact_pow.py hold, per exponent, every input
 * of a random pool where glibc's pow is not the correctly rounded power (the shortcut must decline
 * each), inputs 0.40 to 0.50 ulp from a boundary, random inputs and edges. For both glibc
 * variants: where the shortcut answers, it is glibc's result, and the variant's port agrees on
 * every vector; {@link Libm#pow} (shortcut first) gives glibc's result on all of them. Then the
 * shortcut against both ports on many more random inputs.
 */
class ExactPowersTest {

    @Test
    void fmaVectors() {
        checkVectors("fma", GlibcPow::powFma);
    }

    @Test
    void noFmaVectors() {
        checkVectors("nofma", GlibcPow::powNoFma);
    }

    @Test
    void libmPowTakesTheShortcutAndMatchesGlibc() {
        long[][] v = LibmVectors.readDoubles(Libm.FMA ? "fma" : "nofma", "pow_exact", 2);
        for (int i = 0; i < v[0].length; i++) {
            double x = Double.longBitsToDouble(v[0][i]);
            double y = Double.longBitsToDouble(v[1][i]);
            long got = Double.doubleToRawLongBits(Libm.pow(x, y));
            if (got != v[2][i]) {
                fail(String.format("Libm.pow(%s, %s): glibc %s, got %s", Double.toHexString(x), Double.toHexString(y),
                        hex(v[2][i]), hex(got)));
            }
        }
    }

    /**
     * Many more inputs than the vectors, against both ports (themselves checked against glibc in
     * {@link GlibcExpLogTest}): random x over and just beyond the accepted range, random signs.
     */
    @Test
    void agreesWithBothPortsOnRandomInputs() {
        SplittableRandom r = new SplittableRandom(20261204L);
        double[] ys = {2.0, 1.0, 0.5, -1.0};
        for (double y : ys) {
            int answered = 0;
            int n = 400_000;
            for (int i = 0; i < n; i++) {
                int e = r.nextInt(-70, 71);
                double x = Math.scalb(1.0 + (r.nextLong() >>> 12) * 0x1p-52, e);
                if (y != 0.5 && r.nextBoolean()) {
                    x = -x;
                }
                double s = ExactPowers.pow(x, y);
                if (s != s) {
                    continue;
                }
                answered++;
                assertSame(GlibcPow.powFma(x, y), s, "fma", x, y);
                assertSame(GlibcPow.powNoFma(x, y), s, "nofma", x, y);
            }
            // the shortcut is worth having: it answers most inputs in its range (128 of 141 binades)
            double share = answered / (double) n;
            double expected = y == 1.0 ? 0.85 : 0.75;
            assertTrue(share > expected, "y = " + y + ": answered only " + share);
        }
    }

    @Test
    void declinesOtherExponentsAndTheEdges() {
        for (double y : new double[] {3.0, -2.0, 0.25, 1.0000000000000002, 1.9999999999999998, Double.NaN, 0.0}) {
            assertDeclines(1.5, y);
        }
        for (double x : new double[] {0.0, -0.0, 0x1p-65, 0x1p64, Double.POSITIVE_INFINITY, Double.NaN,
                Double.MIN_VALUE, -0x1p64}) {
            for (double y : new double[] {2.0, 1.0, 0.5, -1.0}) {
                assertDeclines(x, y);
            }
        }
        assertDeclines(-4.0, 0.5);
        // a power of two: the interval below it is half as wide
        assertDeclines(2.0, 2.0);
        assertDeclines(4.0, 0.5);
        assertDeclines(0.25, -1.0);
    }

    @Test
    void mayAnswerOnlyPowersOfTwoAndTheirNegatives() {
        for (double y : new double[] {2.0, 1.0, 0.5, -1.0, 4.0, -0.25, 0.0, Double.POSITIVE_INFINITY}) {
            assertTrue(ExactPowers.mayAnswer(y), "mayAnswer(" + y + ")");
        }
        for (double y : new double[] {3.0, 1.5, 2.0000000000000004, 0.49999999999999994, -1.0000000000000002,
                1 / 1.5, Double.NaN}) {
            assertTrue(!ExactPowers.mayAnswer(y), "mayAnswer(" + y + ")");
        }
    }

    private static void assertDeclines(double x, double y) {
        double s = ExactPowers.pow(x, y);
        assertTrue(s != s, "ExactPowers.pow(" + x + ", " + y + ") should decline, answered " + s);
    }

    private static void checkVectors(String variant, java.util.function.DoubleBinaryOperator port) {
        long[][] v = LibmVectors.readDoubles(variant, "pow_exact", 2);
        int n = v[0].length;
        assertTrue(n > 25_000, variant + ": only " + n + " vectors");
        int answered = 0;
        int notCorrectlyRounded = 0;
        for (int i = 0; i < n; i++) {
            double x = Double.longBitsToDouble(v[0][i]);
            double y = Double.longBitsToDouble(v[1][i]);
            double s = ExactPowers.pow(x, y);
            if (s == s) {
                answered++;
                if (Double.doubleToRawLongBits(s) != v[2][i]) {
                    fail(String.format("%s: ExactPowers.pow(%s, %s) = %s, glibc %s", variant, Double.toHexString(x),
                            Double.toHexString(y), Double.toHexString(s), hex(v[2][i])));
                }
            }
            if (Double.doubleToRawLongBits(port.applyAsDouble(x, y)) != v[2][i]) {
                fail(String.format("%s: pow(%s, %s) port %s, glibc %s", variant, Double.toHexString(x),
                        Double.toHexString(y), Double.toHexString(port.applyAsDouble(x, y)), hex(v[2][i])));
            }
            double rounded = y == 2.0 ? x * x : y == 0.5 ? Math.sqrt(x) : y == -1.0 ? 1.0 / x : x;
            if (Math.abs(x) >= 0x1p-64 && Math.abs(x) < 0x1p64 && !(x < 0 && y == 0.5)
                    && Double.doubleToRawLongBits(rounded) != v[2][i]) {
                notCorrectlyRounded++;
            }
        }
        // the file holds the cases the shortcut must decline (glibc not correctly rounded), and the
        // shortcut answered the bulk of the others
        assertTrue(notCorrectlyRounded > 3000, variant + ": only " + notCorrectlyRounded + " hard cases");
        assertTrue(answered > n / 2, variant + ": answered only " + answered + " of " + n);
    }

    private static void assertSame(double expected, double actual, String variant, double x, double y) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            fail(String.format("%s: pow(%s, %s) port %s, shortcut %s", variant, Double.toHexString(x),
                    Double.toHexString(y), Double.toHexString(expected), Double.toHexString(actual)));
        }
    }

    private static String hex(long bits) {
        return Double.toHexString(Double.longBitsToDouble(bits));
    }
}
