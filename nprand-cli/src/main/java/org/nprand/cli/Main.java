package org.nprand.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nprand} command. Subcommands: {@code replay}, {@code demo}. */
@Command(name = "nprand", mixinStandardHelpOptions = true, version = "nprand 0.1.0",
        subcommands = {ReplayCommand.class, DemoCommand.class},
        description = "NumPy's and CPython's seeded random streams on the JVM, bit for bit.")
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
