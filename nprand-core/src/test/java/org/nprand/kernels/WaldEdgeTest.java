package org.nprand.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;

/**
 * {@code wald(mean, scale)} where C's {@code U <= mean / (mean + X)} compares with a NaN (an
 * infinite or NaN parameter) or the variate over- or underflows, against NumPy 2.4.6
 * ({@code src/test/python/wald_edge_vectors.py}): the kernels pick {@code X} or
 * {@code mean^2 / X} without a branch, and must pick as C's comparison does, NaN's sign bit
 * included, and draw the same words (the next uniform after the values is compared too).
 */
class WaldEdgeTest {

    @Test
    void waldMatchesNumPyAtTheEdges() throws IOException {
        List<String> lines = lines();
        assertEquals(18, lines.size(), "cases");
        for (String line : lines) {
            String[] parts = line.split(" \\| ");
            String[] call = parts[0].split(" ");
            double mean = parse(call[1]);
            double scale = parse(call[2]);
            int count = Integer.parseInt(parts[1]);
            String[] expected = parts[2].split(",");
            double[] actual;
            double next;
            if (call[0].equals("rs")) {
                RandomState rs = new RandomState(12345);
                actual = rs.wald(mean, scale, count);
                next = rs.randomSample();
            } else {
                Generator g = Generator.defaultRng(12345);
                actual = g.wald(mean, scale, count);
                next = g.random();
            }
            for (int i = 0; i < count; i++) {
                assertEquals(expected[i], hex(actual[i]), parts[0] + ": value [" + i + "]");
            }
            assertEquals(parts[3], hex(next), parts[0] + ": the next uniform (draws consumed)");
        }
    }

    private static double parse(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(s);
        }
    }

    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static List<String> lines() throws IOException {
        InputStream in = WaldEdgeTest.class.getResourceAsStream("/org/nprand/kernels/wald_edge_vectors.txt.gz");
        assertNotNull(in, "missing resource wald_edge_vectors.txt.gz");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }
}
