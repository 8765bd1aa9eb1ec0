package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The tables dumped from the host libm (tools/libm/gen_float_tables.py) are what their definitions
 * in ARM optimized-routines say they are (independent checks; the vector tests check them exactly).
 */
class GlibcFloatTablesTest {

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    @Test
    void exp2fData() {
        long[] e = GlibcFloatTables.EXP2F_DATA;
        assertEquals(41, e.length);
        for (int i = 0; i < 32; i++) {
            double t = d(e[i] + ((long) i << 47)); // tab[i] = bits(2^(i/32)) - (i << 47)
            double want = StrictMath.pow(2.0, i / 32.0);
            assertTrue(Math.abs(t - want) <= Math.ulp(want), "tab[" + i + "]");
        }
        assertEquals(0x1.8p52 / 32, d(e[32]));              // shift_scaled
        assertEquals(0x1.8p52, d(e[40]));                   // shift
        assertEquals(32 / Math.log(2), d(e[36]), 1e-14);   // invln2_scaled = N/ln2
        double ln2 = 0.6931471805599453;
        assertEquals(ln2 * ln2 * ln2 / 6, d(e[33]), 1e-4);  // poly ~ ln2^3/6, ln2^2/2, ln2
        assertEquals(ln2 * ln2 / 2, d(e[34]), 1e-5);
        assertEquals(ln2, d(e[35]), 1e-9);
        for (int j = 0; j < 3; j++) {                       // poly_scaled = poly / N^(3-j)
            assertEquals(d(e[33 + j]) / Math.pow(32, 3 - j), d(e[37 + j]), Math.ulp(d(e[37 + j])));
        }
    }

    @Test
    void logfAndPowfData() {
        long[] l = GlibcFloatTables.LOGF_DATA;
        long[] p = GlibcFloatTables.POWF_LOG2_DATA;
        assertEquals(36, l.length);
        assertEquals(37, p.length);
        for (int i = 0; i < 16; i++) {
            double invc = d(l[2 * i]);
            assertEquals(invc, d(p[2 * i]));                                        // same subintervals
            assertEquals(-StrictMath.log(invc), d(l[2 * i + 1]), 1e-15);            // logc = log(c)
            assertEquals(-StrictMath.log(invc) / Math.log(2), d(p[2 * i + 1]), 1e-15); // log2(c)
        }
        assertEquals(Math.log(2), d(l[32]));                // ln2
        assertEquals(-0.25, d(l[33]), 1e-2);                // log1p(r) ~ r - r^2/2 + r^3/3 - r^4/4
        assertEquals(1.0 / 3, d(l[34]), 1e-3);
        assertEquals(-0.5, d(l[35]), 1e-5);
        double invln2 = 1 / Math.log(2);                    // log2(1+r) coefficients: -1/5 .. 1 over ln2
        assertEquals(0.2 * invln2, d(p[32]), 1e-2);
        assertEquals(-0.25 * invln2, d(p[33]), 1e-2);
        assertEquals(invln2 / 3, d(p[34]), 1e-3);
        assertEquals(-0.5 * invln2, d(p[35]), 1e-5);
        assertEquals(invln2, d(p[36]), 1e-8);
    }
}
