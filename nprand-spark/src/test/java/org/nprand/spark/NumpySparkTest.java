package org.nprand.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Against NumPy 2.4.6 on a two-thread master ({@code local[2,4]}: two task threads, up to 4
 * attempts per task for the retry test): for N = 1,000,003 and 1, 2, 3, 7 and 64 partitions,
 * every row {@code (id, value)} has the sequential Java output's element {@code id}, which
 * {@link SparkCases} checks against NumPy's SHA-256. Also: {@code repartition} then
 * {@code orderBy("id")} changes nothing, a task that fails on its first attempt and is retried
 * changes nothing, the per-row column of a seek spec, and a control showing that Spark's own
 * {@code rand(42)} does change with the partitioning (so the test can tell).
 */
class NumpySparkTest {

    private static final String MASTER = "local[2,4]";
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkCases.session(MASTER);
    }

    @AfterAll
    static void stop() {
        NumpySpark.taskStartHook = null;
        spark.stop();
    }

    @Test
    void everyPartitioningGivesNumpysNumbers() {
        SparkCases.everyPartitioning(spark, MASTER);
    }

    @Test
    void repartitionAndSortChangeNothing() {
        for (int k : new int[] {0, 1}) {
            String name = (String) SparkCases.CASES[k][0];
            StreamSpec spec = (StreamSpec) SparkCases.CASES[k][1];
            Dataset<Row> df = NumpySpark.generate(spark, spec, SparkCases.N, 7).repartition(5).orderBy("id");
            SparkCases.assertSorted(df.collectAsList(), SparkCases.sequential(name, spec), name + " repartition(5), orderBy");
        }
    }

    @Test
    void aRetriedTaskChangesNothing() {
        AtomicInteger failures = new AtomicInteger();
        NumpySpark.taskStartHook = p -> {
            if (p == 1 && TaskContext.get().attemptNumber() == 0) {
                failures.incrementAndGet();
                throw new IllegalStateException("injected failure of partition 1, attempt 0");
            }
        };
        try {
            for (int k : new int[] {0, 1}) {
                String name = (String) SparkCases.CASES[k][0];
                StreamSpec spec = (StreamSpec) SparkCases.CASES[k][1];
                SparkCases.assertRows(NumpySpark.generate(spark, spec, SparkCases.N, 3).collectAsList(),
                        SparkCases.sequential(name, spec), name + " with a retried task");
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
