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
import org.nprand.parallel.MultivariateNormalSpec;
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
    void multivariateNormalOneRowPerVector() throws Exception {
        // nprand-core's parallel_mvn_vectors.py case mvn5-spark: 100,003 rows of 5
        double[] mean = {0.0, 1.0, 2.0, 3.0, 4.0};
        double[][] cov = {{1.0, 0.2, 0.0, 0.0, 0.1}, {0.2, 2.0, 0.3, 0.0, 0.0}, {0.0, 0.3, 1.5, 0.4, 0.0},
            {0.0, 0.0, 0.4, 1.0, 0.2}, {0.1, 0.0, 0.0, 0.2, 0.8}};
        int n = 100_003;
        double[] want = new Generator(new PCG64(42)).multivariateNormal(mean, cov, n);
        assertEquals("36fba896963441e165e7d06cd99a8d2a0c59ef4ac6321d99c5bdf7638dff09e4", SparkCases.sha(bits(want)),
                "the sequential Java call is NumPy's");
        MultivariateNormalSpec mvn = StreamSpec.of("PCG64", 42).multivariateNormal(mean, cov);
        for (int p : new int[] {1, 3, 7, 64}) {
            List<Row> rows = NumpySpark.generate(spark, mvn, n, p).collectAsList();
            assertEquals(n, rows.size());
            java.util.BitSet seen = new java.util.BitSet(n);
            for (Row r : rows) {
                int id = (int) r.getLong(0);
                assertTrue(!seen.get(id), "id " + id + " twice");
                seen.set(id);
                List<Double> v = r.getList(1);
                for (int i = 0; i < 5; i++) {
                    if (Double.doubleToRawLongBits(v.get(i)) != Double.doubleToRawLongBits(want[id * 5 + i])) {
                        org.junit.jupiter.api.Assertions.fail("row " + id + " over " + p + " partitions: " + v);
                    }
                }
            }
        }
    }

    @Test
    void blockedStreamsOfOtherKinds() throws Exception {
        // nprand-core's parallel_blocked_vectors.py: multivariate_normal(method='cholesky') in
        // blocks of 7 rows over MT19937 (case mvn3-cholesky-blocked-mt), 2,003 rows of 3
        double[][] cov = {{2.0, 0.3, 0.1}, {0.3, 1.0, -0.2}, {0.1, -0.2, 0.5}};
        MultivariateNormalSpec mvn = StreamSpec.of("MT19937", 42).blocked(7)
                .multivariateNormal(new double[] {1.0, -2.0, 0.5}, cov, "warn", 1e-8, "cholesky");
        int n = 2003;
        double[] got = new double[n * 3];
        for (Row r : NumpySpark.generate(spark, mvn, n, 3).collectAsList()) {
            List<Double> v = r.getList(1);
            for (int i = 0; i < 3; i++) {
                got[(int) r.getLong(0) * 3 + i] = v.get(i);
            }
        }
        assertEquals("99bd85f998cfb6e2bab4dc77f78871dd4d7ca1d1ef91d7eee55bb4224942be3f", SparkCases.sha(bits(got)),
                mvn + " over 3 partitions");
        // RandomState(MT19937(child b)).standard_normal(size=7) per block (case rs-standard-normal-7),
        // 20,011 values
        StreamSpec rs = StreamSpec.of("MT19937", 42).blocked(7).randomState().standardNormal();
        int m = 20011;
        double[] x = new double[m];
        for (Row r : NumpySpark.generate(spark, rs, m, 3).collectAsList()) {
            x[(int) r.getLong(0)] = r.getDouble(1);
        }
        assertEquals("3a4918b1ca80c2a4ec9ec7313eb215032bcd53c2c9e7bffb2f87282d2c9be41c", SparkCases.sha(bits(x)),
                rs + " over 3 partitions");
    }

    @Test
    void dirichletAndMultinomialOneRowPerVector() throws Exception {
        // nprand-core's parallel_rows_vectors.py cases dirichlet-spark and multinomial-spark
        int n = 100_003;
        double[] alpha = {1.0, 2.0, 3.0};
        double[] pvals = {0.5, 0.25, 0.25};
        Object[][] cases = {
            {StreamSpec.of("PCG64", 8).dirichlet(alpha), bits(new Generator(new PCG64(8)).dirichlet(alpha, n)),
                "f8e390cd70b6c10eea3be76976c7116f503ee8970a2c7fb55b6c52eb3dfc631c"},
            {StreamSpec.of("PCG64", 9).multinomial(50, pvals), new Generator(new PCG64(9)).multinomial(50, pvals, n),
                "c3e62ae1f39df1c2b7dbd64941916620bef74627c3d12f32a8e58e727dec0fc5"},
        };
        for (Object[] c : cases) {
            StreamSpec spec = (StreamSpec) c[0];
            long[] want = (long[]) c[1];
            assertEquals(c[2], SparkCases.sha(want), spec + ": the sequential Java call is NumPy's");
            for (int p : new int[] {1, 3, 7, 64}) {
                List<Row> rows = NumpySpark.generate(spark, spec, n, p).collectAsList();
                assertEquals(n, rows.size());
                java.util.BitSet seen = new java.util.BitSet(n);
                for (Row r : rows) {
                    int id = (int) r.getLong(0);
                    assertTrue(!seen.get(id), "id " + id + " twice");
                    seen.set(id);
                    List<Object> v = r.getList(1);
                    for (int i = 0; i < 3; i++) {
                        Object x = v.get(i);
                        long b = x instanceof Double ? Double.doubleToRawLongBits((Double) x) : (Long) x;
                        if (b != want[id * 3 + i]) {
                            org.junit.jupiter.api.Assertions.fail(spec + " row " + id + " over " + p + " partitions: " + v);
                        }
                    }
                }
            }
        }
    }

    private static long[] bits(double[] x) {
        long[] b = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Double.doubleToRawLongBits(x[i]);
        }
        return b;
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
