package org.nprand.cli.generate;

import java.util.List;
import java.util.Map;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.SeedSequence;
import org.nprand.cli.replay.Subject;
import org.nprand.cli.replay.Subjects;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
import org.nprand.state.StateJson;

/**
 * The generator a {@code generate} or {@code state} command draws from: a NumPy
 * {@code Generator}, a legacy {@code RandomState} or CPython's {@code random.Random}, with the
 * replay's {@link Subject} over it (every call is bound through it) and the Python expression
 * that makes the same generator.
 */
public final class Source {

    /** The three APIs. */
    public enum Api {
        /** {@code numpy.random.Generator(BitGenerator(seed))}. */
        GENERATOR("Generator"),
        /** {@code numpy.random.RandomState(seed)}. */
        LEGACY("RandomState"),
        /** {@code random.Random(seed)}. */
        PYTHON("Random");

        /** The Python class name ({@code Generator}, {@code RandomState}, {@code Random}). */
        public final String className;

        Api(String className) {
            this.className = className;
        }
    }

    private final Api api;
    private final Object java;
    private final Subject subject;
    private final String python;
    /** The seed a Generator was made from (null: from a state, or another API). */
    private final SeedSequence seed;

    private Source(Api api, Object java, String python) {
        this(api, java, python, null);
    }

    private Source(Api api, Object java, String python, SeedSequence seed) {
        this.api = api;
        this.java = java;
        this.python = python;
        this.seed = seed;
        switch (api) {
            case GENERATOR:
                subject = Subjects.generator((Generator) java);
                break;
            case LEGACY:
                subject = Subjects.randomState((RandomState) java);
                break;
            default:
                subject = Subjects.pyRandom((PyRandom) java);
        }
    }

    static Source generator(Generator g, String python) {
        return new Source(Api.GENERATOR, g, python);
    }

    /** A Generator made from {@code seed}: {@code Generator(BG(seed))}. */
    static Source generator(Generator g, String python, SeedSequence seed) {
        return new Source(Api.GENERATOR, g, python, seed);
    }

    /**
     * The seed the generator was made from, or null; it describes the generator only while
     * nothing has been drawn (compare the states).
     */
    SeedSequence seed() {
        return seed;
    }

    static Source legacy(RandomState rs, String python) {
        return new Source(Api.LEGACY, rs, python);
    }

    static Source python(PyRandom r, String python) {
        return new Source(Api.PYTHON, r, python);
    }

    /** The API. */
    public Api api() {
        return api;
    }

    /** The Java object ({@link Generator}, {@link RandomState} or {@link PyRandom}). */
    public Object java() {
        return java;
    }

    /** The replay's subject over the object. */
    public Subject subject() {
        return subject;
    }

    /** The Python expression that makes this generator ({@code np.random.Generator(np.random.PCG64(42))}). */
    public String python() {
        return python;
    }

    /** The bit generator of a NumPy source. */
    BitGenerator bitGenerator() {
        return api == Api.GENERATOR ? ((Generator) java).bitGenerator() : ((RandomState) java).bitGenerator();
    }

    /** An independent generator in the same state (the same draws follow). */
    public Source copy() {
        switch (api) {
            case GENERATOR: {
                BitGenerator bg = ((Generator) java).bitGenerator();
                BitGenerator c = BitGenerators.create(bg.name(), new SeedSequence(0));
                c.setState(bg.getState());
                return generator(new Generator(c), python, seed);
            }
            case LEGACY: {
                RandomState rs = (RandomState) java;
                BitGenerator bg = rs.bitGenerator();
                RandomState c = new RandomState(BitGenerators.create(bg.name(), new SeedSequence(0)));
                c.setState(rs.getStateDict());
                return legacy(c, python);
            }
            default: {
                PyRandom r = new PyRandom(0);
                r.setstate(((PyRandom) java).getstate());
                return python(r, python);
            }
        }
    }

    /**
     * The state as JSON Python loads in one line ({@link StateJson}): the bit generator's dict
     * ({@code rng.bit_generator.state}), the RandomState's {@code get_state(legacy=False)}, or
     * {@code random.getstate()}.
     */
    public String stateJson() {
        switch (api) {
            case GENERATOR:
                return StateJson.of((Generator) java);
            case LEGACY:
                return StateJson.of((RandomState) java);
            default:
                return StateJson.of((PyRandom) java);
        }
    }

    /** The Python statement that loads {@link #stateJson()} from a file object {@code f}. */
    public String pythonLoadLine(String target) {
        switch (api) {
            case GENERATOR:
                return target + ".bit_generator.state = json.load(f)";
            case LEGACY:
                return target + ".set_state(json.load(f))";
            default:
                return "v, s, g = json.load(f); " + target + ".setstate((v, tuple(s), g))";
        }
    }

    /** A source from a state JSON value written by Python or by {@code nprand state}. */
    @SuppressWarnings("unchecked")
    static Source fromState(Object state, Api wanted, String bitGenerator) {
        if (state instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) state;
            Object name = m.get("bit_generator");
            if (!(name instanceof String)) {
                throw new IllegalArgumentException("a state dict names its \"bit_generator\"");
            }
            BitGenerator bg = BitGenerators.create((String) name, new SeedSequence(0));
            boolean legacy = wanted == Api.LEGACY || (wanted == null && m.containsKey("has_gauss"));
            if (wanted == Api.PYTHON) {
                throw new IllegalArgumentException("this is a NumPy state (" + name + "), not random.Random's");
            }
            if (legacy) {
                RandomState rs = new RandomState(bg);
                rs.setState(m);
                return legacy(rs, "np.random.RandomState(np.random." + name + "())  # state loaded");
            }
            bg.setState(m);
            return generator(new Generator(bg), "np.random.Generator(np.random." + name + "())  # state loaded");
        }
        if (state instanceof List && !((List<?>) state).isEmpty()) {
            List<?> l = (List<?>) state;
            if ("MT19937".equals(l.get(0))) {
                if (wanted == Api.PYTHON || wanted == Api.GENERATOR && bitGenerator != null) {
                    throw new IllegalArgumentException("this is a legacy RandomState state (np.random.get_state())");
                }
                RandomState rs = new RandomState(BitGenerators.create("MT19937", new SeedSequence(0)));
                rs.setState(l);
                return legacy(rs, "np.random.RandomState()  # state loaded");
            }
            if (l.size() == 3 && l.get(1) instanceof List) {
                if (wanted != null && wanted != Api.PYTHON) {
                    throw new IllegalArgumentException("this is a random.Random state (random.getstate())");
                }
                PyRandom r = new PyRandom(0);
                r.setstate(l);
                return python(r, "random.Random()  # state loaded");
            }
        }
        throw new IllegalArgumentException("not a generator state: expected a bit generator's state dict, "
                + "np.random.get_state() or random.getstate(), as JSON");
    }
}
