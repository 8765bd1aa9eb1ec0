/*
 * nprand-libm-lgpl. Copyright the nprand authors. Licensed under the GNU Lesser General Public
 * License, version 2.1 or (at your option) any later version; see this module's LICENSE file.
 */
package org.nprand.libm.lgpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The tables dumped from libm (TrigTables) checked against the mathematics they encode, computed
 * independently here (BigDecimal, StrictMath): a wrong or shifted dump fails.
 */
class TrigTablesTest {

    private static double ulps(double a, double b) {
        return Math.abs(a - b) / Math.ulp(b);
    }

    @Test
    void sincostabHoldsSinAndCosOfMultiplesOf1Over128() {
        assertEquals(440, TrigTables.SINCOSTAB.length);
        for (int k = 0; k < 110; k++) {
            double x = k / 128.0;
            double sn = TrigTables.SINCOSTAB[4 * k];
            double ssn = TrigTables.SINCOSTAB[4 * k + 1];
            double cs = TrigTables.SINCOSTAB[4 * k + 2];
            double ccs = TrigTables.SINCOSTAB[4 * k + 3];
            assertTrue(k == 0 ? sn == 0 : ulps(sn, StrictMath.sin(x)) <= 1, "sin " + k);
            assertTrue(ulps(cs, StrictMath.cos(x)) <= 1, "cos " + k);
            assertTrue(k == 0 || Math.abs(ssn) <= Math.ulp(sn), "sin tail " + k);
            assertTrue(Math.abs(ccs) <= Math.ulp(cs), "cos tail " + k);
        }
    }

    @Test
    void toverpHoldsTwoOverPiInBase2To24() {
        assertEquals(75, TrigTables.TOVERP.length);
        MathContext mc = new MathContext(600);
        BigDecimal twoOverPi = BigDecimal.valueOf(2).divide(pi(mc), mc);
        BigDecimal frac = twoOverPi;
        BigDecimal base = BigDecimal.valueOf(1 << 24);
        for (int i = 0; i < 75; i++) {
            frac = frac.multiply(base);
            BigDecimal digit = frac.setScale(0, RoundingMode.FLOOR);
            assertEquals(digit.doubleValue(), TrigTables.TOVERP[i], "digit " + i);
            frac = frac.subtract(digit);
        }
    }

    /** pi by Machin's formula, 16 * atan(1/5) - 4 * atan(1/239). */
    private static BigDecimal pi(MathContext mc) {
        return arctanInverse(5, mc).multiply(BigDecimal.valueOf(16))
                .subtract(arctanInverse(239, mc).multiply(BigDecimal.valueOf(4)), mc);
    }

    private static BigDecimal arctanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    @Test
    void powtwoHoldsPowersOfTwo() {
        assertEquals(28, TrigTables.POWTWO.length);
        for (int i = 0; i < 28; i++) {
            assertEquals(new BigInteger("2").pow(i).doubleValue(), TrigTables.POWTWO[i]);
        }
    }

    @Test
    void inrootHoldsReciprocalSquareRootsAtMidpoints() {
        // index = (high word & 0x1fffff) >> 14: the exponent's last bit, then 6 mantissa bits;
        // seed i is 1/sqrt(v/2) at the midpoint v of its mantissa slice
        assertEquals(128, TrigTables.INROOT.length);
        for (int i = 0; i < 128; i++) {
            double v = (1 + (i & 63) / 64.0 + 1 / 128.0) * (1 << (i >> 6));
            assertEquals(1.0, TrigTables.INROOT[i] * Math.sqrt(v / 2), 1e-13, "inroot " + i);
        }
    }

    @Test
    void asncsIntervalsHoldAsinAndItsDerivativeAtTheirPoints() {
        assertEquals(2568, TrigTables.ASNCS.length);
        int checked = 0;
        // every interval of e_asin.c's five table branches, by the high words that select it:
        // {first high word, last high word (exclusive), step, offset of asin(x0)'s high part}
        int[][] branches = {{0x3fc00000, 0x3fd00000, 1 << 15, 8}, {0x3fd00000, 0x3fe00000, 1 << 14, 8},
            {0x3fe00000, 0x3fe80000, 1 << 13, 9}, {0x3fe80000, 0x3fed8000, 1 << 13, 10},
            {0x3fed8000, 0x3fee8000, 1 << 13, 11}, {0x3fee8000, 0x3fef0000, 1 << 13, 12}};
        for (int[] b : branches) {
            for (int k = b[0]; k < b[1]; k += b[2]) {
                int n = index(k);
                double x0 = TrigTables.ASNCS[n];
                double lo = Double.longBitsToDouble((long) k << 32);
                double hi = Double.longBitsToDouble((long) (k + b[2]) << 32);
                assertTrue(x0 >= lo && x0 <= hi, "x0 of interval " + Integer.toHexString(k) + ": " + x0);
                double asin = TrigTables.ASNCS[n + b[3]] + TrigTables.ASNCS[n + b[3] - 1];
                assertTrue(ulps(asin, StrictMath.asin(x0)) <= 1, "asin at " + n);
                double derivative = 1 / Math.sqrt(1 - x0 * x0);
                assertEquals(1.0, TrigTables.ASNCS[n + 1] / derivative, 1e-14, "asin' at " + n);
                checked++;
            }
        }
        assertEquals(32 + 64 + 64 + 44 + 8 + 4, checked);
    }

    /** e_asin.c's table index for the high word k (0.125 <= |x| < 0.96875). */
    private static int index(int k) {
        if (k < 0x3fd00000) {
            return 11 * ((k & 0x000fffff) >> 15);
        } else if (k < 0x3fe00000) {
            return 11 * ((k & 0x000fffff) >> 14) + 352;
        } else if (k < 0x3fe80000) {
            return 1056 + ((k & 0x000fe000) >> 11) * 3;
        } else if (k < 0x3fed8000) {
            return 992 + ((k & 0x000fe000) >> 13) * 13;
        } else if (k < 0x3fee8000) {
            return 884 + ((k & 0x000fe000) >> 13) * 14;
        }
        return 768 + ((k & 0x000fe000) >> 13) * 15;
    }
}
