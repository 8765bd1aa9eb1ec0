package org.nprand.cli.generate;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on standard error, for jobs that take more than a moment: it appears after one
 * second, is redrawn at most five times a second, and is erased at the end. Only when standard
 * error is a terminal (or when asked for).
 */
final class Progress {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final long total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err, long total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    /** Whether standard error is a terminal (Linux: fd 2 is a tty; elsewhere: a console is attached). */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || (drawn && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double f = Math.min(1.0, (double) done / total);
        int width = 30;
        int filled = (int) (f * width);
        double elapsed = (now - start) / 1e9;
        String eta = f > 0 ? formatSeconds(elapsed * (1 - f) / f) + " left" : "";
        err.print("\rnprand generate " + String.format("%3d%%", (int) (f * 100)) + " ["
                + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " rows, " + eta + "  ");
        err.flush();
    }

    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }

    private static String formatSeconds(double s) {
        if (s < 60) {
            return (int) Math.ceil(s) + " s";
        }
        return (int) (s / 60) + " min " + (int) (s % 60) + " s";
    }
}
