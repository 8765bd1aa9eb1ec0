package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nprand.errors.ValueError;

/**
 * The Generator's and RandomState's typed Java forms against NumPy 2.4.6's values (printed by
 * {@code python3} with {@code np.random.default_rng(42)} / {@code RandomState(7)}; the calls are
 * in each assertion's message). The conformance suite covers every method through the Python
 * binding; these pin the Java overloads themselves.
 */
class GeneratorApiTest {

    private static Generator rng() {
        return Generator.defaultRng(42);
    }

    @Test
    void normalInEveryForm() {
        assertEquals(2.109434159508863, rng().normal(1.5, 2.0), "normal(1.5, 2.0)");
        double[] five = {2.109434159508863, -0.5799682124809911, 3.0009023916129145, 3.3811294327824277,
            -2.402070377307673};
        assertArrayEquals(five, rng().normal(1.5, 2.0, 5), "normal(1.5, 2.0, 5)");
        assertArrayEquals(five, rng().normal(1.5, 2.0, new double[5]), "normal(1.5, 2.0, out=)");
        NdArray bc = rng().normal(NdArray.of(new double[][] {{0.0}, {10.0}}), NdArray.of(1.0, 2.0, 3.0), null);
        assertArrayEquals(new int[] {2, 3}, bc.intShape(), "normal([[0],[10]], [1,2,3]).shape");
        assertArrayEquals(new double[] {0.30471707975443135, -2.079968212480991, 2.2513535874193717,
            10.940564716391213, 6.097929622692327, 6.093461479413046}, bc.doubles(), "normal([[0],[10]], [1,2,3])");
    }

    @Test
    void float32Forms() {
        assertArrayEquals(new float[] {0.14190717041492462f, -1.6685079336166382f, -1.3321080207824707f,
            0.5825534462928772f}, rng().standardNormalFloat(4), "standard_normal(4, dtype=float32)");
        assertArrayEquals(new float[] {2.3823325634002686f, 0.7378824353218079f, 2.7651846408843994f},
                rng().standardGammaFloat(2.5, 3), "standard_gamma(2.5, 3, dtype=float32)");
    }

    @Test
    void integersAndChoice() {
        assertArrayEquals(new long[] {0, 7, 6, 4, 4, 8}, rng().integers(0, 10, 6), "integers(0, 10, 6)");
        assertArrayEquals(new long[] {0, -4, 4, -5}, rng().integers(java.math.BigInteger.valueOf(-5),
                java.math.BigInteger.valueOf(5), new int[] {4}, DType.INT8, true), "integers(-5, 5, 4, int8, endpoint)");
        assertArrayEquals(new long[] {75, 43, 64, 8, 99}, rng().choice(100, new int[] {5}, false, null, true),
                "choice(100, 5, replace=False)");
        double[] p = new double[10];
        java.util.Arrays.fill(p, 0.1);
        assertArrayEquals(new long[] {7, 4, 8, 6}, rng().choice(10, new int[] {4}, true, p, true), "choice(10, 4, p)");
        List<String> pop = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            pop.add("s" + i);
        }
        assertEquals(List.of("s75", "s43", "s64", "s8", "s99"), rng().choice(pop, new int[] {5}, false, null),
                "choice(list, 5, replace=False)");
        assertThrows(ValueError.class, () -> rng().choice(3, new int[] {5}, false, null, true));
    }

    @Test
    void discreteAndMultivariate() {
        assertArrayEquals(new long[] {33, 29, 35, 32, 24}, rng().binomial(100, 0.3, 5), "binomial(100, 0.3, 5)");
        assertArrayEquals(new long[] {8, 6, 5, 5, 5}, rng().poisson(4.5, 5), "poisson(4.5, 5)");
        assertArrayEquals(new double[] {0.999999999798713, 2.0128698707812838e-10, 9.131125069412667e-23,
            6.858109374657682e-21, 0.9999703123460251, 2.9687653974930228e-05},
                rng().dirichlet(new double[] {0.05, 0.02, 0.01}, 2), "dirichlet([.05, .02, .01], 2)");
        assertArrayEquals(new long[] {3, 0, 5, 2, 2, 4}, rng().multivariateHypergeometric(new long[] {5, 10, 15}, 8,
                new int[] {2}, "marginals"), "multivariate_hypergeometric([5, 10, 15], 8, 2)");
        NdArray perm = rng().permuted(NdArray.of(new int[] {2, 3}, new long[] {0, 1, 2, 3, 4, 5}), 1);
        assertArrayEquals(new long[] {2, 1, 0, 3, 5, 4}, perm.longs(), "permuted(arange(6).reshape(2,3), axis=1)");
    }

    @Test
    void legacyMultivariateNormal() {
        assertArrayEquals(new double[] {-2.232296562333536, -0.08126780967644454, -0.1498125652806753,
            1.3634143244937413}, new RandomState(7).multivariateNormal(new double[] {0, 1},
                new double[][] {{2.0, 0.3}, {0.3, 1.0}}, 2), "RandomState(7).multivariate_normal([0,1], cov, 2)");
    }
}
