package org.nprand.cli.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.SeedSequence;
import org.nprand.cli.eval.Interpreter;
import org.nprand.internal.py.LegacySeeds;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
import org.nprand.state.StateJson;
import picocli.CommandLine.Option;

/**
 * The options that choose the generator of {@code generate} and {@code state}: the API
 * ({@code Generator} by default, {@code --legacy} RandomState, {@code --python} random.Random),
 * the bit generator, and the seed or a state file.
 */
public final class GeneratorOptions {

    @Option(names = "--seed", paramLabel = "SEED",
            description = "the seed, a Python value: an int of any size, a list of ints ([1,2,3]); for --python also "
                    + "a str or a float. Default: fresh OS entropy, as seed=None")
    String seed;

    @Option(names = {"-b", "--bit-generator"}, paramLabel = "NAME",
            description = "the Generator's bit generator: PCG64 (default, as default_rng), PCG64DXSM, MT19937, Philox, SFC64")
    String bitGenerator;

    @Option(names = "--legacy", description = "draw from numpy.random.RandomState(SEED), the legacy API (np.random.seed, ...)")
    boolean legacy;

    @Option(names = "--python", description = "draw from CPython's random.Random(SEED)")
    boolean python;

    @Option(names = "--state", paramLabel = "FILE",
            description = "start from a state saved as JSON (by Python or by 'nprand state'; - reads standard input) "
                    + "instead of a seed; the kind of generator is read from it")
    String stateFile;

    /** A command-line usage problem: one line for the user, exit status 2. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Set by {@link #blocked}: {@code -b} then also names the bit generator of RandomState's blocks. */
    private boolean blockedStream;

    /**
     * {@code generate --blocked B}: the blocked stream's bit generator ({@code -b}; PCG64 for the
     * Generator and MT19937 for {@code --legacy} by default) and {@code SeedSequence(SEED)}, whose
     * child {@code b} draws block {@code b}.
     */
    public Generate.Blocked blocked(long block) {
        if (block < 1) {
            throw new UsageException("--blocked must be at least 1");
        }
        if (python) {
            throw new UsageException("--blocked is for numpy.random's Generator and RandomState, not --python");
        }
        if (stateFile != null || seed == null) {
            throw new UsageException("--blocked draws block b from child b of SeedSequence(SEED): give --seed");
        }
        blockedStream = true;
        Object s = Interpreter.argument(seed);
        SeedSequence seq = new SeedSequence(s, java.util.List.of(), SeedSequence.DEFAULT_POOL_SIZE, 0);
        String name = bitGenerator == null ? (legacy ? "MT19937" : "PCG64") : canonical(bitGenerator);
        return new Generate.Blocked(block, name, seq, legacy);
    }

    /** The API these options select (null: from the state file). */
    Source.Api api() {
        if (legacy && python) {
            throw new UsageException("--legacy and --python cannot be combined");
        }
        if (bitGenerator != null && (legacy && !blockedStream || python)) {
            throw new UsageException("--bit-generator applies to the Generator, not to " + (legacy ? "--legacy" : "--python"));
        }
        return legacy ? Source.Api.LEGACY : python ? Source.Api.PYTHON : stateFile != null ? null : Source.Api.GENERATOR;
    }

    /** Makes the generator. */
    public Source create(java.io.InputStream stdin) throws IOException {
        Source.Api api = api();
        if (stateFile != null) {
            if (seed != null) {
                throw new UsageException("--seed and --state cannot be combined");
            }
            String text;
            if (stateFile.equals("-")) {
                text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                try {
                    text = Files.readString(Path.of(stateFile), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new UsageException("cannot read " + stateFile + ": no such file");
                } catch (IOException e) {
                    throw new UsageException("cannot read " + stateFile + ": " + e.getMessage());
                }
            }
            Object state;
            try {
                state = StateJson.parse(text);
            } catch (RuntimeException e) {
                throw new UsageException(stateFile + " is not JSON: " + e.getMessage());
            }
            try {
                return Source.fromState(state, api, bitGenerator);
            } catch (IllegalArgumentException e) {
                if (e instanceof org.nprand.errors.PythonError) {
                    throw new UsageException(stateFile + " is not a valid state: "
                            + ((org.nprand.errors.PythonError) e).pythonType() + ": " + e.getMessage());
                }
                throw new UsageException(stateFile + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new UsageException(stateFile + " is not a valid state: " + e.getMessage());
            }
        }
        Object s = seed == null ? null : Interpreter.argument(seed);
        String seedRepr = seed == null ? "" : pythonRepr(s);
        switch (api) {
            case LEGACY: {
                RandomState rs;
                if (s == null) {
                    rs = new RandomState();
                } else {
                    Object words = LegacySeeds.words(s);
                    rs = words instanceof long[] ? new RandomState((long[]) words) : new RandomState((long) (Long) words);
                }
                return Source.legacy(rs, "np.random.RandomState(" + seedRepr + ")");
            }
            case PYTHON:
                return Source.python(PyRandom.fromSeed(s), "random.Random(" + seedRepr + ")");
            default: {
                String name = bitGenerator == null ? "PCG64" : canonical(bitGenerator);
                SeedSequence seq = new SeedSequence(s, java.util.List.of(), SeedSequence.DEFAULT_POOL_SIZE, 0);
                BitGenerator bg = BitGenerators.create(name, seq);
                return Source.generator(new Generator(bg), "np.random.Generator(np.random." + name + "(" + seedRepr + "))",
                        seq);
            }
        }
    }

    private static String canonical(String name) {
        for (String n : new String[] {"PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"}) {
            if (n.equalsIgnoreCase(name)) {
                return n;
            }
        }
        throw new UsageException("unknown bit generator '" + name + "' (PCG64, PCG64DXSM, MT19937, Philox, SFC64)");
    }

    static String pythonRepr(Object v) {
        return PyRepr.repr(v);
    }

}
