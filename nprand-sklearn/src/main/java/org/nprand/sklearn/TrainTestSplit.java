package org.nprand.sklearn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.nprand.errors.ValueError;
import org.nprand.numpy.RandomState;

/**
 * scikit-learn's {@code train_test_split(*arrays, test_size=None, train_size=None,
 * random_state=None, shuffle=True, stratify=None)}, index for index.
 *
 * <pre>{@code
 * // X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
 * TrainTestSplit.Result r = new TrainTestSplit().testSize(0.2).randomState(42).split(X, y);
 * double[][] xTrain = r.train(0);
 * int[] yTest = r.test(1);
 * int[] trainRows = r.trainIndices();
 * }</pre>
 *
 * <p>Sizes: a float is a fraction ({@code ceil} for the test set, {@code floor} for the training
 * set, in double arithmetic: 0.07 of 100 samples is 8 test samples, as in Python), an int a count;
 * with neither, the test size is 0.25. With {@code shuffle} (the default) the split is
 * {@code ShuffleSplit}'s first split (or {@code StratifiedShuffleSplit}'s, with
 * {@code stratify}): test indices first in one {@code permutation(n)}, in permutation order.
 * Without, the first {@code n_train} samples train and the next {@code n_test} test.
 *
 * <p>Arrays: any Java array (a {@code double[][]} is indexed by rows, which are shared, not
 * copied), a {@link List} (a new list), or an {@link org.nprand.numpy.NdArray} (along its first
 * axis). Each call resolves the random state anew ({@code check_random_state}): an int seed gives
 * the same split every time, a shared {@link RandomState} advances.
 */
public final class TrainTestSplit {

    private Size testSize = Size.NONE;
    private Size trainSize = Size.NONE;
    private RandomStateParam randomState = RandomStateParam.none();
    private Object shuffle = Boolean.TRUE;
    private Object stratify;
    private SklearnVersion version = SklearnVersion.LATEST;

    /** {@code train_test_split} with scikit-learn's defaults. */
    public TrainTestSplit() {
    }

    /** {@code test_size}: a fraction of the samples. */
    public TrainTestSplit testSize(double fraction) {
        return testSize(Size.of(fraction));
    }

    /** {@code test_size}: a number of samples. */
    public TrainTestSplit testSize(long count) {
        return testSize(Size.of(count));
    }

    /** {@code test_size}. */
    public TrainTestSplit testSize(Size size) {
        this.testSize = size == null ? Size.NONE : size;
        return this;
    }

    /** {@code train_size}: a fraction of the samples. */
    public TrainTestSplit trainSize(double fraction) {
        return trainSize(Size.of(fraction));
    }

    /** {@code train_size}: a number of samples. */
    public TrainTestSplit trainSize(long count) {
        return trainSize(Size.of(count));
    }

    /** {@code train_size}. */
    public TrainTestSplit trainSize(Size size) {
        this.trainSize = size == null ? Size.NONE : size;
        return this;
    }

    /** {@code random_state=seed}. */
    public TrainTestSplit randomState(long seed) {
        return randomState(RandomStateParam.seed(seed));
    }

    /** {@code random_state=rs}: a shared instance, advanced by each call. */
    public TrainTestSplit randomState(RandomState rs) {
        Objects.requireNonNull(rs, "rs must not be null");
        return randomState(RandomStateParam.of(rs));
    }

    /** {@code random_state}. */
    public TrainTestSplit randomState(RandomStateParam param) {
        this.randomState = param == null ? RandomStateParam.none() : param;
        return this;
    }

    /** {@code shuffle}. */
    public TrainTestSplit shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** {@code stratify}: the class labels to stratify by (null: None). */
    public TrainTestSplit stratify(Labels labels) {
        this.stratify = labels;
        return this;
    }

    /** Reproduces an older scikit-learn release (see {@link SklearnVersion}). */
    public TrainTestSplit compat(SklearnVersion release) {
        this.version = Objects.requireNonNull(release, "release");
        return this;
    }

    /** Python values for the binder: {@code shuffle} as any Python value, {@code stratify} as anything. */
    TrainTestSplit pythonShuffle(Object value) {
        this.shuffle = value;
        return this;
    }

    TrainTestSplit pythonStratify(Object value) {
        this.stratify = value;
        return this;
    }

    /** What {@code train_test_split} returns, with the indices behind it. */
    public static final class Result {
        private final int[] train;
        private final int[] test;
        private final List<Object> arrays;

        Result(int[] train, int[] test, List<Object> arrays) {
            this.train = train;
            this.test = test;
            this.arrays = arrays;
        }

        /** The training indices. */
        public int[] trainIndices() {
            return train.clone();
        }

        /** The test indices. */
        public int[] testIndices() {
            return test.clone();
        }

        /** Python's return value: {@code [a_train, a_test, b_train, b_test, ...]}. */
        public List<Object> arrays() {
            return arrays;
        }

        /** The training part of array {@code i} (of the arrays given to {@code split}). */
        @SuppressWarnings("unchecked")
        public <T> T train(int i) {
            return (T) arrays.get(2 * i);
        }

        /** The test part of array {@code i}. */
        @SuppressWarnings("unchecked")
        public <T> T test(int i) {
            return (T) arrays.get(2 * i + 1);
        }
    }

    /** The split of {@code nSamples} samples, as indices only. */
    public Result split(int nSamples) {
        int[] ix = new int[nSamples];
        return split(new Object[] {ix}, true);
    }

    /**
     * {@code train_test_split(a)}: the indices and the array split. An array may be any Java array
     * (a {@code double[][]} is indexed by rows), a {@link List} or an
     * {@link org.nprand.numpy.NdArray}. (There is no varargs form: Java would spread a lone
     * {@code Object[]} such as a {@code double[][]} into several arguments.)
     *
     * @throws ValueError (or {@link InvalidParameterError}) with scikit-learn's messages
     */
    public Result split(Object a) {
        return split(new Object[] {a}, false);
    }

    /** {@code train_test_split(a, b)}: {@code X_train, X_test, y_train, y_test}. */
    public Result split(Object a, Object b) {
        return split(new Object[] {a, b}, false);
    }

    /** {@code train_test_split(a, b, c)}. */
    public Result split(Object a, Object b, Object c) {
        return split(new Object[] {a, b, c}, false);
    }

    /** {@code train_test_split(a, b, c, d)}. */
    public Result split(Object a, Object b, Object c, Object d) {
        return split(new Object[] {a, b, c, d}, false);
    }

    /** {@code train_test_split(*arrays)} for any number of arrays (none: scikit-learn's error). */
    public Result splitArrays(List<?> arrays) {
        Objects.requireNonNull(arrays, "arrays must not be null");
        return split(arrays.toArray(), false);
    }

    private Result split(Object[] arrays, boolean indicesOnly) {
        if (version.atLeast(3)) {
            validateParams();
        }
        if (arrays.length == 0) {
            throw new ValueError("At least one array required as input");
        }
        int[] lengths = new int[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            lengths[i] = Indexing.numSamples(arrays[i]);
        }
        checkLengths(lengths);
        int n = lengths[0];
        int[] sizes = Size.validateShuffleSplit(n, testSize, trainSize, 0.25);
        int nTrain = sizes[0];
        int nTest = sizes[1];
        int[] train;
        int[] test;
        Labels strat = stratifyLabels();
        if (Boolean.FALSE.equals(shuffle)) {
            if (stratify != null) {
                throw new ValueError("Stratified train/test split is not implemented for shuffle=False");
            }
            train = new int[nTrain];
            test = new int[nTest];
            for (int i = 0; i < nTrain; i++) {
                train[i] = i;
            }
            for (int i = 0; i < nTest; i++) {
                test[i] = nTrain + i;
            }
        } else {
            BaseShuffleSplit cv = strat != null
                    ? new StratifiedShuffleSplit(10, Size.of(nTest), Size.of(nTrain), randomState)
                    : new ShuffleSplit(10, Size.of(nTest), Size.of(nTrain), randomState);
            cv.compat(version);
            Split s = cv.split(n, strat, null).iterator().next();
            train = s.train();
            test = s.test();
        }
        List<Object> out = new ArrayList<>();
        if (!indicesOnly) {
            for (Object a : arrays) {
                out.add(Indexing.take(a, train));
                out.add(Indexing.take(a, test));
            }
        }
        return new Result(train, test, Collections.unmodifiableList(out));
    }

    private Labels stratifyLabels() {
        if (stratify == null || stratify instanceof Labels) {
            return (Labels) stratify;
        }
        return SklearnPython.labels(stratify);
    }

    static void checkLengths(int[] lengths) {
        for (int l : lengths) {
            if (l != lengths[0]) {
                List<Integer> all = new ArrayList<>();
                for (int x : lengths) {
                    all.add(x);
                }
                throw new ValueError("Found input variables with inconsistent numbers of samples: " + all);
            }
        }
    }

    /** scikit-learn 1.3+'s {@code validate_params} of {@code train_test_split}. */
    private void validateParams() {
        String prefix = "The '%s' parameter of train_test_split must be ";
        for (String name : new String[] {"test_size", "train_size"}) {
            Size s = name.equals("test_size") ? testSize : trainSize;
            if (!s.satisfiesTrainTestConstraint()) {
                throw new InvalidParameterError(String.format(prefix, name)
                        + "a float in the range (0.0, 1.0), an int in the range [1, inf) or None. Got " + s.repr() + " instead.");
            }
        }
        if (!randomState.satisfiesConstraint()) {
            throw new InvalidParameterError(String.format(prefix, "random_state")
                    + "an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None. Got "
                    + randomState.repr() + " instead.");
        }
        if (!(shuffle instanceof Boolean)) {
            throw new InvalidParameterError(String.format(prefix, "shuffle")
                    + "an instance of 'bool' or an instance of 'numpy.bool'. Got " + PyFormat.repr(shuffle) + " instead.");
        }
        if (stratify != null && !SklearnPython.isArrayLike(stratify)) {
            throw new InvalidParameterError(String.format(prefix, "stratify")
                    + "an array-like or None. Got " + PyFormat.repr(stratify) + " instead.");
        }
    }
}
