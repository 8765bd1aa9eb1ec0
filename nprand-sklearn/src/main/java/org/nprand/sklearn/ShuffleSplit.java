package org.nprand.sklearn;

import java.util.Arrays;

/**
 * scikit-learn's {@code ShuffleSplit(n_splits=10, *, test_size=None, train_size=None,
 * random_state=None)}: each split one {@code rng.permutation(n)}, its first {@code n_test}
 * entries the test set and the next {@code n_train} the training set, in permutation order.
 * The default test size is 0.1.
 */
public final class ShuffleSplit extends BaseShuffleSplit {

    /** {@code ShuffleSplit()}: 10 splits, test size 0.1, global random state. */
    public ShuffleSplit() {
        this(10);
    }

    /** {@code ShuffleSplit(n_splits)}. */
    public ShuffleSplit(int nSplits) {
        this(nSplits, Size.NONE, Size.NONE, RandomStateParam.none());
    }

    /** {@code ShuffleSplit(n_splits, test_size=testSize, random_state=seed)}. */
    public ShuffleSplit(int nSplits, double testSize, long seed) {
        this(nSplits, Size.of(testSize), Size.NONE, RandomStateParam.seed(seed));
    }

    /** {@code ShuffleSplit(n_splits, test_size=..., train_size=..., random_state=...)}. */
    public ShuffleSplit(int nSplits, Size testSize, Size trainSize, RandomStateParam randomState) {
        super(nSplits, testSize, trainSize, randomState);
    }

    @Override
    double defaultTestSize() {
        return 0.1;
    }

    @Override
    public Splits split(int nSamples, Labels y, Labels groups) {
        warnGroupsIgnored(groups);
        return super.split(nSamples, y, groups);
    }

    @Override
    Drawer setUp(int nSamples, Labels y, Labels groups) {
        int[] sizes = Size.validateShuffleSplit(nSamples, testSize, trainSize, defaultTestSize());
        return drawer(nSamples, sizes[0], sizes[1]);
    }

    /** ShuffleSplit's draws: one permutation per split. */
    static Drawer drawer(int n, int nTrain, int nTest) {
        return rng -> {
            int[] perm = toInt(rng.permutation(n));
            return new Split(Arrays.copyOfRange(perm, nTest, Math.min(n, nTest + nTrain)),
                    Arrays.copyOfRange(perm, 0, Math.min(n, nTest)));
        };
    }

    @Override
    public ShuffleSplit compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public ShuffleSplit setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
