package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.Test;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.SeedSequence;
import org.nprand.numpy.Generator;

/**
 * {@code dirichlet} and {@code multinomial}, one vector per element (scan mode over rows): the
 * sequential Java call equals NumPy 2.4.6 (SHA-256 from
 * {@code src/test/python/parallel_rows_vectors.py}: the gamma path and the small-alpha
 * stick-breaking path of dirichlet, multinomial's inversion and BTPE binomials, three bit
 * generators), and chunks over random plans, the thread fill, the thread fill over tiny regions
 * (re-parses), and a {@link ParallelReader} read in random sizes all give it back, bit for bit.
 */
class VectorMethodsTest {

    /** name -> spec, as the python script's cases. */
    static final Map<String, StreamSpec> SPECS = new LinkedHashMap<>();

    static {
        SPECS.put("dirichlet3", StreamSpec.of("PCG64", 5).dirichlet(new double[] {0.5, 2.0, 7.5}));
        SPECS.put("dirichlet-small-philox", StreamSpec.of("Philox", 5).dirichlet(new double[] {0.05, 0.08, 0.02, 0.1}));
        SPECS.put("dirichlet-spark", StreamSpec.of("PCG64", 8).dirichlet(new double[] {1.0, 2.0, 3.0}));
        SPECS.put("multinomial", StreamSpec.of("PCG64", 6).multinomial(20, new double[] {0.2, 0.3, 0.5}));
        SPECS.put("multinomial-btpe-dxsm",
                StreamSpec.of("PCG64DXSM", 6).multinomial(1000, new double[] {0.1, 0.25, 0.15, 0.5}));
        SPECS.put("multinomial-spark", StreamSpec.of("PCG64", 9).multinomial(50, new double[] {0.5, 0.25, 0.25}));
    }

    /** The sequential Java call, flat, as 64-bit patterns. */
    static long[] sequentialBits(String bg, long seed, StreamSpec spec, int n) {
        Generator g = new Generator(BitGenerators.create(bg, new SeedSequence(seed)));
        String s = spec.toString();
        Object flat;
        if (spec.valueType() == ValueType.ROWS_FLOAT64) {
            double[] alpha = parse(s.substring(s.indexOf("dirichlet([") + 10, s.lastIndexOf(']') + 1));
            flat = g.dirichlet(alpha, n);
        } else {
            String args = s.substring(s.indexOf("multinomial(") + 12, s.lastIndexOf(')'));
            long trials = Long.parseLong(args.substring(0, args.indexOf(',')));
            flat = g.multinomial(trials, parse(args.substring(args.indexOf('['))), n);
        }
        return bits(flat);
    }

    private static double[] parse(String list) {
        String[] t = list.substring(1, list.length() - 1).split(",\\s*");
        return Arrays.stream(t).mapToDouble(Double::parseDouble).toArray();
    }

    static long[] bits(Object flat) {
        if (flat instanceof long[]) {
            return (long[]) flat;
        }
        double[] d = (double[]) flat;
        long[] b = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            b[i] = Double.doubleToRawLongBits(d[i]);
        }
        return b;
    }

    /** Rows flattened to 64-bit patterns. */
    static long[] flatten(Object[] rows) {
        List<Long> out = new ArrayList<>();
        for (Object r : rows) {
            if (r instanceof double[]) {
                for (double v : (double[]) r) {
                    out.add(Double.doubleToRawLongBits(v));
                }
            } else {
                for (long v : (long[]) r) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    static void assertSameBits(long[] want, long[] got, int k, String what) {
        assertEquals(want.length, got.length, what + ": length");
        for (int i = 0; i < want.length; i++) {
            if (want[i] != got[i]) {
                fail(what + ": row " + i / k + " coordinate " + i % k + " has bits " + Long.toHexString(got[i])
                        + ", the sequential call " + Long.toHexString(want[i]));
            }
        }
    }

    @Test
    void rowsInChunksEqualNumpysCall() throws Exception {
        ExecutorService pool = ParallelFill.newPool(2);
        try {
            for (Map.Entry<String, String[]> e : MultivariateNormalSpecTest.golden().entrySet()) {
                String name = e.getKey();
                StreamSpec spec = SPECS.get(name);
                if (spec == null) {
                    continue; // MultivariateNormalSpecTest's
                }
                String bg = e.getValue()[0];
                long seed = Long.parseLong(e.getValue()[1]);
                int n = Math.min(Integer.parseInt(e.getValue()[2]), 20011);
                long[] want = sequentialBits(bg, seed, spec, Integer.parseInt(e.getValue()[2]));
                assertEquals(e.getValue()[3], MultivariateNormalSpecTest.shaBits(want), name + ": the sequential call is NumPy's");
                int k = want.length / Integer.parseInt(e.getValue()[2]);
                long[] prefix = Arrays.copyOf(want, n * k);
                assertEquals(Mode.SCAN, spec.mode(), name);

                IndexedStream s = IndexedStream.of(spec, n, 2);
                Random rnd = new Random(name.hashCode());
                long[] cuts = ParallelChunksTest.randomCuts(rnd, n, 9);
                Object[] got = new Object[n];
                for (int i = cuts.length - 2; i >= 0; i--) {
                    Object[] part = s.rows(cuts[i], cuts[i + 1]);
                    System.arraycopy(part, 0, got, (int) cuts[i], part.length);
                }
                assertSameBits(prefix, flatten(got), k, name + " chunks " + Arrays.toString(cuts));

                assertSameBits(prefix, flatten(ParallelFill.fill(spec, new Object[n], 2)), k, name + " 2 threads");
                for (int region : new int[] {16, 257}) {
                    Object[] out = new Object[2000];
                    ParallelFill.scan(spec, out, 2000, pool, 2, region);
                    assertSameBits(Arrays.copyOf(prefix, 2000 * k), flatten(out), k, name + " regions of " + region);
                }
                try (ParallelReader r = new ParallelReader(spec, n, pool, false, 2, 64)) {
                    Object[] all = new Object[n];
                    int at = 0;
                    while (at < n) {
                        int len = Math.min(n - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 3000));
                        assertEquals(len, r.read(all, at, len));
                        at += len;
                    }
                    assertSameBits(prefix, flatten(all), k, name + " reader");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
