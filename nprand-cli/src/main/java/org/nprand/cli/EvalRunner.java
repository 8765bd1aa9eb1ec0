package org.nprand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;

/** {@code nprand eval} in-process, for tests and embedding: the exit status it would return. */
public final class EvalRunner {

    private EvalRunner() {
    }

    /**
     * Runs {@code source} as {@code nprand eval} does.
     *
     * @param out what Python would print to standard output (flushed)
     * @param err receives the Python error line, if any
     * @return 0, or 1 after a Python error
     */
    public static int run(String source, Writer out, PrintStream err) throws IOException {
        return EvalCommand.run(source, out, err);
    }
}
