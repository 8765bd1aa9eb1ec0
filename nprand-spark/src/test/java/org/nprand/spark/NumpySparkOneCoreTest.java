package org.nprand.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same numbers on a one-core master ({@code local[1]}): every case over every partitioning. */
class NumpySparkOneCoreTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkCases.session("local[1]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyPartitioningGivesNumpysNumbers() {
        SparkCases.everyPartitioning(spark, "local[1]");
    }
}
