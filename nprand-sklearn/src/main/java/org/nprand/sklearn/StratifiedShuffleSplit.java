package org.nprand.sklearn;

import java.util.ArrayList;
import java.util.List;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code StratifiedShuffleSplit(n_splits=10, *, test_size=None, train_size=None,
 * random_state=None)}: shuffle splits that keep each class's share (default test size 0.1).
 *
 * <p>Classes in {@code np.unique} (sorted) order; a 2-d {@code y} is one class per distinct row
 * ({@code ' '.join(row.astype(str))}). Each split draws, in this order: the training counts per
 * class ({@code _approximate_mode}), the test counts from what is left, one
 * {@code permutation(class_count)} per class, then a permutation of the training indices and one
 * of the test indices, which are output in that shuffled order.
 */
public final class StratifiedShuffleSplit extends BaseShuffleSplit {

    /** {@code StratifiedShuffleSplit()}: 10 splits, test size 0.1, global random state. */
    public StratifiedShuffleSplit() {
        this(10);
    }

    /** {@code StratifiedShuffleSplit(n_splits)}. */
    public StratifiedShuffleSplit(int nSplits) {
        this(nSplits, Size.NONE, Size.NONE, RandomStateParam.none());
    }

    /** {@code StratifiedShuffleSplit(n_splits, test_size=testSize, random_state=seed)}. */
    public StratifiedShuffleSplit(int nSplits, double testSize, long seed) {
        this(nSplits, Size.of(testSize), Size.NONE, RandomStateParam.seed(seed));
    }

    /** {@code StratifiedShuffleSplit(n_splits, test_size=..., train_size=..., random_state=...)}. */
    public StratifiedShuffleSplit(int nSplits, Size testSize, Size trainSize, RandomStateParam randomState) {
        super(nSplits, testSize, trainSize, randomState);
    }

    @Override
    double defaultTestSize() {
        return 0.1;
    }

    /** {@code split(X, y)} with {@code len(X) == len(y)}. */
    public Splits split(Labels y) {
        return split(y == null ? 0 : y.size(), y, null); // None: scikit-learn's TypeError below
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        checkArray(y, "y");
        return super.split(nSamples, y, groups);
    }

    @Override
    Drawer setUp(int nSamples, Labels y, Labels groups) {
        checkArray(y, "y");
        int[] sizes = Size.validateShuffleSplit(nSamples, testSize, trainSize, defaultTestSize());
        int nTrain = sizes[0];
        int nTest = sizes[1];
        Labels joined = y.joinRows();
        Labels.Unique u = joined.unique();
        int nClasses = u.size();
        long[] classCounts = new long[nClasses];
        List<Object> tooFew = new ArrayList<>();
        long min = Long.MAX_VALUE;
        for (int c = 0; c < nClasses; c++) {
            classCounts[c] = u.counts[c];
            min = Math.min(min, classCounts[c]);
            if (classCounts[c] < 2) {
                tooFew.add(u.values.get(c));
            }
        }
        if (min < 2) {
            if (version.atLeast(8)) {
                throw new ValueError("The least populated classes in y have only 1 member, which is too few. "
                        + "The minimum number of groups for any class cannot be less than 2. "
                        + "Classes with too few members are: " + PyFormat.listRepr(tooFew));
            }
            throw new ValueError("The least populated class in y has only 1 member, which is too few. "
                    + "The minimum number of groups for any class cannot be less than 2.");
        }
        if (nTrain < nClasses) {
            throw new ValueError("The train_size = " + nTrain + " should be greater or equal to the number of classes = " + nClasses);
        }
        if (nTest < nClasses) {
            throw new ValueError("The test_size = " + nTest + " should be greater or equal to the number of classes = " + nClasses);
        }
        int[][] classIndices = new int[nClasses][];
        int[] fill = new int[nClasses];
        for (int c = 0; c < nClasses; c++) {
            classIndices[c] = new int[u.counts[c]];
        }
        for (int i = 0; i < u.inverse.length; i++) {
            int c = u.inverse[i];
            classIndices[c][fill[c]++] = i;
        }
        return rng -> {
            long[] nI = ApproximateMode.of(classCounts, nTrain, rng);
            long[] remaining = new long[nClasses];
            for (int c = 0; c < nClasses; c++) {
                remaining[c] = classCounts[c] - nI[c];
            }
            long[] tI = ApproximateMode.of(remaining, nTest, rng);
            List<Long> train = new ArrayList<>();
            List<Long> test = new ArrayList<>();
            for (int c = 0; c < nClasses; c++) {
                long[] perm = rng.permutation((int) classCounts[c]);
                int[] idx = classIndices[c];
                for (int j = 0; j < perm.length; j++) {
                    long sample = idx[(int) perm[j]];
                    if (j < nI[c]) {
                        train.add(sample);
                    } else if (j < nI[c] + tI[c]) {
                        test.add(sample);
                    }
                }
            }
            long[] tr = rng.permutation(train.stream().mapToLong(Long::longValue).toArray());
            long[] te = rng.permutation(test.stream().mapToLong(Long::longValue).toArray());
            return new Split(toInt(tr), toInt(te));
        };
    }

    @Override
    public StratifiedShuffleSplit compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public StratifiedShuffleSplit setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
