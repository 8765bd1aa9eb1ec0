package org.nprand.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.nprand.cli.generate.GeneratorOptions.UsageException;
import org.nprand.cli.value.PythonErrors;
import org.nprand.errors.PythonError;
import org.nprand.math.Libm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code nprand} command. Subcommands: {@code eval}, {@code generate}, {@code state},
 * {@code replay}, {@code demo}.
 *
 * <p>Bad input anywhere ends with one line on standard error and a non-zero status, never a
 * stack trace: 2 for a usage problem (an unknown option, a bad size, an unwritable file), 1 for
 * an error Python would raise (with Python's class and message), 70 for a bug in nprand (set
 * {@code NPRAND_DEBUG=1} to see its stack trace).
 */
@Command(name = "nprand", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {EvalCommand.class, GenerateCommand.class, StateCommand.class, ReplayCommand.class,
            DemoCommand.class, CommandLine.HelpCommand.class},
        description = "NumPy's and CPython's seeded random streams on the JVM, bit for bit.",
        footer = {
            "",
            "Examples:",
            "  nprand eval \"import numpy as np; np.random.seed(101); print(np.random.randint(1, 100, 5))\"",
            "  nprand generate --seed 42 integers 0 10 --size 1000000 -o x.npy",
            "  nprand state --seed 42 > state.json",
            "  nprand COMMAND --help",
        })
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** {@code nprand --version}: the version and the exact-math reference this run reproduces. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "nprand " + version() + " (references: NumPy 2.4.6, CPython 3.13)",
                "libm: glibc 2.36 x86-64, " + (Libm.FMA ? "FMA" : "no-FMA (SSE2)") + " variant (-Dnprand.libm=fma|nofma)",
                "sin/cos/acos: " + (Libm.trigIsExact()
                        ? "exact (nprand-libm-lgpl present)"
                        : "nprand's own implementation, not bit-exact (nprand-libm-lgpl.jar not found)"),
            };
        }
    }

    /** The jar's Implementation-Version (the Maven version), or "dev" when run from classes. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** The command line with nprand's error handling: one line per error, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            String name = c.getCommandSpec().qualifiedName();
            err.println(name + ": " + firstLine(ex.getMessage()) + " (see '" + name + " --help')");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter err = c.getErr();
            String name = c.getCommandSpec().qualifiedName();
            Throwable t = ex instanceof UncheckedIOException ? ex.getCause() : ex;
            int status;
            String message;
            if (t instanceof UsageException) {
                status = 2;
                message = t.getMessage();
            } else if (t instanceof PythonError) {
                status = 1;
                message = PythonErrors.pythonType(t) + ": " + PythonErrors.message(t);
            } else if (t instanceof IOException) {
                status = 1;
                message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            } else if (t instanceof OutOfMemoryError) {
                status = 1;
                message = "out of memory (give the JVM more with NPRAND_JAVA_OPTS=-Xmx8g, or use a smaller size)";
            } else {
                status = 70;
                message = "internal error (a bug in nprand, please report it): " + t;
            }
            err.println(name + ": " + firstLine(message));
            if (status == 70 && System.getenv("NPRAND_DEBUG") != null) {
                t.printStackTrace(err);
            }
            err.flush();
            return status;
        });
        return cl;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    public static void main(String[] args) {
        try {
            // Reads -Dnprand.libm now, so a bad value stops the command before any work is done.
            boolean fma = Libm.FMA;
        } catch (ExceptionInInitializerError e) {
            System.err.println("nprand: " + e.getCause().getMessage());
            System.exit(2);
        }
        System.exit(commandLine().execute(args));
    }
}
