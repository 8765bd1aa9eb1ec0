package org.nprand.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SymmetricEigen} and {@link Cholesky} against {@code numpy.linalg.eigh} and
 * {@code numpy.linalg.cholesky} of NumPy 2.4.6 (OpenBLAS 0.3.31, SkylakeX core), bit for bit,
 * including which matrices NumPy rejects, from {@link GeneratorMvnVectors}.
 */
class SymmetricEigenCholeskyTest {

    @Test
    void eighBitIdentical() {
        int exact = 0;
        List<String> bad = new ArrayList<>();
        for (GeneratorMvnVectors.EighCase c : GeneratorMvnVectors.EIGH) {
            SymmetricEigen.Result r;
            try {
                r = SymmetricEigen.decompose(c.a(), c.n());
            } catch (ArithmeticException e) {
                r = null;
            }
            boolean ok = c.w() == null ? r == null
                    : r != null && java.util.Arrays.equals(r.w(), c.w()) && java.util.Arrays.equals(r.v(), c.v());
            if (ok) {
                exact++;
            } else {
                bad.add(c.name());
            }
        }
        System.out.printf("SymmetricEigenCholeskyTest: eigh %d/%d bit-identical to numpy.linalg.eigh%n", exact,
                GeneratorMvnVectors.EIGH.size());
        assertTrue(GeneratorMvnVectors.EIGH.size() > 100);
        assertEquals(List.of(), bad);
    }

    @Test
    void choleskyBitIdentical() {
        int exact = 0;
        int failures = 0;
        List<String> bad = new ArrayList<>();
        for (GeneratorMvnVectors.CholCase c : GeneratorMvnVectors.CHOL) {
            double[] l;
            try {
                l = Cholesky.lower(c.a(), c.n());
            } catch (ArithmeticException e) {
                assertEquals("Matrix is not positive definite", e.getMessage());
                l = null;
            }
            if (c.l() == null) {
                failures++;
            }
            boolean ok = c.l() == null ? l == null : l != null && java.util.Arrays.equals(l, c.l());
            if (ok) {
                exact++;
            } else {
                bad.add(c.name());
            }
        }
        System.out.printf("SymmetricEigenCholeskyTest: cholesky %d/%d bit-identical to numpy.linalg.cholesky"
                + " (%d of them LinAlgError in both)%n", exact, GeneratorMvnVectors.CHOL.size(), failures);
        assertTrue(failures > 10 && failures < GeneratorMvnVectors.CHOL.size() - 10);
        assertEquals(List.of(), bad);
    }

    @Test
    void smallCasesAndArguments() {
        SymmetricEigen.Result one = SymmetricEigen.decompose(new double[] {-3.5}, 1);
        assertArrayEquals(new double[] {-3.5}, one.w());
        assertArrayEquals(new double[] {1.0}, one.v());
        assertEquals(0, SymmetricEigen.decompose(new double[0], 0).w().length);
        // only the lower triangle is read
        SymmetricEigen.Result lo = SymmetricEigen.decompose(new double[] {2, 99, 1, 2}, 2);
        SymmetricEigen.Result sym = SymmetricEigen.decompose(new double[] {2, 1, 1, 2}, 2);
        assertArrayEquals(sym.w(), lo.w());
        assertArrayEquals(sym.v(), lo.v());
        assertArrayEquals(new double[] {2.0, 0.0, 0.5, 1.5}, Cholesky.lower(new double[] {4, 77, 1, 2.5}, 2));
        assertThrows(ArithmeticException.class, () -> Cholesky.lower(new double[] {1, 2, 2, 1}, 2));
        assertThrows(ArithmeticException.class, () -> Cholesky.lower(new double[] {0.0}, 1));
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.decompose(new double[26 * 26], 26));
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.decompose(new double[3], 2));
        assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.decompose(new double[] {1, 0, Double.NaN, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> Cholesky.lower(new double[3], 2));
    }
}
