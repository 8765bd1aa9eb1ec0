package org.nprand.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.nprand.cli.generate.Chunk;
import org.nprand.cli.generate.Generate;
import org.nprand.cli.generate.GeneratorOptions;
import org.nprand.cli.generate.Job;
import org.nprand.cli.generate.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nprand state}: a generator's state as JSON that Python loads in one line, and back. */
@Command(name = "state", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Prints a generator's state as JSON, after the seed and (optionally) a draw METHOD ARG... --size N: "
                + "NumPy's rng.bit_generator.state, RandomState's get_state(legacy=False) (--legacy), or "
                + "random.getstate() (--python), with arrays as lists. Python loads it in one line:",
            "  rng.bit_generator.state = json.load(f)",
            "  np.random.set_state(json.load(f))                      # --legacy",
            "  v, s, g = json.load(f); random.setstate((v, tuple(s), g))   # --python",
            "",
            "The other way: save the state in Python with json.dump(STATE, f, default=lambda a: a.tolist()) and read it "
                + "with --state FILE (here, or in 'nprand generate --state FILE' to continue the stream).",
        },
        footer = {
            "",
            "Examples:",
            "  nprand state --seed 42 random --size 1000 -o state.json   # after rng.random(1000)",
            "  nprand state --legacy --seed 101",
            "  nprand state --state from_python.json                     # check and normalise a state",
            "  nprand state --seed 42 --explain                          # also print the Python that loads it",
        })
final class StateCommand implements Callable<Integer> {

    @Mixin
    GeneratorOptions generator;

    @Parameters(index = "0", arity = "0..1", paramLabel = "METHOD", description = "draw with this method first (optional)")
    String method;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "its arguments, Python values; KEY=VALUE for keywords")
    List<String> args = new ArrayList<>();

    @Option(names = {"-n", "--size"}, paramLabel = "SIZE", description = "the draw's size (as in generate)")
    String size;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the JSON to FILE instead of standard output")
    String output;

    @Option(names = "--explain", description = "after the JSON, print (on standard error) the Python that loads it")
    boolean explain;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    StateCommand() {
        this(System.in, System.out, System.err);
    }

    StateCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Source source = generator.create(in);
        String drawn = null;
        if (method != null) {
            Job job = Job.parse(source.api(), method, args, size);
            job.check(source);
            drawn = job.python(source);
            Iterator<Chunk> it = job.chunks(source, Generate.DEFAULT_CHUNK);
            while (it.hasNext()) {
                it.next();
            }
        } else if (size != null || !args.isEmpty()) {
            throw new GeneratorOptions.UsageException("--size needs a METHOD to draw with");
        }
        String json = source.stateJson() + "\n";
        if (output == null || output.equals("-")) {
            out.print(json);
            out.flush();
        } else {
            writeAtomically(Path.of(output), json);
        }
        if (explain) {
            err.println(python(source, drawn));
            err.flush();
        }
        return 0;
    }

    private void writeAtomically(Path target, String text) throws java.io.IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new GeneratorOptions.UsageException("cannot write " + output + ": no such directory");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        } catch (AccessDeniedException e) {
            throw new GeneratorOptions.UsageException("cannot write " + output + ": permission denied");
        }
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String python(Source source, String drawn) {
        String file = output == null || output.equals("-") ? "state.json" : output;
        String make;
        String name;
        switch (source.api()) {
            case LEGACY:
                make = "import json, numpy as np";
                name = "np.random";
                break;
            case PYTHON:
                make = "import json, random";
                name = "random";
                break;
            default:
                make = "import json, numpy as np\nrng = np.random.default_rng()";
                name = "rng";
        }
        StringBuilder b = new StringBuilder("# Python: the same state");
        if (drawn != null) {
            b.append(" as after ").append(drawn);
        }
        b.append('\n').append(make).append('\n');
        b.append("with open(").append(org.nprand.internal.py.PyRepr.repr(file)).append(") as f: ")
                .append(source.pythonLoadLine(name));
        return b.toString();
    }
}
