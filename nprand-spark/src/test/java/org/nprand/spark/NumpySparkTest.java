package org.nprand.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nprand.bitgen.PCG64;
import org.nprand.numpy.Generator;
import org.nprand.parallel.StreamSpec;

/**
 * The prototype against NumPy 2.4.6: for N = 100,003 (prime, so partitions are uneven) and up to
 * 64 partitions, the Dataset sorted by id has ids 0..N-1 and values whose SHA-256 (little-endian
 * bytes) is NumPy's, from {@code nprand-core/src/test/python/parallel_vectors.py} (the same specs
 * and N as its cases {@code random}, {@code standard-normal}, {@code standard-gamma},
 * {@code poisson}, {@code integers-lemire-32}, {@code blocked-mt-normal}). Also: a repartition
 * and sort change nothing, a task that fails on its first attempt and is retried changes nothing,
 * the per-row column of a seek spec, a one-core master, and a control that Spark's own
 * {@code rand(42)} does change with the partitioning (so the test can tell).
 */
class NumpySparkTest {

    static final int N = 100_003;
    private static SparkSession spark;

    static final Object[][] CASES = {
        {StreamSpec.of("PCG64", 12345).random(), "13768124ae4baf7b165198ef114ac7ac65e0138ac2e51f3df3257a3f2e90b817"},
        {StreamSpec.of("PCG64", 12345).standardNormal(),
            "9761f194cc332eeb4e5ba53f6d6c8c145d929ea04c03d7c51e5228ba23bc8a2b"},
        {StreamSpec.of("PCG64", 5).standardGamma(2.5), "100a202250d526514f2d386241c8149a09cef7d41c90df96fe1716bcee32635e"},
        {StreamSpec.of("PCG64", 23).poisson(3.0), "6074edaa6e93ceef9f509e9e60c36131c65d804ed1e91b0dbc2a98a9b4b413b2"},
        {StreamSpec.of("PCG64", 28).integers(0, 10), "97bbf2967358c356421b6a9b3a765935624feb141daebecd762b9b72bd445c80"},
        {StreamSpec.of("MT19937", 42).standardNormal().blocked(1000),
            "d6557a337b8d6ed5d604d152656e709f1fa1eb12f77e7223daf6ff75d1f9fe98"},
    };

    static SparkSession session(String master) {
        return SparkSession.builder().master(master).appName("nprand-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @BeforeAll
    static void start() {
        // two threads, and up to 4 attempts per task (the retry test)
        spark = session("local[2,4]");
    }

    @AfterAll
    static void stop() {
        NumpySpark.taskStartHook = null;
        spark.stop();
    }

    /** SHA-256 of the values of rows sorted by id, after checking the ids are 0..n-1. */
    static String sha(List<Row> rows) throws Exception {
        assertEquals(N, rows.size());
        ByteBuffer b = ByteBuffer.allocate(rows.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertEquals(i, r.getLong(0), "ids");
            Object v = r.get(1);
            if (v instanceof Double) {
                b.putLong(Double.doubleToRawLongBits((Double) v));
            } else {
                b.putLong((Long) v);
            }
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    }

    static List<Row> sorted(Dataset<Row> df) {
        return df.orderBy("id").collectAsList();
    }

    @Test
    void everyPartitioningGivesNumpysNumbers() throws Exception {
        for (Object[] c : CASES) {
            StreamSpec spec = (StreamSpec) c[0];
            int[] parts = spec.toString().contains("normal()") || spec.toString().contains("random()")
                    ? new int[] {1, 2, 3, 7, 64} : new int[] {3, 64};
            for (int p : parts) {
                assertEquals(c[1], sha(sorted(NumpySpark.generate(spark, spec, N, p))), spec + " over " + p + " partitions");
            }
        }
    }

    @Test
    void repartitionAndSortChangeNothing() throws Exception {
        StreamSpec spec = (StreamSpec) CASES[1][0];
        Dataset<Row> df = NumpySpark.generate(spark, spec, N, 7).repartition(5);
        assertEquals(CASES[1][1], sha(sorted(df)));
    }

    @Test
    void aRetriedTaskChangesNothing() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        NumpySpark.taskStartHook = p -> {
            if (p == 1 && TaskContext.get().attemptNumber() == 0) {
                failures.incrementAndGet();
                throw new IllegalStateException("injected failure of partition 1, attempt 0");
            }
        };
        try {
            for (int k : new int[] {1, 2}) {
                assertEquals(CASES[k][1], sha(sorted(NumpySpark.generate(spark, (StreamSpec) CASES[k][0], N, 3))));
            }
        } finally {
            NumpySpark.taskStartHook = null;
        }
        assertTrue(failures.get() >= 2, "failures injected: " + failures.get());
    }

    @Test
    void perRowColumnOfASeekSpec() {
        StreamSpec spec = StreamSpec.of("PCG64", 12345).random();
        double[] want = new Generator(new PCG64(12345)).random(2000);
        List<Row> rows = spark.range(0, 2000, 1, 3).select(functions.col("id"), NumpySpark.at(spec, functions.col("id")))
                .orderBy("id").collectAsList();
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], rows.get(i).getDouble(1), "element " + i);
        }
    }

    @Test
    void sparksOwnRandDependsOnThePartitioning() {
        // the control: rand(seed) seeds each partition with seed + partitionIndex
        List<Row> one = spark.range(0, 6, 1, 1).select(functions.rand(42)).collectAsList();
        List<Row> two = spark.range(0, 6, 1, 2).select(functions.rand(42)).collectAsList();
        assertEquals(one.get(0), two.get(0));
        assertNotEquals(one.get(5), two.get(5));
    }
}
