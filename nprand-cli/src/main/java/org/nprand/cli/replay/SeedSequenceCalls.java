package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.BitGenArgs;
import org.nprand.internal.py.Py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.SeedSequence;
import org.nprand.numpy.NdArray;
import org.nprand.cli.value.ValueCodec;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/** Replay calls on NumPy's {@code SeedSequence}. */
final class SeedSequenceCalls {

    static final Dispatch<SeedSequence> TABLE = new Dispatch<SeedSequence>("SeedSequence")
            .method("generate_state", (s, a) -> {
                Object[] v = a.bind("generate_state", 1, "n_words", "dtype");
                // np.dtype(None) is float64: refused like any other non-uint dtype.
                String dtype = v[1] == Args.ABSENT ? "uint32" : v[1] == null ? "float64" : Py.dtype(v[1]);
                if (!dtype.equals("uint32") && !dtype.equals("uint64")) {
                    throw new ValueError("only support uint32 or uint64");
                }
                int n = BitGenArgs.generateStateWords(v[0], dtype.equals("uint64"));
                return dtype.equals("uint32") ? NdArray.uint32(s.generateState32(n)) : NdArray.uint64(s.generateState64(n));
            })
            .method("spawn", (s, a) -> {
                Object[] v = a.bind("spawn", 1, "n_children");
                return List.of(s.spawn(BitGenArgs.spawnChildren(v[0])));
            })
            .getter("entropy", s -> entropyValue(s.entropy()))
            .getter("spawn_key", s -> bigInts(s.spawnKey()))
            .getter("pool_size", s -> (long) s.poolSize())
            .getter("n_children_spawned", s -> (long) s.childrenSpawned())
            .getter("pool", s -> NdArray.uint32(s.pool()))
            .getter("state", s -> {
                Map<String, Object> st = s.state();
                st.put("entropy", entropyValue(st.get("entropy")));
                return st;
            });

    private SeedSequenceCalls() {
    }

    /** {@code SeedSequence(entropy, spawn_key=(...), pool_size=N)} from a case's gen. */
    static Subject create(Map<String, Object> gen) {
        if (gen.containsKey("spawn_key") && gen.get("spawn_key") == null) {
            throw new TypeError("'NoneType' object is not iterable"); // tuple(None)
        }
        if (gen.containsKey("pool_size") && gen.get("pool_size") == null) {
            throw new TypeError("'<' not supported between instances of 'NoneType' and 'int'"); // None < 4
        }
        Object pool = gen.containsKey("pool_size") ? gen.get("pool_size") : (Object) (long) SeedSequence.DEFAULT_POOL_SIZE;
        Object entropy = gen.get("entropy");
        Object spawnKey = gen.get("spawn_key");
        return new AsGiven(TABLE.bind(seedSequence(entropy, spawnKey, pool)), entropy,
                spawnKey == null ? List.of() : spawnKey);
    }

    /**
     * NumPy keeps {@code entropy} and {@code spawn_key} as given ({@code True}, a nested list,
     * a str): their attributes (and {@code state}) show those objects, where nprand's
     * {@link SeedSequence} holds the ints they stand for.
     */
    private static final class AsGiven implements Subject {
        private final Subject inner;
        private final Object entropy;
        private final Object spawnKey;

        AsGiven(Subject inner, Object entropy, Object spawnKey) {
            this.inner = inner;
            this.entropy = entropy;
            this.spawnKey = spawnKey;
        }

        @Override
        public Object call(String name, org.nprand.internal.py.Args args) {
            if (isAttribute(name) && args.isEmpty()) {
                return read(name);
            }
            return inner.call(name, args);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object read(String name) {
            switch (name) {
                case "entropy":
                    return entropy == null ? inner.read(name) : entropy;
                case "spawn_key":
                    return spawnKey;
                case "state": {
                    Map<String, Object> st = (Map<String, Object>) inner.read(name);
                    if (entropy != null) {
                        st.put("entropy", entropy);
                    }
                    st.put("spawn_key", spawnKey);
                    return st;
                }
                default:
                    return inner.read(name);
            }
        }

        @Override
        public void assign(String name, Object value) {
            inner.assign(name, value);
        }

        @Override
        public Subject child(String name) {
            return inner.child(name);
        }

        @Override
        public boolean isAttribute(String name) {
            return inner.isAttribute(name);
        }
    }

    /**
     * NumPy's {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)} from decoded
     * protocol values; {@code null} spawn key and pool size take NumPy's defaults.
     */
    static SeedSequence seedSequence(Object entropy, Object spawnKey, Object poolSize) {
        List<BigInteger> key = new ArrayList<>();
        if (spawnKey != null) {
            if (!(spawnKey instanceof List)) {
                throw new TypeError("spawn_key must be a sequence of ints");
            }
            // _coerce_to_uint32_array(self.spawn_key): each element by the entropy's rules
            // (nested sequences flatten, strs parse, floats and unsized values fail)
            if (!((List<?>) spawnKey).isEmpty()) {
                key.addAll(org.nprand.internal.py.SeedEntropy.values(spawnKey));
            }
        }
        int pool;
        if (poolSize == null) {
            pool = SeedSequence.DEFAULT_POOL_SIZE;
        } else {
            // `if pool_size < DEFAULT_POOL_SIZE` (Python's comparison), then np.zeros(pool_size, uint32)
            if (org.nprand.internal.py.PyOps.compare(poolSize, "<", (long) SeedSequence.DEFAULT_POOL_SIZE)) {
                throw new ValueError("The size of the entropy pool should be at least " + SeedSequence.DEFAULT_POOL_SIZE);
            }
            if (poolSize instanceof Double) {
                throw new TypeError("'float' object cannot be interpreted as an integer");
            }
            pool = org.nprand.internal.nd.Shapes.narrow(Py.sizeDims(poolSize), 4, "uint32")[0];
        }
        return new SeedSequence(entropy, key, pool, 0);
    }

    private static Object entropyValue(Object entropy) {
        if (entropy instanceof BigInteger) {
            return ValueCodec.pyInt((BigInteger) entropy);
        }
        return entropy;
    }

    private static List<Object> bigInts(List<BigInteger> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (BigInteger b : values) {
            out.add(ValueCodec.pyInt(b));
        }
        return out;
    }
}
