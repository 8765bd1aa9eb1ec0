package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nprand.errors.PythonError;
import org.nprand.internal.linalg.GeneratorMvnVectors;

/**
 * {@code Generator(PCG64(seed)).multivariate_normal(mean, cov, size, check_valid, tol, method)}
 * against NumPy 2.4.6 (OpenBLAS 0.3.31, SkylakeX core) for {@code method} 'svd', 'eigh' and
 * 'cholesky', bit for bit: every output value, the positive-semidefiniteness warning, the
 * exception class and message, and the next {@code standard_normal()} after the call (NumPy draws
 * before it decomposes, so a call that raises has still drawn).
 */
class GeneratorMultivariateNormalTest {

    @Test
    void bitIdenticalToNumpy() {
        Map<String, int[]> byMethod = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        long values = 0;
        long exactValues = 0;
        for (GeneratorMvnVectors.MvnCase c : GeneratorMvnVectors.MVN) {
            int n = c.n();
            Generator g = Generator.defaultRng(c.seed());
            List<String> warnings = new ArrayList<>();
            g.setWarningHandler((category, message) -> warnings.add(category + ": " + message));
            double[][] cov = new double[n][];
            for (int i = 0; i < n; i++) {
                cov[i] = java.util.Arrays.copyOfRange(c.cov(), i * n, (i + 1) * n);
            }
            String outcome;
            double[] out = null;
            String msg = null;
            try {
                out = g.multivariateNormal(c.mean(), cov, c.size(), c.checkValid(), c.tol(), c.method());
                outcome = warnings.isEmpty() ? "ok" : "warn";
                if (!warnings.isEmpty()) {
                    assertEquals(List.of("RuntimeWarning: covariance is not symmetric positive-semidefinite."),
                            warnings, c.name());
                }
            } catch (RuntimeException e) {
                outcome = "err:" + (e instanceof PythonError p ? p.pythonType() : e.getClass().getSimpleName());
                msg = e.getMessage();
            }
            double after = g.standardNormal();
            boolean ok = outcome.equals(c.outcome()) && java.util.Objects.equals(msg, c.msg())
                    && Double.doubleToRawLongBits(after) == Double.doubleToRawLongBits(c.after());
            if (ok && c.out() != null) {
                double[] kept = out;
                if (c.rows() > 12) {
                    kept = new double[12 * n];
                    System.arraycopy(out, 0, kept, 0, 6 * n);
                    System.arraycopy(out, (c.rows() - 6) * n, kept, 6 * n, 6 * n);
                }
                values += kept.length;
                for (int i = 0; i < kept.length; i++) {
                    if (Double.doubleToRawLongBits(kept[i]) == Double.doubleToRawLongBits(c.out()[i])) {
                        exactValues++;
                    } else {
                        ok = false;
                    }
                }
            }
            int[] counts = byMethod.computeIfAbsent(c.method(), k -> new int[2]);
            counts[1]++;
            if (ok) {
                counts[0]++;
            } else {
                bad.add(c.name() + "/" + c.method() + "/seed " + c.seed() + " (" + outcome + " vs " + c.outcome() + ")");
            }
        }
        StringBuilder sb = new StringBuilder();
        byMethod.forEach((m, k) -> sb.append(' ').append(m).append(' ').append(k[0]).append('/').append(k[1]));
        System.out.printf("GeneratorMultivariateNormalTest: calls bit-identical to Generator.multivariate_normal:%s;"
                + " output values %d/%d%n", sb, exactValues, values);
        assertEquals(3, byMethod.size());
        assertTrue(GeneratorMvnVectors.MVN.size() > 1000);
        assertEquals(List.of(), bad.size() > 20 ? bad.subList(0, 20) : bad);
    }
}
