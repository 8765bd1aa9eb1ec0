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

    /** What to do, besides the job. */
    public record Options(String output, String format, boolean hist, int bins, int chunk, Boolean progress) {
    }

    /**
     * Runs the job.
     *
     * @param out standard output (the default destination)
     * @param err standard error (progress)
     */
    public static void run(Source source, Job job, Options o, PrintStream out, PrintStream err) throws IOException {
        int chunk = o.chunk() > 0 ? o.chunk() : DEFAULT_CHUNK;
        if (o.hist()) {
            if (o.output() != null || o.format() != null) {
                throw new UsageException("--hist prints a histogram instead of the numbers: leave out -o and --format");
            }
            Source second = source.copy();
            job.check(source);
            Histogram h = new Histogram();
            h.measure(track(job.chunks(source, chunk), job.rows(), err, o.progress()));
            out.print(h.render(job.chunks(second, chunk), o.bins(), 50));
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
        if (toStdout) {
            OutputStream os = new BufferedOutputStream(out, 1 << 16);
            write(source, job, format, os, chunk, err, o.progress());
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
                write(source, job, format, os, chunk, err, o.progress());
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

    private static void write(Source source, Job job, Format format, OutputStream os, int chunk, PrintStream err,
                              Boolean progress) throws IOException {
        Sinks.Sink sink = Sinks.of(format, os, job.rows(), job.shape() != null);
        Iterator<Chunk> it = track(job.chunks(source, chunk), job.rows(), err, progress);
        while (it.hasNext()) {
            sink.write(it.next());
        }
        sink.finish();
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
