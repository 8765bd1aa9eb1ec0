package org.nprand.cli.replay;

import java.util.HashMap;
import java.util.Map;
import org.nprand.internal.py.PyRepr;
import org.nprand.errors.NotImplementedError;

/**
 * The generator types of the replay protocol ({@code gen.type}) and how each case's generator is
 * made. Adding a type is one line in the static block.
 */
public final class GeneratorTypes {

    /** Makes a case's generator from its decoded {@code gen} object. */
    @FunctionalInterface
    public interface Factory {
        Subject create(Map<String, Object> gen);
    }

    /** The factory of a protocol type that nprand does not answer yet: each call says so. */
    public static final Factory NOT_YET = gen -> {
        throw new NotImplementedError("not yet");
    };

    private static final Map<String, Factory> FACTORIES = new HashMap<>();

    static {
        FACTORIES.put("SeedSequence", SeedSequenceCalls::create);
        FACTORIES.put("BitGenerator", BitGeneratorCalls::create);
        FACTORIES.put("RandomState", RandomStateCalls::create);
        FACTORIES.put("random.Random", PyRandomCalls::create);
        FACTORIES.put("Generator", GeneratorCalls::create);
        FACTORIES.put("sklearn", SklearnCalls::create);
    }

    private GeneratorTypes() {
    }

    /**
     * The factory for {@code type}; for a name outside the protocol, one that raises the
     * reference's {@code NotImplementedError} (the whole case answers that error).
     */
    public static Factory factory(Object type) {
        Factory f = FACTORIES.get(type instanceof String ? (String) type : "");
        if (f != null) {
            return f;
        }
        return gen -> {
            throw new NotImplementedError("unknown generator type " + PyRepr.repr(type));
        };
    }
}
