package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Independent checks of the tables extracted from glibc (tools/libm/gen_explog_tables.py): sizes and
 * the mathematical relations each entry must satisfy, so a wrong extraction (shifted offset, wrong
 * field order) fails here with the entry named, not only as a mismatch in the vectors.
 */
class ExpLogTablesTest {

    @Test
    void sizesMatchGlibc236() {
        assertEquals(256, ExpLogTables.EXP_TAB.length);
        assertEquals(4, ExpLogTables.EXP_POLY.length);
        assertEquals(256, ExpLogTables.LOG_TAB.length);
        assertEquals(256, ExpLogTables.LOG_TAB2.length);
        assertEquals(5, ExpLogTables.LOG_POLY.length);
        assertEquals(11, ExpLogTables.LOG_POLY1.length);
        assertEquals(512, ExpLogTables.POW_TAB.length);
        assertEquals(7, ExpLogTables.POW_POLY.length);
        assertEquals(128, ExpLogTables.LOG2_TAB.length);
        assertEquals(128, ExpLogTables.LOG2_TAB2.length);
        assertEquals(6, ExpLogTables.LOG2_POLY.length);
        assertEquals(10, ExpLogTables.LOG2_POLY1.length);
    }

    @Test
    void scalarConstants() {
        assertEquals(0x1.8p52, ExpLogTables.EXP_SHIFT);
        assertEquals(128 / Math.log(2), ExpLogTables.EXP_INVLN2N, 1e-13);
        assertEquals(-Math.log(2) / 128, ExpLogTables.EXP_NEGLN2HIN + ExpLogTables.EXP_NEGLN2LON, 1e-18);
        assertEquals(Math.log(2), ExpLogTables.LOG_LN2HI + ExpLogTables.LOG_LN2LO, 1e-16);
        assertEquals(Math.log(2), ExpLogTables.POW_LN2HI + ExpLogTables.POW_LN2LO, 1e-16);
        assertEquals(1 / Math.log(2), ExpLogTables.LOG2_INVLN2HI + ExpLogTables.LOG2_INVLN2LO, 1e-15);
        assertEquals(-0.5, ExpLogTables.LOG_POLY[0], 1e-15); // -0x1.0000000000001p-1 in glibc
        assertEquals(-0.5, ExpLogTables.LOG_POLY1[0]);
        assertEquals(-0.5, ExpLogTables.POW_POLY[0]);
        assertEquals(0.5, ExpLogTables.EXP_POLY[0], 1e-12);
    }

    /** 2^(k/128) = scale * (1 + tail) with scale's exponent bits stored minus k << 45. */
    @Test
    void expTableIsTwoToTheKOver128() {
        for (int k = 0; k < 128; k++) {
            double tail = Double.longBitsToDouble(ExpLogTables.EXP_TAB[2 * k]);
            double scale = Double.longBitsToDouble(ExpLogTables.EXP_TAB[2 * k + 1] + ((long) k << 45));
            BigDecimal exact = new BigDecimal(Math.pow(2, k / 128.0));
            BigDecimal got = new BigDecimal(scale).multiply(BigDecimal.ONE.add(new BigDecimal(tail)));
            double rel = got.subtract(exact).abs().divide(exact, MathContext.DECIMAL64).doubleValue();
            assertTrue(rel < 0x1p-52, "EXP_TAB entry " + k + " off by " + rel);
            assertTrue(Math.abs(tail) < 0x1p-52, "EXP_TAB tail " + k);
        }
    }

    @Test
    void logTablesAreInverseAndLog() {
        for (int i = 0; i < 128; i++) {
            double invc = ExpLogTables.LOG_TAB[2 * i];
            double logc = ExpLogTables.LOG_TAB[2 * i + 1];
            assertEquals(-Math.log(invc), logc, 1e-15, "LOG_TAB " + i);
            double c = ExpLogTables.LOG_TAB2[2 * i] + ExpLogTables.LOG_TAB2[2 * i + 1];
            assertEquals(1.0, c * invc, 1e-15, "LOG_TAB2 " + i);
            double pinvc = ExpLogTables.POW_TAB[4 * i];
            double plogc = ExpLogTables.POW_TAB[4 * i + 2] + ExpLogTables.POW_TAB[4 * i + 3];
            assertEquals(-Math.log(pinvc), plogc, 1e-15, "POW_TAB " + i);
        }
        for (int i = 0; i < 64; i++) {
            double invc = ExpLogTables.LOG2_TAB[2 * i];
            double logc = ExpLogTables.LOG2_TAB[2 * i + 1];
            assertEquals(-Math.log(invc) / Math.log(2), logc, 1e-15, "LOG2_TAB " + i);
            double c = ExpLogTables.LOG2_TAB2[2 * i] + ExpLogTables.LOG2_TAB2[2 * i + 1];
            assertEquals(1.0, c * invc, 1e-15, "LOG2_TAB2 " + i);
        }
    }
}
