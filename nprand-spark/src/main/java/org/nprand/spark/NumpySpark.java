package org.nprand.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.nprand.parallel.BlockSummary;
import org.nprand.parallel.IndexedStream;
import org.nprand.parallel.Mode;
import org.nprand.parallel.MultivariateNormalSpec;
import org.nprand.parallel.ScanPlan;
import org.nprand.parallel.StreamSpec;

/**
 * NumPy's sequential streams as Spark Datasets: row {@code id} holds element
 * {@code id} of {@code np.random.Generator(BG(seed)).method(*params, size=n)}, bit for bit, for
 * any number of partitions, executors, retries or speculative copies, because every partition is
 * a pure function of the spec and its id range (the RDD is deterministic in Spark's sense).
 *
 * <pre>{@code
 * StreamSpec spec = StreamSpec.of("PCG64", 12345).normal(0.0, 1.0);
 * Dataset<Row> df = NumpySpark.generate(spark, spec, 1_000_000_000L, 200);   // (id BIGINT, value DOUBLE)
 * }</pre>
 *
 * <p>Seek and blocked specs need no driver work. Scan specs first run pass 1 of the scan as one
 * Spark job (a {@link BlockSummary} per block of the library's fixed block grid), fix the blocks
 * up on the driver ({@link ScanPlan.Builder}), and ship the plan with the generation job.
 *
 * <p>Compared with Spark's {@code rand(seed)}/{@code randn(seed)}: those seed each partition with
 * {@code seed + partitionIndex} ({@code XORShiftRandom}), so a value depends on the partitioning
 * and on the row's position in its partition, and Spark documents them as non-deterministic
 * (SPARK-13380); here a value depends on its id only.
 */
public final class NumpySpark {

    /** Rows are produced in chunks of this many elements. */
    private static final int CHUNK = 8192;

    /**
     * Test hook, local mode only: called with the partition number at the start of each
     * generation task (a test throws there to force a retry).
     */
    static volatile IntConsumer taskStartHook;

    private NumpySpark() {
    }

    /**
     * The first {@code n} elements as {@code (id BIGINT, value T)}, in {@code numPartitions}
     * partitions of consecutive ids ({@code T}: DOUBLE, FLOAT, BIGINT, TINYINT for
     * {@code bytes}, whose bits are the byte's, or for the vector-valued {@code dirichlet} and
     * {@code multinomial} ARRAY&lt;DOUBLE&gt; and ARRAY&lt;BIGINT&gt;, one row per vector). Sort by
     * {@code id} for NumPy's order.
     */
    public static Dataset<Row> generate(SparkSession spark, StreamSpec spec, long n, int numPartitions) {
        checkPartitions(numPartitions);
        IndexedStream stream = plan(spark, spec, n, numPartitions);
        JavaRDD<Row> rows = byIdRange(spark, n, numPartitions, (from, to) -> new Rows(stream, from, to));
        return spark.createDataFrame(rows, schema(spec));
    }

    /**
     * NumPy's {@code multivariate_normal(mean, cov, size=n)} as {@code (id BIGINT, value
     * ARRAY<DOUBLE>)}, one row per vector: row {@code id} is row {@code id} of NumPy's call, for
     * any {@code numPartitions}. The normals are a scan-mode stream ({@code n * k} of them, planned
     * as one Spark job); each task transforms its own rows ({@link MultivariateNormalSpec}).
     */
    public static Dataset<Row> generate(SparkSession spark, MultivariateNormalSpec mvn, long n, int numPartitions) {
        checkPartitions(numPartitions);
        IndexedStream normals = plan(spark, mvn.normals(), Math.multiplyExact(n, (long) mvn.dim()), numPartitions);
        JavaRDD<Row> rows = byIdRange(spark, n, numPartitions, (from, to) -> new VectorRows(mvn, normals, from, to));
        StructType schema = new StructType().add("id", DataTypes.LongType, false)
                .add("value", DataTypes.createArrayType(DataTypes.DoubleType, false), false);
        return spark.createDataFrame(rows, schema);
    }

    /**
     * The rows of ids {@code [from, to)}, drawn a chunk of up to {@code chunkRows} rows at a time:
     * {@link #draw} makes a chunk, {@link #value} takes one row's value out of it.
     */
    private abstract static class ChunkedRows implements Iterator<Row> {
        private final long to;
        private final int chunkRows;
        private long next;
        private Object chunk;
        private long chunkStart;
        private int chunkLen;

        ChunkedRows(long from, long to, int chunkRows) {
            this.next = from;
            this.to = to;
            this.chunkRows = chunkRows;
        }

        /** Rows {@code [a, b)}, in one array. */
        abstract Object draw(long a, long b);

        /** Row {@code r} of a chunk. */
        abstract Object value(Object chunk, int r);

        @Override
        public final boolean hasNext() {
            return next < to;
        }

        @Override
        public final Row next() {
            if (next >= to) {
                throw new NoSuchElementException();
            }
            if (chunk == null || next >= chunkStart + chunkLen) {
                chunkStart = next;
                chunkLen = (int) Math.min(chunkRows, to - next);
                chunk = draw(chunkStart, chunkStart + chunkLen);
            }
            Object v = value(chunk, (int) (next - chunkStart));
            return RowFactory.create(next++, v);
        }
    }

    /** The vectors of rows {@code [from, to)}, transformed a chunk of rows at a time. */
    private static final class VectorRows extends ChunkedRows {
        private final MultivariateNormalSpec mvn;
        private final IndexedStream normals;
        private final int k;

        VectorRows(MultivariateNormalSpec mvn, IndexedStream normals, long from, long to) {
            super(from, to, Math.max(1, CHUNK / Math.max(1, mvn.dim())));
            this.mvn = mvn;
            this.normals = normals;
            this.k = mvn.dim();
        }

        @Override
        Object draw(long a, long b) {
            return mvn.rows(normals, a, b);
        }

        @Override
        Object value(Object chunk, int r) {
            return java.util.Arrays.copyOfRange((double[]) chunk, r * k, (r + 1) * k);
        }
    }

    /** The largest array of {@link #arrays}. */
    public static final int ARRAY_ELEMENTS = 1 << 20;

    /**
     * The first {@code n} elements as an RDD of primitive arrays ({@code double[]},
     * {@code float[]}, {@code long[]} or {@code byte[]} of at most {@link #ARRAY_ELEMENTS}
     * elements) in order: partition {@code p} holds elements {@code [n * p / P, n * (p + 1) / P)},
     * so {@code collect()} or {@code toLocalIterator()} concatenate to NumPy's output. The bulk
     * form for writing files ({@code nprand generate --engine spark}).
     */
    public static JavaRDD<Object> arrays(SparkSession spark, StreamSpec spec, long n, int numPartitions) {
        checkPartitions(numPartitions);
        IndexedStream stream = plan(spark, spec, n, numPartitions);
        return byIdRange(spark, n, numPartitions, (from, to) -> {
            List<Object> out = new ArrayList<>();
            for (long a = from; a < to; a += ARRAY_ELEMENTS) {
                out.add(values(stream, a, Math.min(to, a + ARRAY_ELEMENTS)));
            }
            return out.iterator();
        });
    }

    /**
     * {@code multivariate_normal}'s first {@code n} vectors as an RDD of flat {@code double[]}
     * arrays of whole vectors, in order (partition {@code p} holds vectors
     * {@code [n * p / P, n * (p + 1) / P)}).
     */
    public static JavaRDD<Object> arrays(SparkSession spark, MultivariateNormalSpec mvn, long n, int numPartitions) {
        checkPartitions(numPartitions);
        int k = mvn.dim();
        IndexedStream normals = plan(spark, mvn.normals(), Math.multiplyExact(n, (long) k), numPartitions);
        int step = Math.max(1, ARRAY_ELEMENTS / Math.max(1, k));
        return byIdRange(spark, n, numPartitions, (from, to) -> {
            List<Object> out = new ArrayList<>();
            for (long a = from; a < to; a += step) {
                out.add(mvn.rows(normals, a, Math.min(to, a + step)));
            }
            return out.iterator();
        });
    }

    /** What a task makes of its id range {@code [from, to)}. */
    @FunctionalInterface
    private interface RangeTask<T> extends java.io.Serializable {
        Iterator<T> apply(long from, long to);
    }

    private static void checkPartitions(int numPartitions) {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("numPartitions must be positive, got " + numPartitions);
        }
    }

    /**
     * One task per partition {@code p}, over ids {@code [n * p / P, n * (p + 1) / P)}: the one
     * place that splits ids into partitions (and calls the test hook), so every form agrees.
     */
    private static <T> JavaRDD<T> byIdRange(SparkSession spark, long n, int numPartitions, RangeTask<T> task) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Integer> parts = new ArrayList<>();
        for (int p = 0; p < numPartitions; p++) {
            parts.add(p);
        }
        return jsc.parallelize(parts, numPartitions).flatMap(p -> {
            IntConsumer hook = taskStartHook;
            if (hook != null) {
                hook.accept(p);
            }
            return task.apply(n * p / numPartitions, n * (p + 1) / numPartitions);
        });
    }

    /** Elements {@code [a, b)} as the primitive array (or rows) of the spec's value type. */
    private static Object values(IndexedStream stream, long a, long b) {
        switch (stream.spec().valueType()) {
            case FLOAT64:
                return stream.doubles(a, b);
            case FLOAT32:
                return stream.floats(a, b);
            case INT64:
                return stream.longs(a, b);
            case ROWS_FLOAT64:
            case ROWS_INT64:
                return stream.rows(a, b);
            default:
                return stream.bytes(a, b);
        }
    }

    /**
     * The indexed stream of the first {@code n} elements; for scan specs, pass 1 runs as a Spark
     * job over up to {@code parallelism} tasks and the fix-up on the driver (usually one round).
     */
    public static IndexedStream plan(SparkSession spark, StreamSpec spec, long n, int parallelism) {
        if (spec.mode() != Mode.SCAN) {
            return IndexedStream.of(spec, n);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ScanPlan.Builder b = ScanPlan.builder(spec, n);
        while (!b.done()) {
            List<Long> blocks = new ArrayList<>();
            for (long block : b.nextBlocks()) {
                blocks.add(block);
            }
            int slices = Math.max(1, Math.min(parallelism, blocks.size()));
            for (BlockSummary s : jsc.parallelize(blocks, slices).map(block -> ScanPlan.summarize(spec, block))
                    .collect()) {
                b.add(s);
            }
        }
        return IndexedStream.of(spec, b.build());
    }

    /**
     * A column holding element {@code index} of a seek-mode spec, row by row (each row positions
     * its own generator: about a microsecond). {@code index} must come from the data: neither
     * {@code monotonically_increasing_id()} (partition id in the upper bits) nor
     * {@code zipWithIndex} (which may change when an unordered parent is recomputed) is a stable
     * key across partitionings and retries.
     */
    public static Column at(StreamSpec spec, Column index) {
        if (spec.mode() != Mode.SEEK) {
            throw new IllegalArgumentException("at(...) needs a seek-mode spec, not " + spec.mode() + ": " + spec);
        }
        IndexedStream s = IndexedStream.of(spec, Long.MAX_VALUE);
        UserDefinedFunction f;
        switch (spec.valueType()) {
            case FLOAT64:
                f = functions.udf((UDF1<Long, Double>) i -> s.doubles(i, i + 1)[0], DataTypes.DoubleType);
                break;
            case FLOAT32:
                f = functions.udf((UDF1<Long, Float>) i -> s.floats(i, i + 1)[0], DataTypes.FloatType);
                break;
            case INT64:
                f = functions.udf((UDF1<Long, Long>) i -> s.longs(i, i + 1)[0], DataTypes.LongType);
                break;
            default:
                f = functions.udf((UDF1<Long, Byte>) i -> s.bytes(i, i + 1)[0], DataTypes.ByteType);
                break;
        }
        return f.apply(index.cast(DataTypes.LongType));
    }

    /** {@code (id BIGINT, value T)}. */
    public static StructType schema(StreamSpec spec) {
        return new StructType().add("id", DataTypes.LongType, false).add("value", valueType(spec), false);
    }

    private static DataType valueType(StreamSpec spec) {
        switch (spec.valueType()) {
            case FLOAT64:
                return DataTypes.DoubleType;
            case FLOAT32:
                return DataTypes.FloatType;
            case INT64:
                return DataTypes.LongType;
            case ROWS_FLOAT64:
                return DataTypes.createArrayType(DataTypes.DoubleType, false);
            case ROWS_INT64:
                return DataTypes.createArrayType(DataTypes.LongType, false);
            default:
                return DataTypes.ByteType;
        }
    }

    /** The rows of ids {@code [from, to)}, generated a chunk at a time. */
    private static final class Rows extends ChunkedRows {
        private final IndexedStream stream;

        Rows(IndexedStream stream, long from, long to) {
            super(from, to, CHUNK);
            this.stream = stream;
        }

        @Override
        Object draw(long a, long b) {
            return values(stream, a, b);
        }

        @Override
        Object value(Object chunk, int r) {
            return java.lang.reflect.Array.get(chunk, r);
        }
    }

    /** For tests: the partition a task runs, or -1 outside a task. */
    static int partition() {
        TaskContext tc = TaskContext.get();
        return tc == null ? -1 : tc.partitionId();
    }
}
