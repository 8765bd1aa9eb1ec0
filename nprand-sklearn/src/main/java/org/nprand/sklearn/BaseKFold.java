package org.nprand.sklearn;

import java.util.Iterator;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code _BaseKFold}: the k-fold splitters ({@link KFold}, {@link StratifiedKFold},
 * {@link GroupKFold}, {@link StratifiedGroupKFold}) and {@link TimeSeriesSplit}.
 *
 * <p>The constructor checks are scikit-learn's: {@code k-fold cross-validation requires at least
 * one train/test split by setting n_splits=2 or more, got n_splits=1.} and {@code Setting a
 * random_state has no effect since shuffle is False. You should leave random_state to its default
 * (None), or set shuffle=True.}
 */
public abstract class BaseKFold extends CrossValidator {

    final int nSplits;
    final boolean shuffle;
    final RandomStateParam randomState;

    BaseKFold(int nSplits, boolean shuffle, RandomStateParam randomState) {
        if (nSplits <= 1) {
            throw new ValueError("k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits="
                    + nSplits + ".");
        }
        if (randomState == null) {
            randomState = RandomStateParam.none();
        }
        if (!shuffle && !randomState.isNone()) {
            throw new ValueError("Setting a random_state has no effect since shuffle is False. You should leave random_state to its default (None), or set shuffle=True.");
        }
        this.nSplits = nSplits;
        this.shuffle = shuffle;
        this.randomState = randomState;
    }

    /** {@code n_splits}. */
    public int nSplits() {
        return nSplits;
    }

    /** {@code shuffle}. */
    public boolean shuffle() {
        return shuffle;
    }

    /** {@code random_state}. */
    public RandomStateParam randomState() {
        return randomState;
    }

    @Override
    public long getNSplits(int nSamples, Labels y, Labels groups) {
        return nSplits;
    }

    /**
     * The fold of each sample ({@code -1}: in no test set), computed when iteration starts, after
     * {@code _BaseKFold.split}'s checks.
     */
    abstract int[] folds(int nSamples, Labels y, Labels groups);

    @Override
    Iterator<Split> iterate(int nSamples, Labels y, Labels groups) {
        return new Splits.Generator() {
            private int[] fold;
            private int f;

            @Override
            protected Split advance() {
                if (fold == null) {
                    checkConsistentLength(nSamples, y, groups);
                    if (nSplits > nSamples) {
                        throw new ValueError("Cannot have number of splits n_splits=" + nSplits
                                + " greater than the number of samples: n_samples=" + nSamples + ".");
                    }
                    fold = folds(nSamples, y, groups);
                }
                return f < nSplits ? fromFolds(fold, f++) : null;
            }
        };
    }

    @Override
    String params() {
        return "n_splits=" + nSplits + ", random_state=" + randomState.repr() + ", shuffle=" + (shuffle ? "True" : "False");
    }
}
