package org.nprand.sklearn;

import java.math.BigInteger;
import org.nprand.errors.ValueError;

/**
 * A {@code test_size} or {@code train_size}: a float (a fraction of the samples, rounded as
 * scikit-learn rounds it: {@code ceil} for the test set, {@code floor} for the training set), an
 * int (a count), or None. The Java type decides, as the Python type does: {@code Size.of(0.25)}
 * is a fraction, {@code Size.of(25)} a count.
 *
 * <p>{@link #python(Object)} keeps any Python value (a bool, a str, ...) so that scikit-learn's
 * messages for bad values can be reproduced.
 */
public final class Size {

    /** {@code None}: the other size decides, or the splitter's default. */
    public static final Size NONE = new Size('O', null);

    /** NumPy's dtype kind of {@code np.asarray(value)}: 'i', 'f', 'b', 'u', 'U' or 'O'. */
    final char kind;
    final Object value;

    private Size(char kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /** A fraction of the samples (Python float). */
    public static Size of(double fraction) {
        return new Size('f', fraction);
    }

    /** A number of samples (Python int). */
    public static Size of(long count) {
        return new Size('i', count);
    }

    /**
     * Any Python value: {@code null} (None), {@code Long}/{@code Integer}/{@code BigInteger}
     * (int), {@code Double} (float), {@code Boolean}, {@code String}, or another object.
     */
    public static Size python(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Size) {
            return (Size) value;
        }
        if (value instanceof Boolean) {
            return new Size('b', value);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return new Size('i', ((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            BigInteger b = (BigInteger) value;
            if (b.bitLength() < 64) {
                return new Size('i', b.longValue());
            }
            return new Size(b.signum() > 0 && b.bitLength() == 64 ? 'u' : 'O', b);
        }
        if (value instanceof Double || value instanceof Float) {
            return new Size('f', ((Number) value).doubleValue());
        }
        if (value instanceof String) {
            return new Size('U', value);
        }
        return new Size('O', value);
    }

    /** True for None. */
    public boolean isNone() {
        return value == null;
    }

    double asDouble() {
        return ((Number) value).doubleValue();
    }

    long asLong() {
        return ((Number) value).longValue();
    }

    /** Python's {@code str(value)}. */
    String str() {
        return PyFormat.str(value);
    }

    /** Python's {@code repr(value)}. */
    String repr() {
        return PyFormat.repr(value);
    }

    /**
     * scikit-learn 1.3+'s constraint for {@code train_test_split}'s sizes: a float in (0, 1), an
     * int >= 1 (a bool is an int), or None.
     */
    boolean satisfiesTrainTestConstraint() {
        switch (kind) {
            case 'O':
                return value == null || (value instanceof BigInteger && ((BigInteger) value).signum() > 0);
            case 'f':
                return asDouble() > 0 && asDouble() < 1;
            case 'i':
                return asLong() >= 1;
            case 'u':
                return true;
            case 'b':
                return (Boolean) value;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return repr();
    }

    /**
     * scikit-learn's {@code _validate_shuffle_split(n_samples, test_size, train_size,
     * default_test_size)}: {@code {n_train, n_test}}, with its messages.
     */
    static int[] validateShuffleSplit(int nSamples, Size testSize, Size trainSize, double defaultTestSize) {
        if (testSize.isNone() && trainSize.isNone()) {
            testSize = Size.of(defaultTestSize);
        }
        checkRange("test_size", testSize, nSamples);
        checkRange("train_size", trainSize, nSamples);
        if (!trainSize.isNone() && trainSize.kind != 'i' && trainSize.kind != 'f') {
            throw new ValueError("Invalid value for train_size: " + trainSize.str());
        }
        if (!testSize.isNone() && testSize.kind != 'i' && testSize.kind != 'f') {
            throw new ValueError("Invalid value for test_size: " + testSize.str());
        }
        if (trainSize.kind == 'f' && testSize.kind == 'f' && trainSize.asDouble() + testSize.asDouble() > 1) {
            throw new ValueError("The sum of test_size and train_size = "
                    + PyFormat.floatRepr(trainSize.asDouble() + testSize.asDouble())
                    + ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
        }
        double nTest = 0;
        double nTrain = 0;
        if (testSize.kind == 'f') {
            nTest = pyCeil(testSize.asDouble() * nSamples);
        } else if (testSize.kind == 'i') {
            nTest = testSize.asLong();
        }
        if (trainSize.kind == 'f') {
            nTrain = pyFloor(trainSize.asDouble() * nSamples);
        } else if (trainSize.kind == 'i') {
            nTrain = trainSize.asLong();
        }
        if (trainSize.isNone()) {
            nTrain = nSamples - nTest;
        } else if (testSize.isNone()) {
            nTest = nSamples - nTrain;
        }
        if (nTrain + nTest > nSamples) {
            throw new ValueError("The sum of train_size and test_size = " + (long) (nTrain + nTest)
                    + ", should be smaller than the number of samples " + nSamples
                    + ". Reduce test_size and/or train_size.");
        }
        int train = (int) nTrain;
        int test = (int) nTest;
        if (train == 0) {
            throw new ValueError("With n_samples=" + nSamples + ", test_size=" + testSize.str()
                    + " and train_size=" + trainSize.str()
                    + ", the resulting train set will be empty. Adjust any of the aforementioned parameters.");
        }
        return new int[] {train, test};
    }

    private static void checkRange(String name, Size s, int nSamples) {
        boolean bad = (s.kind == 'i' && (s.asLong() >= nSamples || s.asLong() <= 0))
                || (s.kind == 'f' && (s.asDouble() <= 0 || s.asDouble() >= 1));
        if (bad) {
            throw new ValueError(name + "=" + s.str() + " should be either positive and smaller than the number of samples "
                    + nSamples + " or a float in the (0, 1) range");
        }
    }

    /** Python's {@code math.ceil} of a float (an int; NaN and infinity raise). */
    private static double pyCeil(double x) {
        checkConvertible(x);
        return Math.ceil(x);
    }

    private static double pyFloor(double x) {
        checkConvertible(x);
        return Math.floor(x);
    }

    private static void checkConvertible(double x) {
        if (Double.isNaN(x)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new org.nprand.errors.OverflowError("cannot convert float infinity to integer");
        }
    }
}
