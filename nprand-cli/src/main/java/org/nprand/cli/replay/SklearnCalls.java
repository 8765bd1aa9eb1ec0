package org.nprand.cli.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.errors.NotImplementedError;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.LegacySeeds;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;
import org.nprand.numpy.WarningHandler;
import org.nprand.sklearn.CrossValidator;
import org.nprand.sklearn.SklearnPython;
import org.nprand.sklearn.SklearnVersion;

/**
 * Replay protocol version 2: {@code {"type": "sklearn"}} (the functions {@code train_test_split},
 * {@code shuffle}, {@code resample}) and {@code {"type": "sklearn", "splitter": NAME, "params":
 * {...}}} (a splitter: {@code split}, {@code get_n_splits}), over nprand-sklearn's
 * {@link SklearnPython}. {@code {"RandomState": S}} values become new {@link RandomState}s where
 * they appear; {@code "sklearn_version"} picks the compatibility mode ({@code "1.9.1"} by default,
 * {@code "1.6.1"}, {@code "1.2.1"}). Two calls beyond the protocol's: {@code warnings} answers the
 * {@code [category, message]} pairs of the warnings raised since the case began or the last such
 * call, and {@code np.random.seed} seeds the global state ({@link NpRandom}).
 */
final class SklearnCalls {

    private SklearnCalls() {
    }

    static Subject create(Map<String, Object> gen) {
        SklearnVersion version = version(gen.get("sklearn_version"));
        List<Object> warnings = new ArrayList<>();
        WarningHandler handler = (category, message) -> warnings.add(List.of(category, message));
        Object splitter = gen.get("splitter");
        CrossValidator cv = null;
        if (splitter != null) {
            Object params = randomStates(gen.getOrDefault("params", Map.of()));
            if (!(splitter instanceof String) || !SklearnPython.SPLITTERS.contains(splitter)) {
                throw new NotImplementedError("unknown scikit-learn splitter " + org.nprand.internal.py.PyRepr.repr(splitter));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) params;
            cv = SklearnPython.splitter((String) splitter, p, version, handler);
        }
        return new SklearnSubject(cv, version, warnings);
    }

    private static SklearnVersion version(Object release) {
        if (release == null || "1.9.1".equals(release)) {
            return SklearnVersion.V1_9;
        }
        if ("1.6.1".equals(release)) {
            return SklearnVersion.V1_6;
        }
        if ("1.2.1".equals(release)) {
            return SklearnVersion.V1_2;
        }
        throw new NotImplementedError("the oracle answers scikit-learn 1.9.1, 1.6.1, 1.2.1 only, not " + release);
    }

    /** The value with every {@code {"RandomState": S}} made a new RandomState. */
    static Object randomStates(Object v) {
        if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (m.size() == 1 && m.containsKey("RandomState")) {
                Object s = LegacySeeds.words(m.get("RandomState"));
                return s instanceof long[] ? new RandomState((long[]) s) : new RandomState((long) (Long) s);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), randomStates(e.getValue()));
            }
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(randomStates(o));
            }
            return out;
        }
        return v;
    }

    private static final class SklearnSubject implements Subject {
        private final CrossValidator cv;
        private final SklearnVersion version;
        private final List<Object> warnings;

        SklearnSubject(CrossValidator cv, SklearnVersion version, List<Object> warnings) {
            this.cv = cv;
            this.version = version;
            this.warnings = warnings;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object call(String name, Args args) {
            if (name.equals("warnings")) {
                List<Object> out = new ArrayList<>(warnings);
                warnings.clear();
                return out;
            }
            List<Object> positional = (List<Object>) randomStates(args.positional());
            Map<String, Object> keywords = (Map<String, Object>) randomStates(args.keywords());
            if (cv == null) {
                if (!SklearnPython.FUNCTIONS.contains(name)) {
                    throw new NotImplementedError("sklearn has no function '" + name + "' here");
                }
                return SklearnPython.function(name, positional, keywords, version);
            }
            return SklearnPython.call(cv, name, positional, keywords);
        }

        @Override
        public Object read(String name) {
            throw new NotImplementedError("nprand replay does not support sklearn." + name);
        }

        @Override
        public void assign(String name, Object value) {
            throw new NotImplementedError("nprand replay does not support sklearn." + name + "=");
        }

        @Override
        public Subject child(String name) {
            if (name.equals("np")) {
                return new NumpyNamespace();
            }
            throw new NotImplementedError("nprand replay does not support sklearn." + name);
        }

        @Override
        public boolean isAttribute(String name) {
            return false;
        }
    }

    /** {@code np} and {@code np.random}: only {@code np.random.seed(S)} (the global state). */
    private static final class NumpyNamespace implements Subject {
        private final boolean random;

        NumpyNamespace() {
            this(false);
        }

        private NumpyNamespace(boolean random) {
            this.random = random;
        }

        @Override
        public Object call(String name, Args args) {
            if (random && name.equals("seed")) {
                Object seed = args.bind("seed", 0, "seed")[0];
                if (seed == Args.ABSENT || seed == null) {
                    NpRandom.seed();
                } else {
                    Object s = LegacySeeds.words(seed);
                    if (s instanceof long[]) {
                        NpRandom.seed((long[]) s);
                    } else {
                        NpRandom.seed((long) (Long) s);
                    }
                }
                return null;
            }
            throw new NotImplementedError("nprand replay does not support np." + (random ? "random." : "") + name);
        }

        @Override
        public Object read(String name) {
            throw new NotImplementedError("nprand replay does not support np." + name);
        }

        @Override
        public void assign(String name, Object value) {
            throw new NotImplementedError("nprand replay does not support np." + name + "=");
        }

        @Override
        public Subject child(String name) {
            if (!random && name.equals("random")) {
                return new NumpyNamespace(true);
            }
            throw new NotImplementedError("nprand replay does not support np." + name);
        }

        @Override
        public boolean isAttribute(String name) {
            return false;
        }
    }
}
