package org.nprand.sklearn;

/**
 * scikit-learn's {@code GroupShuffleSplit(n_splits=5, *, test_size=None, train_size=None,
 * random_state=None)}: {@link ShuffleSplit} over the distinct groups ({@code np.unique} order;
 * the sizes count groups, default test size 0.2), each split's samples in ascending order.
 */
public final class GroupShuffleSplit extends BaseShuffleSplit {

    /** {@code GroupShuffleSplit()}: 5 splits, test size 0.2, global random state. */
    public GroupShuffleSplit() {
        this(5);
    }

    /** {@code GroupShuffleSplit(n_splits)}. */
    public GroupShuffleSplit(int nSplits) {
        this(nSplits, Size.NONE, Size.NONE, RandomStateParam.none());
    }

    /** {@code GroupShuffleSplit(n_splits, test_size=testSize, random_state=seed)}. */
    public GroupShuffleSplit(int nSplits, double testSize, long seed) {
        this(nSplits, Size.of(testSize), Size.NONE, RandomStateParam.seed(seed));
    }

    /** {@code GroupShuffleSplit(n_splits, test_size=..., train_size=..., random_state=...)}. */
    public GroupShuffleSplit(int nSplits, Size testSize, Size trainSize, RandomStateParam randomState) {
        super(nSplits, testSize, trainSize, randomState);
    }

    @Override
    double defaultTestSize() {
        return 0.2;
    }

    @Override
    Drawer setUp(int nSamples, Labels y, Labels groups) {
        requireGroups(groups);
        Labels.Unique u = groups.unique();
        int nGroups = u.size();
        int[] sizes = Size.validateShuffleSplit(nGroups, testSize, trainSize, defaultTestSize());
        Drawer byGroup = ShuffleSplit.drawer(nGroups, sizes[0], sizes[1]);
        return rng -> {
            Split g = byGroup.draw(rng);
            return new Split(samplesOf(g.train(), u, nGroups), samplesOf(g.test(), u, nGroups));
        };
    }

    private static int[] samplesOf(int[] groupCodes, Labels.Unique u, int nGroups) {
        boolean[] in = new boolean[nGroups];
        for (int c : groupCodes) {
            in[c] = true;
        }
        int count = 0;
        for (int c : u.inverse) {
            if (in[c]) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < u.inverse.length; i++) {
            if (in[u.inverse[i]]) {
                out[k++] = i;
            }
        }
        return out;
    }

    @Override
    public GroupShuffleSplit compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public GroupShuffleSplit setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
