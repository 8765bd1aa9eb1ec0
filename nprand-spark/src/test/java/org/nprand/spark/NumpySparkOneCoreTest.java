package org.nprand.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nprand.parallel.StreamSpec;

/** The same numbers on a one-core master ({@code local[1]}), for a scan spec and a seek spec. */
class NumpySparkOneCoreTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = NumpySparkTest.session("local[1]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void oneCore() throws Exception {
        for (int k : new int[] {0, 1}) {
            StreamSpec spec = (StreamSpec) NumpySparkTest.CASES[k][0];
            for (int p : new int[] {1, 7}) {
                assertEquals(NumpySparkTest.CASES[k][1],
                        NumpySparkTest.sha(NumpySparkTest.sorted(NumpySpark.generate(spark, spec, NumpySparkTest.N, p))),
                        spec + " over " + p + " partitions on local[1]");
            }
        }
    }
}
