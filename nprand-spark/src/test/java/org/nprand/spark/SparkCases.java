package org.nprand.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.nprand.parallel.ParallelFill;
import org.nprand.parallel.StreamSpec;

/**
 * The Spark tests' cases: specs of {@code nprand-core/src/test/python/parallel_vectors.py} (same
 * names) at N = 1,000,003 (prime, so partitions are uneven), their sequential Java output, and
 * the SHA-256 of NumPy 2.4.6's output from {@code src/test/python/spark_vectors.py}.
 */
final class SparkCases {

    static final int N = 1_000_003;
    static final int[] PARTITIONS = {1, 2, 3, 7, 64};

    /** name, spec: a seek, two scans (float64 and int64) and a blocked spec. */
    static final Object[][] CASES = {
        {"random", StreamSpec.of("PCG64", 12345).random()},
        {"standard-normal", StreamSpec.of("PCG64", 12345).standardNormal()},
        {"poisson", StreamSpec.of("PCG64", 23).poisson(3.0)},
        {"integers-lemire-32", StreamSpec.of("PCG64", 28).integers(0, 10)},
        {"blocked-mt-normal", StreamSpec.of("MT19937", 42).standardNormal().blocked(1000)},
    };

    private static final Map<String, String> GOLDEN = load();
    private static final Map<String, long[]> SEQUENTIAL = new ConcurrentHashMap<>();

    private SparkCases() {
    }

    static SparkSession session(String master) {
        return SparkSession.builder().master(master).appName("nprand-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = SparkCases.class.getResourceAsStream("/org/nprand/spark/spark_vectors.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null;) {
                String[] t = line.split(" ");
                assertEquals(Integer.toString(N), t[1], "spark_vectors.txt is for N = " + N);
                m.put(t[0], t[2]);
            }
        } catch (Exception e) {
            throw new IllegalStateException("spark_vectors.txt", e);
        }
        return m;
    }

    /**
     * The sequential Java output of case {@code name} as 64-bit patterns (a one-thread fill: the
     * plain sequential stream), after checking its SHA-256 against NumPy's.
     */
    static long[] sequential(String name, StreamSpec spec) {
        return SEQUENTIAL.computeIfAbsent(name, k -> {
            long[] bits = new long[N];
            switch (spec.valueType()) {
                case FLOAT64: {
                    double[] d = ParallelFill.fill(spec, new double[N], 1);
                    for (int i = 0; i < N; i++) {
                        bits[i] = Double.doubleToRawLongBits(d[i]);
                    }
                    break;
                }
                case INT64:
                    ParallelFill.fill(spec, bits, 1);
                    break;
                default:
                    throw new IllegalArgumentException(spec.toString());
            }
            assertEquals(GOLDEN.get(name), sha(bits), name + ": the sequential Java output is NumPy's");
            return bits;
        });
    }

    static String sha(long[] bits) {
        ByteBuffer b = ByteBuffer.allocate(bits.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : bits) {
            b.putLong(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long bitsOf(Object v) {
        return v instanceof Double ? Double.doubleToRawLongBits((Double) v) : (Long) v;
    }

    /**
     * Checks a Dataset's rows against the sequential output: ids 0..N-1, each once, and every
     * value equal, bit for bit, to element {@code id}; the first difference is reported.
     */
    static void assertRows(List<Row> rows, long[] want, String what) {
        assertEquals(want.length, rows.size(), what + ": row count");
        BitSet seen = new BitSet(want.length);
        for (Row r : rows) {
            long id = r.getLong(0);
            if (id < 0 || id >= want.length || seen.get((int) id)) {
                fail(what + ": id " + id + (id >= 0 && id < want.length ? " twice" : " out of range"));
            }
            seen.set((int) id);
            long got = bitsOf(r.get(1));
            if (got != want[(int) id]) {
                fail(what + ": element " + id + " is " + r.get(1) + " (bits " + Long.toHexString(got)
                        + "), the sequential output has bits " + Long.toHexString(want[(int) id]));
            }
        }
        assertTrue(seen.cardinality() == want.length, what + ": every id");
    }

    /** Rows sorted by id: row i has id i and element i. */
    static void assertSorted(List<Row> rows, long[] want, String what) {
        assertEquals(want.length, rows.size(), what + ": row count");
        for (int i = 0; i < want.length; i++) {
            Row r = rows.get(i);
            assertEquals(i, r.getLong(0), what + ": id of row " + i);
            if (bitsOf(r.get(1)) != want[i]) {
                fail(what + ": row " + i + " holds " + r.get(1));
            }
        }
    }

    /** Every case over every partitioning on {@code spark}. */
    static void everyPartitioning(SparkSession spark, String master) {
        for (Object[] c : CASES) {
            String name = (String) c[0];
            StreamSpec spec = (StreamSpec) c[1];
            long[] want = sequential(name, spec);
            for (int p : PARTITIONS) {
                Dataset<Row> df = NumpySpark.generate(spark, spec, N, p);
                assertEquals(p, df.rdd().getNumPartitions(), name + " partitions");
                assertRows(df.collectAsList(), want, name + " over " + p + " partitions on " + master);
            }
        }
    }
}
