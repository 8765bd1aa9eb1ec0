package org.nprand.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nprand.cli.generate.Generate;
import org.nprand.cli.generate.GeneratorOptions;
import org.nprand.cli.generate.Job;
import org.nprand.cli.generate.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nprand generate}: bulk output of any method, equal to NumPy's single call. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Draws from any method of NumPy's Generator (default, PCG64), its legacy RandomState (--legacy) or "
                + "CPython's random.Random (--python) and writes the values, exactly as Python's single call "
                + "METHOD(ARG..., size=SIZE) gives them, however large: it streams in chunks in constant memory.",
            "",
            "ARG is a Python value (0.5, [0.2, 0.8], 2**40, np.int8) or KEY=VALUE for a keyword argument "
                + "(scale=2, dtype=int8). The format comes from --format or the file's extension: .npy "
                + "(np.load gives the array, dtype and shape), .csv, .jsonl, .txt, .bin (raw little-endian, "
                + "np.fromfile). Without -o the values go to standard output as text.",
        },
        footer = {
            "",
            "Examples:",
            "  nprand generate --seed 42 normal 0 1 --size 1000000 -o x.npy",
            "      # = np.random.Generator(np.random.PCG64(42)).normal(0, 1, size=1000000)",
            "  nprand generate --seed 42 integers 0 10 --size 10",
            "  nprand generate --legacy --seed 101 randint 1 100 --size 5",
            "  nprand generate --python --seed 10 random --size 3      # [random.Random(10).random() for _ in range(3)]",
            "  nprand generate --seed 1 binomial 10 0.3 --size 1e8 -o b.npy",
            "  nprand generate --seed 1 random --size 1e6 --hist",
            "  nprand generate --seed 7 standard_normal --size 1e9 --threads 8 -o z.npy   # the same file as one thread",
            "  nprand generate --legacy --seed 7 --blocked 65536 normal 0 1 --size 1e8 --threads 8 -o r.npy",
            "      # RandomState(MT19937(child b)).normal(0, 1, size=65536) for block b: --explain prints the NumPy code",
            "  nprand generate --state state.json random --size 5      # continue a generator saved by Python",
        })
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    GeneratorOptions generator;

    @Parameters(index = "0", paramLabel = "METHOD", description = "the method: normal, integers, random, choice, ...")
    String method;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "its arguments, Python values; KEY=VALUE for keywords")
    List<String> args = new ArrayList<>();

    @Option(names = {"-n", "--size"}, paramLabel = "SIZE",
            description = "how many values, or a shape: 1000, 1e6, 10**8, 1000,3 (the size argument; the first "
                    + "dimension is streamed). Without it: one call without size")
    String size;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (complete or not at all: a temporary file is moved into place at the end)")
    String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "npy, csv, jsonl, text or raw")
    String format;

    @Option(names = "--hist", description = "print count, mean, std, min, max and a histogram instead of the values")
    boolean hist;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "20", description = "histogram bars (default: 20)")
    int bins;

    @Option(names = "--progress", negatable = true,
            description = "show a progress bar on standard error (default: when it is a terminal)")
    Boolean progress;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "draw on T threads: the same file as one thread writes (Generator methods with scalar "
                    + "arguments from a seed; anything else is drawn on one thread, with a note)")
    int threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (this JVM, default) or spark: Spark tasks draw the values (needs nprand-spark and "
                    + "Spark on the class path); the same file either way")
    String engine;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
            description = "--engine spark: the number of partitions (default: Spark's default parallelism)")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "--engine spark: the Spark master (default: an embedded local[*], or spark-submit's)")
    String master;

    @Option(names = "--blocked", paramLabel = "B",
            description = "draw NumPy's documented blocked stream instead of the single call: block b of B values "
                    + "(vectors for the vector methods) is drawn by Generator(BG(child)), or RandomState(BG(child)) "
                    + "with --legacy, with child = SeedSequence(SEED).spawn(...)[b]; any bit generator (-b, MT19937 by "
                    + "default with --legacy); split on --threads or --engine spark; --explain prints the NumPy code")
    Long blocked;

    @Option(names = "--chunk", paramLabel = "N", hidden = true, defaultValue = "65536",
            description = "values per chunk (the output is the same for any chunk size)")
    int chunk;

    @Option(names = "--explain", description = "print the Python that gives the same values, and draw nothing")
    boolean explain;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand() {
        this(System.in, System.out, System.err);
    }

    GenerateCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Generate.Blocked b = blocked == null ? null : generator.blocked(blocked);
        Source source = generator.create(in);
        Job job = Job.parse(source.api(), method, args, size);
        if (explain) {
            out.println(b != null ? Generate.explainBlocked(job, b) : job.python(source));
            out.flush();
            return 0;
        }
        if (bins < 1) {
            throw new GeneratorOptions.UsageException("--bins must be at least 1");
        }
        Generate.run(source, job, new Generate.Options(output, format, hist, bins, chunk, progress, threads,
                engine, partitions, master, b), out, err);
        return 0;
    }
}
