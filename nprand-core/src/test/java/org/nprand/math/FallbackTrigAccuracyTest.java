package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * nprand's own fallback sin/cos/acos are nearly correctly rounded: checked against the exact
 * values computed in BigDecimal (60 digits) on random inputs of the samplers' ranges.
 */
class FallbackTrigAccuracyTest {

    private static final MathContext MC = new MathContext(60);

    /** sin or cos of x by the Taylor series in BigDecimal (fine for |x| <= 2 pi at 60 digits). */
    private static BigDecimal taylor(BigDecimal x, boolean cos) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = cos ? BigDecimal.ONE : x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(70);
        for (int k = cos ? 0 : 1; term.abs().compareTo(eps) > 0; k += 2) {
            sum = sum.add(term, MC);
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((long) (k + 1) * (k + 2)), MC).negate();
        }
        return sum;
    }

    /** Whether r is the double nearest to the exact value v. */
    private static boolean correctlyRounded(double r, BigDecimal v) {
        BigDecimal err = new BigDecimal(r).subtract(v, MC).abs();
        return err.compareTo(new BigDecimal(Math.ulp(r)).divide(BigDecimal.valueOf(2), MC)) <= 0;
    }

    @Test
    void sinAndCosAreNearlyCorrectlyRounded() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 3000;
        int missSin = 0;
        int missCos = 0;
        for (int i = 0; i < n; i++) {
            double x = (rnd.nextDouble() * 2 - 1) * 2 * Math.PI;
            BigDecimal bx = new BigDecimal(x);
            if (!correctlyRounded(FallbackTrig.sin(x), taylor(bx, false))) {
                missSin++;
            }
            if (!correctlyRounded(FallbackTrig.cos(x), taylor(bx, true))) {
                missCos++;
            }
        }
        System.out.printf("fallback not correctly rounded: sin %d, cos %d of %d%n", missSin, missCos, n);
        assertTrue(missSin <= 3 && missCos <= 3, "sin " + missSin + ", cos " + missCos);
    }

    @Test
    void acosIsNearlyCorrectlyRounded() {
        // r = acos(x) is correctly rounded iff cos(r + ulp/2) <= x <= cos(r - ulp/2) (cos decreases)
        SplittableRandom rnd = new SplittableRandom(12);
        int n = 3000;
        int miss = 0;
        for (int i = 0; i < n; i++) {
            double x = rnd.nextDouble() * 2 - 1;
            double r = FallbackTrig.acos(x);
            BigDecimal half = new BigDecimal(Math.ulp(r)).divide(BigDecimal.valueOf(2), MC);
            BigDecimal br = new BigDecimal(r);
            BigDecimal bx = new BigDecimal(x);
            boolean ok = taylor(br.add(half, MC), true).compareTo(bx) <= 0
                    && taylor(br.subtract(half, MC), true).compareTo(bx) >= 0;
            if (!ok) {
                miss++;
            }
        }
        System.out.printf("fallback not correctly rounded: acos %d of %d%n", miss, n);
        assertTrue(miss <= 3, "acos " + miss);
    }
}
