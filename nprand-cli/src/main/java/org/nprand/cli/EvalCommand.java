package org.nprand.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.nprand.cli.eval.Interpreter;
import org.nprand.cli.value.PythonErrors;
import org.nprand.errors.PythonError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nprand eval "PYTHON"}: Python statements with numpy.random and random, printed as Python prints. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs Python statements that use numpy.random (NumPy 2.4.6) or random (CPython 3.13) and prints "
                + "what the Python prompt prints: the repr of every expression statement that is not None, and "
                + "whatever print() writes. Arrays print with NumPy's rules.",
            "",
            "Runs: imports of numpy, numpy.random and random (with any alias, and from-imports), assignments, "
                + "calls with positional, keyword, * and ** arguments, literals (ints of any size, floats, "
                + "strings, bytes, tuples, lists, dicts, None, True, False), attributes "
                + "(rng.bit_generator.state), subscripts, arithmetic on numbers, for and if blocks, list "
                + "comprehensions, and builtins such as print, len, range, list, int, float, round, min, max.",
            "A Python error stops the run with Python's last traceback line on standard error and exit status 1; "
                + "Python that nprand eval does not run (def, lambda, array arithmetic, other modules) says so "
                + "with NotImplementedError.",
        },
        footer = {
            "",
            "Examples:",
            "  nprand eval \"import numpy as np; np.random.seed(101); print(np.random.randint(1, 100, 5))\"",
            "  nprand eval \"import numpy as np; rng = np.random.default_rng(42); rng.integers(0, 10, size=5)\"",
            "  nprand eval \"import random; random.seed(10); random.randint(1, 100)\"",
            "  nprand eval - < script.py",
        })
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PYTHON",
            description = "the statements (separated by ; or new lines), or - (the default) to read them from standard input")
    private String code = "-";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    EvalCommand() {
        this(System.in, System.out, System.err);
    }

    EvalCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if ("-".equals(code) && in == System.in && stdinIsTerminal()) {
            err.println("nprand eval: reading Python from standard input (end with Ctrl-D; or: nprand eval \"STATEMENTS\")");
        }
        String source = "-".equals(code) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : code;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        int status = run(source, w, err);
        return status;
    }

    private static boolean stdinIsTerminal() {
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/0");
            if (java.nio.file.Files.exists(fd)) {
                String t = java.nio.file.Files.readSymbolicLink(fd).toString();
                return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // not Linux: say nothing
        }
        return false;
    }

    /** Runs {@code source}, output to {@code w} (flushed), a Python error to {@code err}: 0 or 1. */
    static int run(String source, Writer w, PrintStream err) throws IOException {
        Interpreter interpreter = new Interpreter(w);
        try {
            interpreter.run(source);
            w.flush();
            return 0;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            w.flush();
            err.println(errorLine(e));
            err.flush();
            return 1;
        }
    }

    /** Python's last traceback line ({@code NameError: name 'x' is not defined}). */
    static String errorLine(Throwable e) {
        String type = PythonErrors.pythonType(e);
        String message = PythonErrors.message(e);
        if (!(e instanceof PythonError) && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
            return "nprand eval: internal error (a bug in nprand, please report it): " + e;
        }
        return message.isEmpty() ? type : type + ": " + message;
    }
}
