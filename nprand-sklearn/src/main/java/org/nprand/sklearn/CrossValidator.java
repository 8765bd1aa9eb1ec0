package org.nprand.sklearn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.nprand.errors.ValueError;
import org.nprand.numpy.WarningHandler;

/**
 * scikit-learn's cross-validators ({@code BaseCrossValidator}, {@code _BaseKFold},
 * {@code BaseShuffleSplit}, {@code _RepeatedSplits}): {@code split} and {@code get_n_splits}.
 *
 * <p>{@code X} is given by its number of samples (only its length matters to scikit-learn);
 * {@code y} and {@code groups} as {@link Labels}, or null for None:
 * <pre>{@code
 * for (Split s : new KFold(5, true, 42).split(100)) { ... }          // KFold(5, shuffle=True, random_state=42).split(X)
 * new StratifiedKFold(5).split(y.length, Labels.of(y)).toList();       // list(StratifiedKFold(5).split(X, y))
 * new GroupKFold(3).split(n, null, Labels.of(groups));                 // GroupKFold(3).split(X, groups=groups)
 * }</pre>
 *
 * <p>Errors are scikit-learn's ({@code org.nprand.errors.ValueError} and friends, with its
 * messages), thrown where scikit-learn raises them: constructor checks in the constructor, the
 * checks {@code split()} makes before returning its generator in {@code split()}, and the rest when
 * iteration starts. scikit-learn's warnings ({@code UserWarning: The least populated class in y
 * has only 1 members, which is less than n_splits=3.}) go to the {@link WarningHandler} set with
 * {@link #setWarningHandler}, or to {@link #setDefaultWarningHandler the default one}, which
 * ignores them: nothing is printed.
 *
 * <p>Not thread-safe while configuring; splitting is safe from several threads when the random
 * state is an int seed (a shared {@code RandomState} is not thread-safe, as in NumPy).
 */
public abstract class CrossValidator {

    private static volatile WarningHandler defaultHandler = WarningHandler.IGNORE;

    SklearnVersion version = SklearnVersion.LATEST;
    WarningHandler warningHandler;

    CrossValidator() {
    }

    // ---- configuration ----------------------------------------------------------------------

    /**
     * Reproduces an older scikit-learn release (see {@link SklearnVersion}); the default is
     * {@link SklearnVersion#LATEST}.
     *
     * @return this
     */
    public CrossValidator compat(SklearnVersion release) {
        this.version = Objects.requireNonNull(release, "release");
        return this;
    }

    /** The release reproduced. */
    public SklearnVersion compat() {
        return version;
    }

    /**
     * Where this splitter's warnings go (scikit-learn's {@code warnings.warn(..., UserWarning)}):
     * {@code handler.warn("UserWarning", message)}. Null: the default handler.
     *
     * @return this
     */
    public CrossValidator setWarningHandler(WarningHandler handler) {
        this.warningHandler = handler;
        return this;
    }

    /** The handler of splitters that have none of their own; initially one that ignores warnings. */
    public static void setDefaultWarningHandler(WarningHandler handler) {
        defaultHandler = handler == null ? WarningHandler.IGNORE : handler;
    }

    WarningHandler warningHandler() {
        return warningHandler;
    }

    void warn(String message) {
        WarningHandler h = warningHandler != null ? warningHandler : defaultHandler;
        h.warn("UserWarning", message);
    }

    /** Copies the release and warning handler to an inner splitter (Repeated*). */
    <T extends CrossValidator> T configure(T inner) {
        inner.version = version;
        inner.warningHandler = warningHandler;
        return inner;
    }

    // ---- split ----------------------------------------------------------------------------------

    /** {@code split(X)} for {@code nSamples} samples. */
    public final Splits split(int nSamples) {
        return split(nSamples, null, null);
    }

    /** {@code split(X, y)}; {@code y} null is None. */
    public final Splits split(int nSamples, Labels y) {
        return split(nSamples, y, null);
    }

    /**
     * {@code split(X, y, groups)}: the (train, test) index arrays, lazily (see {@link Splits}).
     *
     * @param nSamples the number of samples ({@code len(X)})
     * @param y the targets, or null (None)
     * @param groups the group labels, or null (None)
     */
    public Splits split(int nSamples, Labels y, Labels groups) {
        if (nSamples < 0) {
            throw new ValueError("negative number of samples: " + nSamples);
        }
        return new Splits(() -> iterate(nSamples, y, groups));
    }

    /** The lazy part of {@code split()}: the generator. */
    abstract java.util.Iterator<Split> iterate(int nSamples, Labels y, Labels groups);

    /**
     * {@code get_n_splits()}: the number of splits, for the splitters whose count does not depend
     * on the data (the others raise scikit-learn's error for a missing {@code X} or
     * {@code groups}).
     */
    public int getNSplits() {
        return Math.toIntExact(getNSplits(-1, null, null));
    }

    /**
     * {@code get_n_splits(X, y, groups)}: the number of splits; {@code nSamples} -1 stands for
     * {@code X=None}.
     *
     * @throws ArithmeticException when the count exceeds a long ({@code LeavePOut},
     *     {@code LeavePGroupsOut}: see their exact {@code BigInteger} forms)
     */
    public abstract long getNSplits(int nSamples, Labels y, Labels groups);

    // ---- shared pieces ------------------------------------------------------------------------

    /** scikit-learn 1.6+'s {@code _UnsupportedGroupCVMixin}: warns when groups are given. */
    void warnGroupsIgnored(Labels groups) {
        if (groups != null && version.atLeast(6)) {
            warn("The groups parameter is ignored by " + getClass().getSimpleName());
        }
    }

    /** scikit-learn's {@code check_consistent_length(X, y, groups)} (the non-None ones). */
    static void checkConsistentLength(int nSamples, Labels... others) {
        List<Integer> lengths = new ArrayList<>();
        if (nSamples >= 0) {
            lengths.add(nSamples);
        }
        for (Labels l : others) {
            if (l != null) {
                lengths.add(l.size());
            }
        }
        if (new LinkedHashSet<>(lengths).size() > 1) {
            throw new ValueError("Found input variables with inconsistent numbers of samples: " + lengths);
        }
    }

    /** scikit-learn's {@code check_array(a, ensure_2d=False, dtype=None)} of a required array. */
    Labels checkArray(Labels a, String inputName) {
        if (a == null) {
            throw new org.nprand.errors.TypeError(version.atLeast(6)
                    ? "Input should have at least 1 dimension i.e. satisfy `len(x.shape) > 0`, got scalar `array(None, dtype=object)` instead."
                    : "Singleton array array(None, dtype=object) cannot be considered a valid collection.");
        }
        a.checkArray(inputName);
        return a;
    }

    /** The groups checks of the group splitters: not None, then {@code check_array}. */
    static Labels requireGroups(Labels groups) {
        if (groups == null) {
            throw new ValueError("The 'groups' parameter should not be None.");
        }
        groups.checkArray("groups");
        return groups;
    }

    /** A test mask as scikit-learn yields it: (ascending complement, ascending test). */
    static Split fromMask(boolean[] test) {
        int t = 0;
        for (boolean b : test) {
            if (b) {
                t++;
            }
        }
        int[] train = new int[test.length - t];
        int[] te = new int[t];
        int a = 0;
        int b = 0;
        for (int i = 0; i < test.length; i++) {
            if (test[i]) {
                te[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new Split(train, te);
    }

    /** The split whose test set is the samples with {@code fold[i] == f}. */
    static Split fromFolds(int[] fold, int f) {
        boolean[] mask = new boolean[fold.length];
        for (int i = 0; i < fold.length; i++) {
            mask[i] = fold[i] == f;
        }
        return fromMask(mask);
    }

    static int[] toInt(long[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (int) a[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + params() + ")";
    }

    /** The parameters, for {@link #toString()}. */
    abstract String params();
}
