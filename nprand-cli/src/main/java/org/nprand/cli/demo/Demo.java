package org.nprand.cli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.NpRandom;
import org.nprand.python.PyRandomModule;

/**
 * {@code nprand demo}: the seed documents' examples, each Python line beside what it prints,
 * the output computed by nprand through the module-level facades ({@link NpRandom} for
 * {@code np.random}, {@link PyRandomModule} for {@code random}) exactly as a user would call them,
 * and printed the way Python prints it (NumPy's array {@code str}, Python's {@code repr}).
 */
public final class Demo {

    /** One example: the Python line and nprand's output for it. */
    public record Example(String python, String output) {
    }

    private Demo() {
    }

    /** The examples, in order; each runs its own seeding, so the order does not matter. */
    public static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        add(out, "np.random.seed(101); print(np.random.randint(1, 100, 5))", () -> {
            NpRandom.seed(101);
            return NumpyPrint.str(NpRandom.randint(1, 100, 5));
        });
        for (int run = 0; run < 2; run++) {
            add(out, "np.random.seed(0); print(np.random.rand(5))", () -> {
                NpRandom.seed(0);
                return NumpyPrint.str(NpRandom.rand(5));
            });
        }
        add(out, "random.seed(10); print([random.randint(1, 100) for _ in range(5)])", () -> {
            PyRandomModule.seed(10);
            List<Long> draws = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                draws.add(PyRandomModule.randint(1, 100));
            }
            return PyRepr.repr(draws);
        });
        add(out, "np.random.seed(4); print(np.random.randint(low=1, high=20, size=5))", () -> {
            NpRandom.seed(4);
            return NumpyPrint.str(NpRandom.randint(1, 20, 5));
        });
        add(out, "np.random.seed(101); a = [1, 2, 3, 4, 5]; np.random.shuffle(a); print(a)", () -> {
            NpRandom.seed(101);
            List<Long> a = new ArrayList<>(Arrays.asList(1L, 2L, 3L, 4L, 5L));
            NpRandom.shuffle(a);
            return PyRepr.repr(a);
        });
        add(out, "random.seed(101); a = [1, 2, 3, 4, 5]; random.shuffle(a); print(a)", () -> {
            PyRandomModule.seed(101);
            List<Long> a = new ArrayList<>(Arrays.asList(1L, 2L, 3L, 4L, 5L));
            PyRandomModule.shuffle(a);
            return PyRepr.repr(a);
        });
        add(out, "np.random.seed(0); print(np.random.standard_exponential(3))", () -> {
            NpRandom.seed(0);
            return NumpyPrint.str(NpRandom.standardExponential(3));
        });
        add(out, "np.random.seed(0); print(np.random.triangular(10, 20, 30))", () -> {
            NpRandom.seed(0);
            return PyRepr.repr(NpRandom.triangular(10, 20, 30));
        });
        add(out, "random.seed(10); print(random.random())", () -> {
            PyRandomModule.seed(10);
            return PyRepr.repr(PyRandomModule.random());
        });
        return out;
    }

    private static void add(List<Example> out, String python, Supplier<String> output) {
        out.add(new Example(python, output.get()));
    }

    /** The demo text: a header, then each Python line with its output beside it. */
    public static String text() {
        List<Example> examples = examples();
        int width = 0;
        for (Example e : examples) {
            width = Math.max(width, e.python().length());
        }
        StringBuilder b = new StringBuilder();
        b.append("nprand demo: Python lines (import numpy as np; import random) and, beside each,\n");
        b.append("what it prints, computed by nprand on the JVM.\n\n");
        for (Example e : examples) {
            b.append(e.python()).append(" ".repeat(width - e.python().length())).append("  # ")
                    .append(e.output()).append('\n');
        }
        return b.toString();
    }
}
