package org.nprand.sklearn;

import java.math.BigInteger;
import java.util.Objects;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;

/**
 * scikit-learn's {@code random_state} parameter, resolved as {@code check_random_state} resolves
 * it, each time scikit-learn does (once per {@code split()} call, once per
 * {@code train_test_split} call, ...):
 *
 * <ul>
 *   <li>{@link #seed(long)}: an int, a new {@code RandomState(seed)} each time, so every
 *       {@code split()} call gives the same indices;</li>
 *   <li>{@link #of(RandomState)}: that instance, shared and advanced, so successive
 *       {@code split()} calls continue its stream, as in scikit-learn;</li>
 *   <li>{@link #none()}: NumPy's global state ({@code np.random}, here {@link NpRandom}).</li>
 * </ul>
 *
 * <p>{@link #python(Object)} takes any Python value as a binder receives it: ints (and bools,
 * which Python counts as ints) seed, anything else fails when resolved, with scikit-learn's
 * message ({@code 1.5 cannot be used to seed a numpy.random.RandomState instance}).
 */
public final class RandomStateParam {

    private static final RandomStateParam NONE = new RandomStateParam(null);

    /** null (global), a Long or BigInteger seed, a RandomState, or any other Python value. */
    private final Object value;

    private RandomStateParam(Object value) {
        this.value = value;
    }

    /** {@code random_state=None}: the global {@code np.random} state ({@link NpRandom}). */
    public static RandomStateParam none() {
        return NONE;
    }

    /** {@code random_state=seed}: a new {@code RandomState(seed)} at each use. */
    public static RandomStateParam seed(long seed) {
        return new RandomStateParam(seed);
    }

    /** {@code random_state=rs}: this instance, shared and advanced by every use. */
    public static RandomStateParam of(RandomState randomState) {
        return new RandomStateParam(Objects.requireNonNull(randomState, "randomState"));
    }

    /**
     * A Python value: {@code null} (None), an int ({@code Long}, {@code Integer},
     * {@code BigInteger}), a {@code Boolean} (an int in Python: True seeds 1), a
     * {@link RandomState}, or anything else (which fails when resolved, as in scikit-learn).
     */
    public static RandomStateParam python(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof RandomStateParam) {
            return (RandomStateParam) value;
        }
        if (value instanceof Boolean) {
            return new RandomStateParam(((Boolean) value) ? 1L : 0L);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new RandomStateParam(((Number) value).longValue());
        }
        return new RandomStateParam(value);
    }

    /** An already resolved random state (what {@code _RepeatedSplits} hands its inner splitters). */
    static RandomStateParam ofResolved(Rng rng) {
        return new RandomStateParam(rng);
    }

    /** True for {@code random_state=None}. */
    public boolean isNone() {
        return value == null;
    }

    /** The RandomState instance, or null when this is not one. */
    RandomState instance() {
        return value instanceof RandomState ? (RandomState) value : null;
    }

    /** The Python value (for parameter validation messages). */
    Object pythonValue() {
        return value;
    }

    /** True when this is an int in [0, 2**32), a RandomState or None (scikit-learn's 'random_state' constraint). */
    boolean satisfiesConstraint() {
        if (value == null || value instanceof RandomState || value instanceof Rng) {
            return true;
        }
        if (value instanceof Long) {
            long s = (Long) value;
            return s >= 0 && s <= 0xFFFFFFFFL;
        }
        return false;
    }

    /**
     * scikit-learn's {@code check_random_state}: the draws to use.
     *
     * @throws ValueError {@code "Seed must be between 0 and 2**32 - 1"}, {@code "%r cannot be
     *     used to seed a numpy.random.RandomState instance"}
     */
    Rng resolve() {
        if (value == null) {
            return Rng.GLOBAL;
        }
        if (value instanceof RandomState) {
            return Rng.of((RandomState) value);
        }
        if (value instanceof Rng) {
            return (Rng) value;
        }
        if (value instanceof Long) {
            return Rng.of(new RandomState((long) (Long) value));
        }
        if (value instanceof BigInteger) {
            throw new ValueError("Seed must be between 0 and 2**32 - 1");
        }
        throw new ValueError(PyFormat.repr(value) + " cannot be used to seed a numpy.random.RandomState instance");
    }

    /** Python's repr of the value. */
    String repr() {
        if (value instanceof RandomState || value instanceof Rng) {
            return "RandomState(MT19937)";
        }
        return PyFormat.repr(value);
    }

    @Override
    public String toString() {
        return "random_state=" + repr();
    }
}
