package org.nprand.sklearn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.nprand.errors.IndexError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.RandomState;

/**
 * scikit-learn's {@code sklearn.utils.resample(*arrays, replace=True, n_samples=None,
 * random_state=None, stratify=None)} and {@code sklearn.utils.shuffle(*arrays,
 * random_state=None, n_samples=None)} ({@code resample} with {@code replace=False}), index for
 * index.
 *
 * <pre>{@code
 * // X_boot, y_boot = resample(X, y, random_state=0)
 * Resample.Result r = Resample.resample().randomState(0).apply(X, y);
 * // X_s, y_s = shuffle(X, y, random_state=0)
 * Resample.Result s = Resample.shuffle().randomState(0).apply(X, y);
 * }</pre>
 *
 * <p>Draws: with replacement, {@code rng.choice(n, n_samples)} (= {@code randint(0, n,
 * n_samples)}); without, one {@code shuffle(arange(n))}, then its first {@code n_samples}. With
 * {@code stratify}: {@code _approximate_mode} counts per class (sorted classes), one
 * {@code choice} per class (a full permutation of the class without replacement, even for 0
 * draws), then a permutation of the concatenation.
 */
public final class Resample {

    private boolean replace;
    private Object replaceValue;
    private Object nSamples;
    private RandomStateParam randomState = RandomStateParam.none();
    private Object stratify;
    private SklearnVersion version = SklearnVersion.LATEST;

    private Resample(boolean replace) {
        this.replace = replace;
        this.replaceValue = replace;
    }

    /** {@code resample} ({@code replace=True}). */
    public static Resample resample() {
        return new Resample(true);
    }

    /** {@code shuffle}: {@code resample(replace=False)}. */
    public static Resample shuffle() {
        return new Resample(false);
    }

    /** {@code replace}. */
    public Resample replace(boolean replace) {
        this.replace = replace;
        this.replaceValue = replace;
        return this;
    }

    /** {@code n_samples} (null: None, the number of samples). */
    public Resample nSamples(Integer nSamples) {
        this.nSamples = nSamples == null ? null : (Object) (long) nSamples;
        return this;
    }

    /** {@code random_state=seed}. */
    public Resample randomState(long seed) {
        return randomState(RandomStateParam.seed(seed));
    }

    /** {@code random_state=rs}: a shared instance, advanced by each call. */
    public Resample randomState(RandomState rs) {
        Objects.requireNonNull(rs, "rs must not be null");
        return randomState(RandomStateParam.of(rs));
    }

    /** {@code random_state}. */
    public Resample randomState(RandomStateParam param) {
        this.randomState = param == null ? RandomStateParam.none() : param;
        return this;
    }

    /** {@code stratify} (null: None). */
    public Resample stratify(Labels labels) {
        this.stratify = labels;
        return this;
    }

    /** Reproduces an older scikit-learn release (see {@link SklearnVersion}). */
    public Resample compat(SklearnVersion release) {
        this.version = Objects.requireNonNull(release, "release");
        return this;
    }

    Resample pythonReplace(Object value) {
        this.replaceValue = value;
        this.replace = SklearnPython.truthy(value);
        return this;
    }

    Resample pythonNSamples(Object value) {
        this.nSamples = value;
        return this;
    }

    Resample pythonStratify(Object value) {
        this.stratify = value;
        return this;
    }

    /** What {@code resample} returns, with the indices behind it. */
    public static final class Result {
        private final int[] indices;
        private final List<Object> arrays;

        Result(int[] indices, List<Object> arrays) {
            this.indices = indices;
            this.arrays = arrays;
        }

        /** The chosen indices, in output order. */
        public int[] indices() {
            return indices.clone();
        }

        /** Each array resampled (Python returns the one array alone, or this list). */
        public List<Object> arrays() {
            return arrays;
        }

        /** Array {@code i} resampled. */
        @SuppressWarnings("unchecked")
        public <T> T array(int i) {
            return (T) arrays.get(i);
        }
    }

    /** The indices for {@code nSamples} samples. */
    public int[] indices(int nSamples) {
        return run(new Object[] {new int[nSamples]}, true).indices;
    }

    /**
     * {@code resample()} / {@code shuffle()} without arrays: None (null), after resolving the
     * random state (which may raise), as in scikit-learn.
     */
    public Result apply() {
        return run(new Object[0], false);
    }

    /**
     * {@code resample(a)} / {@code shuffle(a)}: the indices and the array resampled. An array may
     * be any Java array (a {@code double[][]} is indexed by rows), a {@link List} or an
     * {@link org.nprand.numpy.NdArray}. (There is no varargs form: Java would spread a lone
     * {@code Object[]} such as a {@code double[][]} into several arguments.)
     */
    public Result apply(Object a) {
        return run(new Object[] {a}, false);
    }

    /** {@code resample(a, b)} / {@code shuffle(a, b)}. */
    public Result apply(Object a, Object b) {
        return run(new Object[] {a, b}, false);
    }

    /** {@code resample(a, b, c)} / {@code shuffle(a, b, c)}. */
    public Result apply(Object a, Object b, Object c) {
        return run(new Object[] {a, b, c}, false);
    }

    /** {@code resample(*arrays)} / {@code shuffle(*arrays)} for any number of arrays (none: null). */
    public Result applyArrays(List<?> arrays) {
        Objects.requireNonNull(arrays, "arrays must not be null");
        return run(arrays.toArray(), false);
    }

    private Result run(Object[] arrays, boolean indicesOnly) {
        if (version.atLeast(3)) {
            validateParams();
        }
        Rng rng = randomState.resolve();
        if (arrays.length == 0) {
            return null;
        }
        int n = Indexing.numSamples(arrays[0]);
        long max;
        if (nSamples == null) {
            max = n;
        } else {
            max = SklearnPython.integer(nSamples);
            if (max > n && !replace) {
                throw new ValueError("Cannot sample " + max + " out of arrays with dim " + n + " when replace is False");
            }
        }
        int[] lengths = new int[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            lengths[i] = Indexing.numSamples(arrays[i]);
        }
        TrainTestSplit.checkLengths(lengths);
        int[] indices;
        if (stratify == null) {
            if (replace) {
                if (max < 0) {
                    throw new ValueError("negative dimensions are not allowed");
                }
                long[] drawn = version.atLeast(7) ? rng.choice(n, (int) max) : rng.randint(0, n, (int) max);
                indices = CrossValidator.toInt(drawn);
            } else {
                long[] all = rng.permutation(n);
                long stop = max >= 0 ? Math.min(max, n) : Math.max(0, n + max);
                indices = CrossValidator.toInt(java.util.Arrays.copyOf(all, (int) stop));
            }
        } else {
            Labels y = stratify instanceof Labels ? (Labels) stratify : SklearnPython.labels(stratify);
            y.checkArray("");
            Labels joined = y.joinRows();
            Labels.Unique u = joined.unique();
            int nClasses = u.size();
            long[] counts = new long[nClasses];
            int[][] classIndices = new int[nClasses][];
            int[] fill = new int[nClasses];
            for (int c = 0; c < nClasses; c++) {
                counts[c] = u.counts[c];
                classIndices[c] = new int[u.counts[c]];
            }
            for (int i = 0; i < u.inverse.length; i++) {
                classIndices[u.inverse[i]][fill[u.inverse[i]]++] = i;
            }
            long[] nI = ApproximateMode.of(counts, max, rng);
            List<Long> chosen = new ArrayList<>();
            for (int c = 0; c < nClasses; c++) {
                int[] idx = classIndices[c];
                if (replace) {
                    for (long k : rng.randint(0, idx.length, (int) nI[c])) {
                        chosen.add((long) idx[(int) k]);
                    }
                } else {
                    long[] perm = rng.permutation(idx.length);
                    for (int k = 0; k < nI[c]; k++) {
                        chosen.add((long) idx[(int) perm[k]]);
                    }
                }
            }
            long[] permuted = rng.permutation(chosen.stream().mapToLong(Long::longValue).toArray());
            if (permuted.length == 0 && !version.atLeast(3)) {
                // np.array([]) is float64, which _safe_indexing refuses
                throw new ValueError("No valid specification of the columns. Only a scalar, list or slice of all integers or all strings, or boolean mask is allowed");
            }
            indices = CrossValidator.toInt(permuted);
            for (int i : indices) {
                if (i >= n) {
                    throw new IndexError("index " + i + " is out of bounds for axis 0 with size " + n);
                }
            }
        }
        List<Object> out = new ArrayList<>();
        if (!indicesOnly) {
            for (Object a : arrays) {
                out.add(Indexing.take(a, indices));
            }
        }
        return new Result(indices, Collections.unmodifiableList(out));
    }

    /** scikit-learn 1.3+'s {@code validate_params} of {@code resample}. */
    private void validateParams() {
        String prefix = "The '%s' parameter of resample must be ";
        if (!(replaceValue instanceof Boolean)) {
            throw new InvalidParameterError(String.format(prefix, "replace")
                    + "an instance of 'bool' or an instance of 'numpy.bool'. Got " + PyFormat.repr(replaceValue) + " instead.");
        }
        if (nSamples != null && !(SklearnPython.isInt(nSamples) && SklearnPython.integer(nSamples) >= 1)) {
            throw new InvalidParameterError(String.format(prefix, "n_samples")
                    + "an int in the range [1, inf) or None. Got " + PyFormat.repr(nSamples) + " instead.");
        }
        if (!randomState.satisfiesConstraint()) {
            throw new InvalidParameterError(String.format(prefix, "random_state")
                    + "an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None. Got "
                    + randomState.repr() + " instead.");
        }
        if (stratify != null && !SklearnPython.isArrayLike(stratify)) {
            throw new InvalidParameterError(String.format(prefix, "stratify")
                    + (version.atLeast(9) ? "an array-like, a sparse array or matrix or None. Got " : "an array-like, a sparse matrix or None. Got ")
                    + PyFormat.repr(stratify) + " instead.");
        }
    }
}
