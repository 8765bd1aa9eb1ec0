package org.nprand.cli.generate;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.nprand.numpy.NdArray;
import org.nprand.parallel.ParallelReader;
import org.nprand.parallel.MultivariateNormalSpec;
import org.nprand.parallel.StreamSpec;

/**
 * {@code generate --threads}: a job's rows drawn by a {@link ParallelReader} on several threads,
 * the next chunk drawn while the previous one is written. The chunks are arrays of the dtype the
 * one-thread path gives (checked on the first rows before anything is written).
 */
final class ThreadedChunks implements Iterator<Chunk>, AutoCloseable {

    /** Elements per chunk when the command line's chunk is the default: enough for every thread. */
    static final int CHUNK = 1 << 20;

    private final ParallelReader reader;
    /** A multivariate_normal's transform of the normals read, or null. */
    private final MultivariateNormalSpec mvn;
    private final StreamSpec spec;
    private final String dtype;
    private final int[] rowShape;
    private final int perRow;
    private final int step;
    private final long rows;
    private final ExecutorService ahead;
    private long requested;
    private Future<Chunk> next;

    /**
     * @param rowShape the output shape after the first dimension
     * @param dtype the dtype of the one-thread path's arrays
     */
    ThreadedChunks(StreamSpec spec, long rows, int[] rowShape, String dtype, int threads, int chunkElements) {
        this(spec, null, rows, rowShape, dtype, threads, chunkElements);
    }

    /**
     * The rows of a mapping: a spec's elements, or the vectors of a {@code multivariate_normal}
     * made from its normals ({@code rowShape} then ends with the vector's length).
     */
    ThreadedChunks(StreamJobs.Mapping m, long rows, int[] rowShape, String dtype, int threads, int chunkElements) {
        this(m.stream(), m.mvn(), rows, rowShape, dtype, threads, chunkElements);
    }

    private ThreadedChunks(StreamSpec spec, MultivariateNormalSpec mvn, long rows, int[] rowShape, String dtype,
                           int threads, int chunkElements) {
        this.mvn = mvn;
        int per = elementsPerRow(spec, rowShape);
        this.spec = spec;
        this.perRow = per;
        this.rowShape = rowShape;
        this.rows = rows;
        this.dtype = dtype;
        this.step = Math.max(1, chunkElements / Math.max(1, per));
        this.reader = ParallelReader.open(spec, Math.multiplyExact(rows, (long) per), threads);
        this.ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nprand-generate-ahead");
            t.setDaemon(true);
            return t;
        });
        schedule();
    }

    /**
     * The spec's elements per output row: the product of {@code rowShape}, without its last
     * dimension for a vector spec (each element is a vector of that length).
     */
    static int elementsPerRow(StreamSpec spec, int[] rowShape) {
        boolean vectors = spec.valueType() == org.nprand.parallel.ValueType.ROWS_FLOAT64
                || spec.valueType() == org.nprand.parallel.ValueType.ROWS_INT64;
        int per = 1;
        for (int i = 0; i < rowShape.length - (vectors ? 1 : 0); i++) {
            per *= rowShape[i];
        }
        return per;
    }

    /** The first {@code rows} rows, drawn on the calling thread (for the check against the method's own call). */
    static NdArray first(StreamJobs.Mapping m, long rows, int[] rowShape, String dtype) {
        try (ThreadedChunks c = new ThreadedChunks(m, rows, rowShape, dtype, 1, Integer.MAX_VALUE)) {
            return c.next().array();
        }
    }

    private void schedule() {
        if (requested >= rows) {
            next = null;
            return;
        }
        int k = (int) Math.min(step, rows - requested);
        long first = requested;
        requested += k;
        next = ahead.submit(() -> read(first, k));
    }

    /** Rows {@code [first, first + k)}: the reader's next ones. */
    private Chunk read(long first, int k) {
        int n = k * perRow;
        Object data = newArray(spec, n);
        switch (spec.valueType()) {
            case FLOAT64:
                reader.read((double[]) data, 0, n);
                break;
            case FLOAT32:
                reader.read((float[]) data, 0, n);
                break;
            case INT64:
                reader.read((long[]) data, 0, n);
                break;
            default:
                reader.read((Object[]) data, 0, n);
                break;
        }
        if (mvn != null) {
            int d = mvn.dim();
            double[] out = new double[n];
            mvn.transform((double[]) data, 0, first * (perRow / d), n / d, reader.size() / d, out, 0);
            data = out;
        }
        return chunk(dtype, rowShape, k, data);
    }

    /** An array for {@code n} elements of the spec (float64, float32 or integer: the job's arrays). */
    static Object newArray(StreamSpec spec, int n) {
        switch (spec.valueType()) {
            case FLOAT64:
                return new double[n];
            case FLOAT32:
                return new float[n];
            case INT64:
                return new long[n];
            case ROWS_FLOAT64:
            case ROWS_INT64:
                return new Object[n];
            default:
                throw new IllegalStateException(spec + " has no array form");
        }
    }

    /**
     * {@code k} rows of {@code rowShape} over {@code data} as a chunk of dtype {@code dtype};
     * vectors ({@code Object[]} of {@code double[]} or {@code long[]}, whose length is
     * {@code rowShape}'s last dimension) are laid out flat, in C order.
     */
    static Chunk chunk(String dtype, int[] rowShape, int k, Object data) {
        if (data instanceof Object[]) {
            Object[] rows = (Object[]) data;
            int d = rowShape[rowShape.length - 1];
            if (dtype.equals("float64")) {
                double[] flat = new double[rows.length * d];
                for (int i = 0; i < rows.length; i++) {
                    System.arraycopy((double[]) rows[i], 0, flat, i * d, d);
                }
                data = flat;
            } else {
                long[] flat = new long[rows.length * d];
                for (int i = 0; i < rows.length; i++) {
                    System.arraycopy((long[]) rows[i], 0, flat, i * d, d);
                }
                data = flat;
            }
        }
        int[] shape = new int[rowShape.length + 1];
        shape[0] = k;
        System.arraycopy(rowShape, 0, shape, 1, rowShape.length);
        return new Chunk(new NdArray(dtype, shape, data), null, k);
    }

    @Override
    public boolean hasNext() {
        boolean more = next != null;
        if (!more) {
            close();
        }
        return more;
    }

    @Override
    public Chunk next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Chunk c;
        try {
            c = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
        schedule();
        return c;
    }

    @Override
    public void close() {
        if (next != null) {
            next.cancel(true);
            next = null;
        }
        ahead.shutdownNow();
        try {
            // the reader is the drawing thread's until it stops
            ahead.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
