package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sequential Java output of every spec the parallel plans support equals NumPy 2.4.6's, bit
 * for bit: for each case of {@code parallel_vectors.txt.gz} (written by
 * {@code src/test/python/parallel_vectors.py}), the public {@code Generator} call with
 * {@code size=N} (for blocked specs: NumPy's three spawned-block lines, in Java) matches NumPy's
 * first 64 elements, four scattered ones, and the SHA-256 of all {@code N = 100_003}; and so do
 * the one-element-at-a-time {@link IndexedStream} reads at those indices and a two-thread
 * {@link ParallelFill}, whose equality with the sequential output for random plans is
 * {@link ParallelChunksTest}'s business.
 *
 * <p>{@code vonmises} calls {@code cos}/{@code acos}, glibc-exact only with nprand-libm-lgpl on
 * the path (nprand-core's tests run without it): there its elements are compared to within
 * {@code 1e-9} (its draws, hence the positions of all later elements, still agree exactly, as the
 * chunk tests show). With the provider on the path it is bit for bit, SHA-256 included:
 * {@code mvn -o -q -pl nprand-libm-lgpl -am compile}, then {@code mvn -o -pl nprand-core test
 * -Dtest=ParallelGoldenTest -Dmaven.test.additionalClasspath=../nprand-libm-lgpl/target/classes}.
 */
class ParallelGoldenTest {

    private static boolean trigExact() {
        // Libm's trig is glibc's only when the LGPL provider is present
        return java.util.ServiceLoader.load(org.nprand.math.spi.TrigProvider.class).findFirst().isPresent();
    }

    @TestFactory
    Stream<DynamicTest> sequentialEqualsNumpy() {
        List<ParallelCases.Case> cases = ParallelCases.load();
        assertTrue(cases.size() >= 70, "cases: " + cases.size());
        boolean trig = trigExact();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            StreamSpec spec = c.streamSpec();
            Object seq = ParallelCases.sequential(spec, c.n());
            boolean approx = !trig && spec.method().name.equals("vonmises");
            if (spec.method().name.equals("vonmises")) {
                System.out.println("ParallelGoldenTest: " + c.name() + (approx
                        ? " compared to within 1e-9 (nprand-libm-lgpl absent)" : " compared bit for bit (glibc's cos/acos)"));
            }
            if (approx) {
                double[] v = (double[]) seq;
                for (int i = 0; i < c.head().length; i++) {
                    double want = Double.longBitsToDouble(Long.parseUnsignedLong(c.head()[i], 16));
                    assertEquals(want, v[i], 1e-9, c.name() + " element " + i);
                }
                return;
            }
            for (int i = 0; i < c.head().length; i++) {
                assertEquals(c.head()[i], ParallelCases.hex(seq, i), c.name() + " element " + i);
            }
            IndexedStream s = IndexedStream.of(spec, c.n());
            for (Map.Entry<Integer, String> e : c.at().entrySet()) {
                assertEquals(e.getValue(), ParallelCases.hex(seq, e.getKey()), c.name() + " element " + e.getKey());
                Object one = ParallelCases.newArray(spec, 1);
                ParallelCases.fill(s, e.getKey(), one, 0, 1);
                assertEquals(e.getValue(), ParallelCases.hex(one, 0), c.name() + " chunk [" + e.getKey() + ", +1)");
            }
            assertEquals(c.sha256(), ParallelCases.sha256(seq), c.name() + " SHA-256 of all " + c.n());
            Object par = ParallelCases.newArray(spec, c.n());
            ParallelCases.parallelFill(spec, par, 2);
            assertEquals(c.sha256(), ParallelCases.sha256(par), c.name() + " two-thread fill");
        }));
    }
}
