package org.nprand.sklearn;

import java.util.Arrays;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code StratifiedKFold(n_splits=5, *, shuffle=False, random_state=None)}: folds
 * that keep each class's share.
 *
 * <p>Classes are numbered by first appearance in {@code y} (the one place scikit-learn does not
 * use sorted order); the sorted codes are dealt round robin to the folds, so each fold gets its
 * share of every class, and with {@code shuffle} each class's fold numbers are shuffled (one
 * shuffle per class, in code order) before the class's samples, in ascending order, take them.
 * Only binary and multiclass targets are accepted ({@code Supported target types are: ('binary',
 * 'multiclass'). Got 'continuous' instead.}); a class with fewer members than folds gives
 * scikit-learn's warning, all classes so small its error.
 */
public final class StratifiedKFold extends BaseKFold {

    /** {@code StratifiedKFold()}: 5 folds, no shuffling. */
    public StratifiedKFold() {
        this(5);
    }

    /** {@code StratifiedKFold(n_splits)}. */
    public StratifiedKFold(int nSplits) {
        this(nSplits, false);
    }

    /** {@code StratifiedKFold(n_splits, shuffle=shuffle)}, {@code random_state=None}. */
    public StratifiedKFold(int nSplits, boolean shuffle) {
        this(nSplits, shuffle, RandomStateParam.none());
    }

    /** {@code StratifiedKFold(n_splits, shuffle=shuffle, random_state=seed)}. */
    public StratifiedKFold(int nSplits, boolean shuffle, long seed) {
        this(nSplits, shuffle, RandomStateParam.seed(seed));
    }

    /** {@code StratifiedKFold(n_splits, shuffle=shuffle, random_state=rs)}: a shared instance. */
    public StratifiedKFold(int nSplits, boolean shuffle, org.nprand.numpy.RandomState randomState) {
        this(nSplits, shuffle, RandomStateParam.of(randomState));
    }

    /** {@code StratifiedKFold(n_splits, shuffle=shuffle, random_state=...)}. */
    public StratifiedKFold(int nSplits, boolean shuffle, RandomStateParam randomState) {
        super(nSplits, shuffle, randomState);
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
    int[] folds(int nSamples, Labels y, Labels groups) {
        Rng rng = randomState.resolve();
        String target = y.typeOfTarget();
        checkTargetType(target);
        Labels y1 = y.column1d();
        Labels.Unique u = y1.unique();
        int nClasses = u.size();
        // codes by first appearance
        Integer[] order = new Integer[nClasses];
        for (int c = 0; c < nClasses; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(u.first[a], u.first[b]));
        int[] code = new int[nClasses];
        for (int r = 0; r < nClasses; r++) {
            code[order[r]] = r;
        }
        int n = y1.size();
        int[] encoded = new int[n];
        int[] counts = new int[nClasses];
        for (int i = 0; i < n; i++) {
            encoded[i] = code[u.inverse[i]];
            counts[encoded[i]]++;
        }
        int min = Integer.MAX_VALUE;
        boolean allSmall = true;
        for (int c : counts) {
            min = Math.min(min, c);
            allSmall &= nSplits > c;
        }
        if (allSmall) {
            throw new ValueError("n_splits=" + nSplits + " cannot be greater than the number of members in each class.");
        }
        if (nSplits > min) {
            warn("The least populated class in y has only " + min + " members, which is less than n_splits=" + nSplits + ".");
        }
        // allocation[i][c]: sorted positions p of class c with p % k == i
        int[][] allocation = new int[nSplits][nClasses];
        int start = 0;
        for (int c = 0; c < nClasses; c++) {
            for (int p = start; p < start + counts[c]; p++) {
                allocation[p % nSplits][c]++;
            }
            start += counts[c];
        }
        int[] testFolds = new int[n];
        int[] cursor = new int[nClasses];
        long[][] foldsFor = new long[nClasses][];
        for (int c = 0; c < nClasses; c++) {
            long[] f = new long[counts[c]];
            int j = 0;
            for (int i = 0; i < nSplits; i++) {
                for (int r = 0; r < allocation[i][c]; r++) {
                    f[j++] = i;
                }
            }
            if (shuffle) {
                rng.shuffle(f);
            }
            foldsFor[c] = f;
        }
        for (int i = 0; i < n; i++) {
            int c = encoded[i];
            testFolds[i] = (int) foldsFor[c][cursor[c]++];
        }
        return testFolds;
    }

    /** The target-type check shared with {@link StratifiedGroupKFold}. */
    static void checkTargetType(String target) {
        if (!target.equals("binary") && !target.equals("multiclass")) {
            throw new ValueError("Supported target types are: ('binary', 'multiclass'). Got '" + target + "' instead.");
        }
    }

    @Override
    public StratifiedKFold compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public StratifiedKFold setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
