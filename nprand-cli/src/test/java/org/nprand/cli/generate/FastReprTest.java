package org.nprand.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nprand.internal.py.PyRepr;

/** {@link FastRepr} (Ryu) gives exactly Python's repr, as the exact {@link PyRepr} computes it. */
class FastReprTest {

    @Test
    void edgeValues() {
        double[] edges = {Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL,
            Math.nextDown(Double.MIN_NORMAL), 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1e16, 1e15, 9999999999999998.0,
            1e-4, 9.999999999999999e-5, 1e-5, 123456789012345680.0, 5e-324, 1e23, 8.41e21, 2.0e-3, 4.35, 0.5, 2.5, 1e300,
            Math.PI, Math.E, 1.0 / 3, 2.0 / 3, 100, 1e22, 1e21, 123.456, 9007199254740993.0, 4.9e-324, 2.2250738585072014E-308,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0};
        for (double x : edges) {
            assertEquals(PyRepr.repr(x), FastRepr.repr(x), "repr of " + Double.doubleToRawLongBits(x));
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            for (double x : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                assertEquals(PyRepr.repr(x), FastRepr.repr(x), "repr of 2^" + e + " neighbour " + x);
            }
        }
        for (int k = -325; k <= 308; k++) {
            double x = Double.parseDouble("1e" + k);
            assertEquals(PyRepr.repr(x), FastRepr.repr(x), "1e" + k);
            assertEquals(PyRepr.repr(Math.nextUp(x)), FastRepr.repr(Math.nextUp(x)), "after 1e" + k);
        }
    }

    @Test
    void randomBitPatternsAndSamplerValues() {
        SplittableRandom r = new SplittableRandom(20240607);
        for (int i = 0; i < 25_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            assertEquals(PyRepr.repr(x), FastRepr.repr(x), "bits " + Long.toHexString(Double.doubleToRawLongBits(x)));
            double u = r.nextDouble() * Math.pow(10, r.nextInt(-20, 20));
            assertEquals(PyRepr.repr(u), FastRepr.repr(u), "value " + Long.toHexString(Double.doubleToRawLongBits(u)));
            double s = (r.nextLong() >>> 11) * 0x1.0p-53;
            assertEquals(PyRepr.repr(s), FastRepr.repr(s));
            double n = r.nextInt(-1_000_000, 1_000_000) / 1000.0;
            assertEquals(PyRepr.repr(n), FastRepr.repr(n));
        }
    }
}
