package org.nprand.cli.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import org.nprand.numpy.NdArray;
import org.nprand.cli.generate.GeneratorOptions.UsageException;

/**
 * {@code nprand generate}'s work: draws a {@link Job} from a {@link Source} chunk by chunk into
 * a format's writer, or into a histogram. A file is written under a temporary name in its
 * directory and moved into place only when complete, so an error or an interrupt never leaves a
 * half-written file under the output name.
 */
public final class Generate {

    /** Elements per chunk unless told otherwise. */
    public static final int DEFAULT_CHUNK = 1 << 16;

    private Generate() {
    }

    /**
     * What to do, besides the job.
     *
     * @param threads draw on this many threads (1: the plain single-thread path)
     * @param engine {@code "local"} (this JVM) or {@code "spark"}
     * @param partitions Spark partitions (0: the session's default parallelism)
     * @param master a Spark master URL, or null (an embedded {@code local[*]})
     * @param blocked the blocked stream to draw ({@code --blocked}), or null for the single call
     */
    public record Options(String output, String format, boolean hist, int bins, int chunk, Boolean progress,
                          int threads, String engine, int partitions, String master, Blocked blocked) {

        /** One thread. */
        public Options(String output, String format, boolean hist, int bins, int chunk, Boolean progress) {
            this(output, format, hist, bins, chunk, progress, 1, "local", 0, null, null);
        }

        boolean spark() {
            return "spark".equals(engine);
        }
    }

    /**
     * {@code --blocked B}: NumPy's documented blocked stream instead of the single call: block
     * {@code b} of {@code B} elements (vectors for the vector methods) is drawn by
     * {@code Generator(BG(child_b))}, or {@code RandomState(BG(child_b))} when {@code legacy},
     * with {@code child_b = SeedSequence(seed).spawn(...)[b]}.
     */
    public record Blocked(long size, String bitGenerator, org.nprand.bitgen.SeedSequence seed, boolean legacy) {

        StreamJobs.Mapping mapping(Job job) {
            StreamJobs.Mapping m = StreamJobs.blocked(job, bitGenerator, seed, legacy, size);
            if (m.stream() == null) {
                throw new UsageException("--blocked: " + m.reason());
            }
            return m;
        }
    }

    /**
     * The NumPy code of a {@code --blocked} job: the blocked stream's three lines, reshaped to
     * the job's size when it has more than one dimension.
     */
    public static String explainBlocked(Job job, Blocked b) {
        StreamJobs.Mapping m = b.mapping(job);
        long n = StreamJobs.elements(job);
        String code = m.mvn() != null ? m.mvn().numpyCode(n) : m.spec().numpyCode(n);
        long[] shape = job.shape();
        if (shape.length > 1) {
            boolean vectors = m.mvn() != null || m.spec().valueType() == org.nprand.parallel.ValueType.ROWS_FLOAT64
                    || m.spec().valueType() == org.nprand.parallel.ValueType.ROWS_INT64;
            StringBuilder t = new StringBuilder();
            for (long d : shape) {
                t.append(t.length() > 0 ? ", " : "").append(d);
            }
            code += "\nout = out.reshape((" + t + (vectors ? ", -1" : "") + "))";
        }
        return code;
    }

    /** Where a run's chunks come from: the job's own calls, or an engine over its spec. */
    private interface Engine {
        Iterator<Chunk> chunks(Source source);
    }

    /**
     * Runs the job.
     *
     * @param out standard output (the default destination)
     * @param err standard error (progress)
     */
    public static void run(Source source, Job job, Options o, PrintStream out, PrintStream err) throws IOException {
        int chunk = o.chunk() > 0 ? o.chunk() : DEFAULT_CHUNK;
        if (o.threads() < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        if (!o.spark() && !"local".equals(o.engine())) {
            throw new UsageException("unknown engine '" + o.engine() + "' (local, spark)");
        }
        if (!o.spark() && (o.partitions() != 0 || o.master() != null)) {
            throw new UsageException("--partitions and --master are for --engine spark");
        }
        if (o.spark() && o.threads() != 1) {
            throw new UsageException("--threads is for --engine local: Spark's parallelism is its master's cores "
                    + "and --partitions");
        }
        if (o.partitions() < 0) {
            throw new UsageException("--partitions must be positive");
        }
        if (o.hist()) {
            if (o.output() != null || o.format() != null) {
                throw new UsageException("--hist prints a histogram instead of the numbers: leave out -o and --format");
            }
            Source second = source.copy();
            job.check(source);
            Engine engine = engine(source, job, o, chunk, err);
            Histogram h = new Histogram();
            Iterator<Chunk> first = engine.chunks(source);
            try {
                h.measure(track(first, job.rows(), err, o.progress()));
            } finally {
                closeQuietly(first);
            }
            Iterator<Chunk> again = engine.chunks(second);
            try {
                out.print(h.render(again, o.bins(), 50));
            } finally {
                closeQuietly(again);
            }
            out.flush();
            return;
        }
        Format format;
        if (o.format() != null) {
            format = Format.named(o.format());
        } else if (o.output() != null && !o.output().equals("-")) {
            format = Format.ofFile(o.output());
            if (format == null) {
                throw new UsageException("cannot tell the format from the name " + o.output()
                        + " (.npy, .csv, .jsonl, .txt, .bin): give --format");
            }
        } else {
            format = Format.TEXT;
        }
        boolean toStdout = o.output() == null || o.output().equals("-");
        if (toStdout && format.binary && stdoutIsTerminal()) {
            throw new UsageException(format.name().toLowerCase() + " is binary: write it to a file (-o FILE) or a pipe");
        }
        job.check(source);
        Engine engine = engine(source, job, o, chunk, err);
        if (toStdout) {
            OutputStream os = new BufferedOutputStream(out, 1 << 16);
            write(engine.chunks(source), job, format, os, err, o.progress());
            os.flush();
            return;
        }
        Path target = Path.of(o.output());
        Path tmp = temporaryBeside(target, o.output());
        Thread cleanup = new Thread(() -> deleteQuietly(tmp));
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean done = false;
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                write(engine.chunks(source), job, format, os, err, o.progress());
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: keep the default permissions
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (FileSystemException e) {
            throw new UsageException("cannot write " + o.output() + ": " + reason(e));
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
    }

    private static void write(Iterator<Chunk> chunks, Job job, Format format, OutputStream os, PrintStream err,
                              Boolean progress) throws IOException {
        try {
            Sinks.Sink sink = Sinks.of(format, os, job.rows(), job.shape() != null);
            Iterator<Chunk> it = track(chunks, job.rows(), err, progress);
            while (it.hasNext()) {
                sink.write(it.next());
            }
            sink.finish();
        } finally {
            closeQuietly(chunks);
        }
    }

    /**
     * The engine of a run: with {@code --threads T > 1} or {@code --engine spark}, a job that has
     * a spec of {@code org.nprand.parallel} ({@link StreamJobs}) is drawn by
     * {@link ThreadedChunks} or {@link SparkChunks}, after its first rows are checked against the
     * method's own call; any other job, with a note on standard error, by the single-thread path,
     * which writes the same file.
     */
    private static Engine engine(Source source, Job job, Options o, int chunk, PrintStream err) {
        Engine plain = s -> job.chunks(s, chunk);
        if (o.blocked() != null) {
            return blockedEngine(source, job, o, chunk);
        }
        if (o.threads() <= 1 && !o.spark()) {
            return plain;
        }
        String what = o.spark() ? "--engine spark" : "--threads " + o.threads();
        String why;
        StreamJobs.Mapping m = StreamJobs.of(source, job);
        if (m.stream() != null) {
            int[] sized = job.rowShape();
            long perRow = 1;
            for (int d : sized) {
                perRow *= d;
            }
            if (job.rows() == 0 || perRow == 0) {
                return plain;
            }
            int k = (int) Math.max(1, Math.min(job.rows(), 1024 / perRow));
            NdArray expected = job.firstRows(source.copy(), k);
            int[] rowShape = rowShape(expected, sized);
            if (rowShape == null) {
                return plain;
            }
            NdArray mine = ThreadedChunks.first(m, k, rowShape, expected.dtype());
            if (Job.sameValues(expected, mine)) {
                int step = chunk == DEFAULT_CHUNK ? ThreadedChunks.CHUNK : chunk;
                if (o.spark()) {
                    return s -> new SparkChunks(m, job.rows(), rowShape, expected.dtype(), o.partitions(),
                            o.master(), step);
                }
                return s -> new ThreadedChunks(m, job.rows(), rowShape, expected.dtype(), o.threads(), step);
            }
            why = "the split stream does not match " + job.method() + "'s own first values";
        } else {
            why = m.reason();
        }
        if (o.spark() && !SparkChunks.available()) {
            throw new UsageException(SparkChunks.MISSING);
        }
        err.println("nprand generate: " + what + ": " + why + "; drawing on one thread");
        err.flush();
        return plain;
    }

    /**
     * A row's shape from the job's own first rows (a vector method's rows end with the vector's
     * length: dirichlet, multinomial, multivariate_normal), or null when they do not have the
     * job's row shape.
     */
    private static int[] rowShape(NdArray expected, int[] sized) {
        long[] full = expected.shape();
        if (full.length == 0 || full.length - 1 < sized.length) {
            return null;
        }
        int[] rowShape = new int[full.length - 1];
        for (int i = 1; i < full.length; i++) {
            rowShape[i - 1] = Math.toIntExact(full[i]);
        }
        return rowShape;
    }

    /**
     * {@code --blocked}: the blocked stream's spec drawn on {@code --threads} threads (one by
     * default) or by Spark; the job's own first rows give only the row shape and the dtype (the
     * values are another stream's).
     */
    private static Engine blockedEngine(Source source, Job job, Options o, int chunk) {
        StreamJobs.Mapping m = o.blocked().mapping(job);
        int[] sized = job.rowShape();
        long perRow = 1;
        for (int d : sized) {
            perRow *= d;
        }
        if (job.rows() == 0 || perRow == 0) {
            return s -> job.chunks(s, chunk);
        }
        int k = (int) Math.max(1, Math.min(job.rows(), 1024 / perRow));
        NdArray expected = job.firstRows(source.copy(), k);
        int[] rowShape = rowShape(expected, sized);
        if (rowShape == null) {
            throw new UsageException("--blocked: " + job.method() + " with these arguments has no blocked stream");
        }
        if (o.spark() && !SparkChunks.available()) {
            throw new UsageException(SparkChunks.MISSING);
        }
        int step = chunk == DEFAULT_CHUNK ? ThreadedChunks.CHUNK : chunk;
        if (o.spark()) {
            return s -> new SparkChunks(m, job.rows(), rowShape, expected.dtype(), o.partitions(), o.master(), step);
        }
        return s -> new ThreadedChunks(m, job.rows(), rowShape, expected.dtype(), o.threads(), step);
    }

    private static void closeQuietly(Object o) {
        if (o instanceof AutoCloseable) {
            try {
                ((AutoCloseable) o).close();
            } catch (Exception e) {
                // the run's own outcome matters more
            }
        }
    }

    /** The chunks, reporting progress as they are drawn. */
    private static Iterator<Chunk> track(Iterator<Chunk> chunks, long rows, PrintStream err, Boolean progress) {
        boolean on = progress != null ? progress : Progress.stderrIsTerminal();
        Progress p = new Progress(err, rows, on);
        return new Iterator<Chunk>() {
            private long done;

            @Override
            public boolean hasNext() {
                boolean more = chunks.hasNext();
                if (!more) {
                    p.finish();
                }
                return more;
            }

            @Override
            public Chunk next() {
                Chunk c = chunks.next();
                done += c.rows();
                p.update(done);
                return c;
            }
        };
    }

    private static Path temporaryBeside(Path target, String name) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new UsageException("cannot write " + name + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("cannot write " + name + ": no such directory");
        }
        try {
            return Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot write " + name + ": permission denied");
        } catch (IOException e) {
            throw new UsageException("cannot write " + name + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String m = e.getMessage();
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            m = ((FileSystemException) e).getReason();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do
        }
    }

    private static boolean stdoutIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/1");
            if (Files.exists(fd)) {
                String t = Files.readSymbolicLink(fd).toString();
                return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return false;
    }
}
