package org.nprand.cli;

import org.nprand.math.Libm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code nprand} command. Subcommands: {@code replay}, {@code demo}. */
@Command(name = "nprand", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ReplayCommand.class, DemoCommand.class},
        description = "NumPy's and CPython's seeded random streams on the JVM, bit for bit.")
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

    public static void main(String[] args) {
        try {
            // Reads -Dnprand.libm now, so a bad value stops the command before any work is done.
            boolean fma = Libm.FMA;
        } catch (ExceptionInInitializerError e) {
            System.err.println("nprand: " + e.getCause().getMessage());
            System.exit(2);
        }
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
