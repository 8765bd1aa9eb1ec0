package org.nprand.math;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * log1p, expm1 (fdlibm lineage) and the float functions expf, logf, powf, log1pf against glibc
 * 2.36's own results (vectors written by tools/libm/vectors_fdlibm.py through ctypes, once with the
 * FMA variant, once with GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA). Every bit must agree, for
 * both variants, calling the variant methods directly so both are checked in one JVM. NaN results
 * must be NaN (the payload/sign of a NaN produced by an invalid operation is the CPU's, in C as in
 * Java, and Python prints every NaN as {@code nan}).
 */
class GlibcFdlibmAndFloatTest {

    interface FloatUnary {
        float apply(float x);
    }

    interface FloatBinary {
        float apply(float x, float y);
    }

    private static void checkDouble(String variant, String fn, DoubleUnaryOperator f) {
        long[][] v = LibmVectors.readDoubles(variant, fn, 1);
        int n = v[0].length;
        int bad = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = Double.longBitsToDouble(v[0][i]);
            double want = Double.longBitsToDouble(v[1][i]);
            double got = f.applyAsDouble(x);
            boolean ok = Double.isNaN(want) ? Double.isNaN(got) : Double.doubleToRawLongBits(got) == v[1][i];
            if (!ok) {
                if (bad < 8) {
                    sb.append(String.format("%n  %s(%s) [x=0x%016x]: glibc %s [0x%016x], java %s [0x%016x]", fn,
                            x, v[0][i], want, v[1][i], got, Double.doubleToRawLongBits(got)));
                }
                bad++;
            }
        }
        if (bad > 0) {
            fail(String.format("%s/%s: %d of %d differ; first:%s", variant, fn, bad, n, sb));
        }
    }

    private static boolean sameFloat(long wantBits, float got) {
        float want = Float.intBitsToFloat((int) wantBits);
        return Float.isNaN(want) ? Float.isNaN(got) : (Float.floatToRawIntBits(got) & 0xFFFFFFFFL) == wantBits;
    }

    private static void checkFloat(String variant, String fn, FloatUnary f) {
        long[][] v = LibmVectors.readFloats(variant, fn, 1);
        int n = v[0].length;
        int bad = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            float x = Float.intBitsToFloat((int) v[0][i]);
            float got = f.apply(x);
            if (!sameFloat(v[1][i], got)) {
                if (bad < 8) {
                    sb.append(String.format("%n  %s(%s) [x=0x%08x]: glibc %s [0x%08x], java %s [0x%08x]", fn, x,
                            v[0][i], Float.intBitsToFloat((int) v[1][i]), v[1][i], got, Float.floatToRawIntBits(got)));
                }
                bad++;
            }
        }
        if (bad > 0) {
            fail(String.format("%s/%s: %d of %d differ; first:%s", variant, fn, bad, n, sb));
        }
    }

    private static void checkFloat2(String variant, String fn, FloatBinary f) {
        long[][] v = LibmVectors.readFloats(variant, fn, 2);
        int n = v[0].length;
        int bad = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            float x = Float.intBitsToFloat((int) v[0][i]);
            float y = Float.intBitsToFloat((int) v[1][i]);
            float got = f.apply(x, y);
            if (!sameFloat(v[2][i], got)) {
                if (bad < 8) {
                    sb.append(String.format("%n  %s(%s, %s) [0x%08x, 0x%08x]: glibc %s [0x%08x], java %s [0x%08x]", fn,
                            x, y, v[0][i], v[1][i], Float.intBitsToFloat((int) v[2][i]), v[2][i], got,
                            Float.floatToRawIntBits(got)));
                }
                bad++;
            }
        }
        if (bad > 0) {
            fail(String.format("%s/%s: %d of %d differ; first:%s", variant, fn, bad, n, sb));
        }
    }

    @Test
    void log1pFma() {
        checkDouble("fma", "log1p", GlibcLog1p::log1pFma);
    }

    @Test
    void log1pNoFma() {
        checkDouble("nofma", "log1p", GlibcLog1p::log1p);
    }

    @Test
    void expm1Fma() {
        checkDouble("fma", "expm1", GlibcExpm1::expm1Fma);
    }

    @Test
    void expm1NoFma() {
        checkDouble("nofma", "expm1", GlibcExpm1::expm1);
    }
}
