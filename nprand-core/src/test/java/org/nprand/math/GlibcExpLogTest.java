package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The ports of glibc 2.36's log, exp, pow and log2 against glibc itself: every vector (inputs and
 * glibc's result, written by tools/libm/vectors_explog.py through ctypes on the reference machine)
 * must match in all 64 bits, NaN payloads and signs included, for both x86-64 variants. Each variant
 * method is called directly, so both are tested whatever {@code nprand.libm} says.
 */
class GlibcExpLogTest {

    private static final int MIN_FMA_VECTORS = 100_000;

    @Test
    void logFma() {
        checkUnary("fma", "log", GlibcLog::logFma);
    }

    @Test
    void logNoFma() {
        checkUnary("nofma", "log", GlibcLog::logNoFma);
    }

    @Test
    void expFma() {
        checkUnary("fma", "exp", GlibcExp::expFma);
    }

    @Test
    void expNoFma() {
        checkUnary("nofma", "exp", GlibcExp::expNoFma);
    }

    @Test
    void powFma() {
        checkBinary("fma", "pow", GlibcPow::powFma);
    }

    @Test
    void powNoFma() {
        checkBinary("nofma", "pow", GlibcPow::powNoFma);
    }

    @Test
    void log2Fma() {
        checkUnary("fma", "log2", GlibcLog2::log2Fma);
    }

    @Test
    void log2NoFma() {
        checkUnary("nofma", "log2", GlibcLog2::log2NoFma);
    }

    @Test
    void facadeFollowsTheSwitch() {
        // the default (no -Dnprand.libm) is the FMA variant
        double x = 0.7853981633974483;
        assertTrue(Libm.FMA == !"nofma".equalsIgnoreCase(System.getProperty("nprand.libm", "fma")));
        assertBits(Libm.FMA ? GlibcLog.logFma(x) : GlibcLog.logNoFma(x), Libm.log(x), "Libm.log");
        assertBits(Libm.FMA ? GlibcExp.expFma(x) : GlibcExp.expNoFma(x), Libm.exp(x), "Libm.exp");
        assertBits(Libm.FMA ? GlibcPow.powFma(x, 3.3) : GlibcPow.powNoFma(x, 3.3), Libm.pow(x, 3.3), "Libm.pow");
        assertBits(Libm.FMA ? GlibcLog2.log2Fma(x) : GlibcLog2.log2NoFma(x), Libm.log2(x), "Libm.log2");
    }

    @Test
    void knownValuesFromGlibc() {
        // python3 -c "import math; print(math.log(0.1).hex(), math.exp(1).hex(), (2.0**0.5).hex(), math.log2(10).hex())"
        // (CPython's math module calls glibc; FMA machine)
        assertBits(Double.parseDouble("-0x1.26bb1bbb55515p+1"), GlibcLog.logFma(0.1), "log(0.1)");
        assertBits(Double.parseDouble("0x1.5bf0a8b145769p+1"), GlibcExp.expFma(1.0), "exp(1)");
        assertBits(Double.parseDouble("0x1.6a09e667f3bcdp+0"), GlibcPow.powFma(2.0, 0.5), "pow(2, 0.5)");
        assertBits(Double.parseDouble("0x1.a934f0979a371p+1"), GlibcLog2.log2Fma(10.0), "log2(10)");
    }

    private static void assertBits(double expected, double actual, String what) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            fail(what + ": expected " + Double.toHexString(expected) + " got " + Double.toHexString(actual));
        }
    }

    private static void checkUnary(String variant, String fn, DoubleUnaryOperator f) {
        long[][] v = LibmVectors.readDoubles(variant, fn, 1);
        int n = v[0].length;
        requireCount(variant, fn, n);
        StringBuilder report = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < n; i++) {
            long got = Double.doubleToRawLongBits(f.applyAsDouble(Double.longBitsToDouble(v[0][i])));
            if (got != v[1][i]) {
                if (bad++ < 10) {
                    report.append(String.format("%n  %s(%s [%016x]) glibc %s [%016x] port %s [%016x]", fn,
                            hex(v[0][i]), v[0][i], hex(v[1][i]), v[1][i], hex(got), got));
                }
            }
        }
        if (bad != 0) {
            fail(variant + " " + fn + ": " + bad + " of " + n + " results differ from glibc" + report);
        }
    }

    private static void checkBinary(String variant, String fn, DoubleBinaryOperator f) {
        long[][] v = LibmVectors.readDoubles(variant, fn, 2);
        int n = v[0].length;
        requireCount(variant, fn, n);
        StringBuilder report = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < n; i++) {
            long got = Double.doubleToRawLongBits(
                    f.applyAsDouble(Double.longBitsToDouble(v[0][i]), Double.longBitsToDouble(v[1][i])));
            if (got != v[2][i]) {
                if (bad++ < 10) {
                    report.append(String.format("%n  %s(%s, %s [%016x, %016x]) glibc %s [%016x] port %s [%016x]", fn,
                            hex(v[0][i]), hex(v[1][i]), v[0][i], v[1][i], hex(v[2][i]), v[2][i], hex(got), got));
                }
            }
        }
        if (bad != 0) {
            fail(variant + " " + fn + ": " + bad + " of " + n + " results differ from glibc" + report);
        }
    }

    private static void requireCount(String variant, String fn, int n) {
        int min = variant.equals("fma") ? MIN_FMA_VECTORS : 19_000;
        assertTrue(n >= min, variant + " " + fn + ": only " + n + " vectors");
    }

    private static String hex(long bits) {
        return Double.toHexString(Double.longBitsToDouble(bits));
    }
}
