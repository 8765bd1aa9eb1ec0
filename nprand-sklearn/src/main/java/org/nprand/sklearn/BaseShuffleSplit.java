package org.nprand.sklearn;

import java.util.Iterator;
import java.util.Objects;

/**
 * scikit-learn's {@code BaseShuffleSplit}: {@link ShuffleSplit}, {@link StratifiedShuffleSplit},
 * {@link GroupShuffleSplit}. The sizes are checked and the random state resolved when iteration
 * starts; each split is then drawn when it is asked for, from the one resolved random state.
 */
public abstract class BaseShuffleSplit extends CrossValidator {

    final int nSplits;
    final Size testSize;
    final Size trainSize;
    final RandomStateParam randomState;

    BaseShuffleSplit(int nSplits, Size testSize, Size trainSize, RandomStateParam randomState) {
        this.nSplits = nSplits;
        this.testSize = testSize == null ? Size.NONE : testSize;
        this.trainSize = trainSize == null ? Size.NONE : trainSize;
        this.randomState = randomState == null ? RandomStateParam.none() : randomState;
    }

    /** The test size used when both sizes are None (0.1, or 0.2 for {@code GroupShuffleSplit}). */
    abstract double defaultTestSize();

    /** {@code n_splits}. */
    public int nSplits() {
        return nSplits;
    }

    /** {@code test_size}. */
    public Size testSize() {
        return testSize;
    }

    /** {@code train_size}. */
    public Size trainSize() {
        return trainSize;
    }

    /** {@code random_state}. */
    public RandomStateParam randomState() {
        return randomState;
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        return nSplits;
    }

    /** The per-iteration draws, after the set-up. */
    interface Drawer {
        Split draw(Rng rng);
    }

    /** The generator's set-up ({@code _iter_indices} before its loop): checks, then the drawer. */
    abstract Drawer setUp(int nSamples, Labels y, Labels groups);

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private Drawer drawer;
            private Rng rng;
            private int i;

            @Override
            protected Split advance() {
                if (drawer == null) {
                    checkConsistentLength(nSamples, y, groups);
                    Drawer d = setUp(nSamples, y, groups);
                    rng = randomState.resolve();
                    drawer = Objects.requireNonNull(d);
                }
                if (i >= nSplits) {
                    return null;
                }
                i++;
                return drawer.draw(rng);
            }
        };
    }

    @Override
    String params() {
        return "n_splits=" + nSplits + ", random_state=" + randomState.repr() + ", test_size=" + testSize.repr()
                + ", train_size=" + trainSize.repr();
    }
}
