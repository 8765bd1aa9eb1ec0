package org.nprand.cli;

import java.util.concurrent.Callable;
import org.nprand.cli.demo.Demo;
import picocli.CommandLine.Command;

/** {@code nprand demo}: the seed documents' examples, each beside its Python line. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Prints the seed documents' examples, each beside the Python that gives the same output.")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.print(Demo.text());
        System.out.flush();
        return 0;
    }
}
