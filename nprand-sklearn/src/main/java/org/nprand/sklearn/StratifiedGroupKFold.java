package org.nprand.sklearn;

import java.util.Arrays;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * scikit-learn's {@code StratifiedGroupKFold(n_splits=5, shuffle=False, random_state=None)}:
 * folds of whole groups that keep the class shares as well as the groups allow.
 *
 * <p>The groups' class-count rows ({@code np.unique} order, optionally shuffled: one shuffle of
 * the rows) are taken by decreasing standard deviation of their counts (a stable sort), each to the
 * fold that minimizes the mean over classes of the standard deviation over folds of the
 * per-class share, ties ({@code np.isclose}) going to the fold with fewer samples, then the lower
 * fold. Every float is computed in NumPy's order (pairwise sums), because the comparisons are
 * exact.
 *
 * <p>Release differences: before 1.8 ({@link SklearnVersion#V1_6}, {@link SklearnVersion#V1_2})
 * the shuffled rows were not remapped to their groups (the fold chosen for the row in position
 * {@code r} went to the group that was first in position {@code r}), and fewer groups than folds
 * left folds empty instead of raising {@code Cannot have number of splits n_splits=3 greater than
 * the number of groups: 2.}.
 */
public final class StratifiedGroupKFold extends BaseKFold {

    /** {@code StratifiedGroupKFold()}: 5 folds, no shuffling. */
    public StratifiedGroupKFold() {
        this(5);
    }

    /** {@code StratifiedGroupKFold(n_splits)}. */
    public StratifiedGroupKFold(int nSplits) {
        this(nSplits, false);
    }

    /** {@code StratifiedGroupKFold(n_splits, shuffle)}, {@code random_state=None}. */
    public StratifiedGroupKFold(int nSplits, boolean shuffle) {
        this(nSplits, shuffle, RandomStateParam.none());
    }

    /** {@code StratifiedGroupKFold(n_splits, shuffle, random_state=seed)}. */
    public StratifiedGroupKFold(int nSplits, boolean shuffle, long seed) {
        this(nSplits, shuffle, RandomStateParam.seed(seed));
    }

    /** {@code StratifiedGroupKFold(n_splits, shuffle, random_state=rs)}: a shared instance. */
    public StratifiedGroupKFold(int nSplits, boolean shuffle, org.nprand.numpy.RandomState randomState) {
        this(nSplits, shuffle, RandomStateParam.of(randomState));
    }

    /** {@code StratifiedGroupKFold(n_splits, shuffle, random_state=...)}. */
    public StratifiedGroupKFold(int nSplits, boolean shuffle, RandomStateParam randomState) {
        super(nSplits, shuffle, randomState);
    }

    @Override
    int[] folds(int nSamples, Labels y, Labels groups) {
        Rng rng = randomState.resolve();
        if (y == null) {
            throw new TypeError("Expected array-like (array or non-string sequence), got None");
        }
        StratifiedKFold.checkTargetType(y.typeOfTarget());
        Labels y1 = y.column1d();
        Labels.Unique yu = y1.unique();
        int nClasses = yu.size();
        int[] yCnt = yu.counts;
        boolean allSmall = true;
        int smallest = Integer.MAX_VALUE;
        for (int c : yCnt) {
            allSmall &= nSplits > c;
            smallest = Math.min(smallest, c);
        }
        if (allSmall) {
            throw new ValueError("n_splits=" + nSplits + " cannot be greater than the number of members in each class.");
        }
        if (nSplits > smallest) {
            warn("The least populated class in y has only " + smallest + " members, which is less than n_splits=" + nSplits + ".");
        }
        int nGroups;
        int[] groupsInv;
        if (groups != null) {
            Labels.Unique gu = groups.unique();
            nGroups = gu.size();
            groupsInv = gu.inverse.clone();
        } else {
            // np.unique(None): one group, and an inverse that is 0-d (NumPy 2) or of length 1 (NumPy 1)
            nGroups = 1;
            groupsInv = new int[] {0};
            if (version == SklearnVersion.V1_6) {
                throw new TypeError("iteration over a 0-d array");
            }
        }
        if (version.atLeast(9) && nSplits > nGroups) {
            throw new ValueError("Cannot have number of splits n_splits=" + nSplits
                    + " greater than the number of groups: " + nGroups + ".");
        }
        double[][] perGroup = new double[nGroups][nClasses];
        int pairs = Math.min(yu.inverse.length, groupsInv.length);
        for (int i = 0; i < pairs; i++) {
            perGroup[groupsInv[i]][yu.inverse[i]] += 1;
        }
        double[][] perFold = new double[nSplits][nClasses];
        int[] groupFold = new int[nGroups];
        if (shuffle) {
            long[] perm = new long[nGroups];
            for (int g = 0; g < nGroups; g++) {
                perm[g] = g;
            }
            rng.shuffle(perm);
            double[][] shuffled = new double[nGroups][];
            for (int r = 0; r < nGroups; r++) {
                shuffled[r] = perGroup[(int) perm[r]];
            }
            perGroup = shuffled;
            if (version.atLeast(8)) {
                int[] inv = new int[nGroups];
                for (int r = 0; r < nGroups; r++) {
                    inv[(int) perm[r]] = r;
                }
                for (int i = 0; i < groupsInv.length; i++) {
                    groupsInv[i] = inv[groupsInv[i]];
                }
            }
        }
        double[] negStd = new double[nGroups];
        for (int g = 0; g < nGroups; g++) {
            negStd[g] = -NpMath.std(perGroup[g]);
        }
        Integer[] order = new Integer[nGroups];
        for (int g = 0; g < nGroups; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> negStd[a] < negStd[b] ? -1 : (negStd[b] < negStd[a] ? 1 : 0));
        double[] yCntD = new double[nClasses];
        for (int c = 0; c < nClasses; c++) {
            yCntD[c] = yCnt[c];
        }
        for (int g : order) {
            double[] counts = perGroup[g];
            int best = bestFold(perFold, yCntD, counts);
            for (int c = 0; c < nClasses; c++) {
                perFold[best][c] += counts[c];
            }
            groupFold[g] = best;
        }
        // samples beyond groups_inv (NumPy 1's inverse of np.unique(None)) are in no test set
        int[] fold = new int[nSamples];
        Arrays.fill(fold, -1);
        for (int i = 0; i < Math.min(nSamples, groupsInv.length); i++) {
            fold[i] = groupFold[groupsInv[i]];
        }
        return fold;
    }

    /** {@code _find_best_fold}. */
    private int bestFold(double[][] perFold, double[] yCnt, double[] groupCounts) {
        int best = -1;
        double minEval = Double.POSITIVE_INFINITY;
        double minSamples = Double.POSITIVE_INFINITY;
        int nClasses = yCnt.length;
        double[][] share = new double[nSplits][nClasses];
        for (int i = 0; i < nSplits; i++) {
            for (int c = 0; c < nClasses; c++) {
                perFold[i][c] += groupCounts[c];
            }
            for (int f = 0; f < nSplits; f++) {
                for (int c = 0; c < nClasses; c++) {
                    share[f][c] = perFold[f][c] / yCnt[c];
                }
            }
            double[] stdPerClass = NpMath.stdAxis0(share);
            for (int c = 0; c < nClasses; c++) {
                perFold[i][c] -= groupCounts[c];
            }
            double eval = NpMath.mean(stdPerClass);
            double samples = NpMath.sum(perFold[i]);
            boolean better = eval < minEval || (NpMath.isclose(eval, minEval) && samples < minSamples);
            if (better) {
                minEval = eval;
                minSamples = samples;
                best = i;
            }
        }
        return best;
    }

    @Override
    public StratifiedGroupKFold compat(SklearnVersion release) {
        super.compat(release);
        return this;
    }

    @Override
    public StratifiedGroupKFold setWarningHandler(org.nprand.numpy.WarningHandler handler) {
        super.setWarningHandler(handler);
        return this;
    }
}
