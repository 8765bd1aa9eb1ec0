package org.nprand.sklearn;

import java.util.Objects;
/**
 * Which scikit-learn release a splitter or function reproduces. Index for index, releases differ
 * in two places only, plus some messages and warnings:
 *
 * <table>
 *   <caption>What each mode reproduces</caption>
 *   <tr><th>mode</th><th>verified against</th><th>also matches (by the changelog)</th><th>differs from {@link #V1_9} in</th></tr>
 *   <tr><td>{@link #V1_9} (default)</td><td>1.9.1 over NumPy 2.4.6</td><td>1.9.x</td><td>-</td></tr>
 *   <tr><td>{@link #V1_6}</td><td>1.6.1 over NumPy 2.4.6</td><td>1.6.x, 1.7.x</td><td>{@code GroupKFold} orders groups of equal
 *       size by NumPy's default (unstable) argsort; {@code StratifiedGroupKFold(shuffle=True)} shuffles
 *       the rows of its class-count matrix without remapping them to their groups, and allows fewer
 *       groups than folds; {@code StratifiedShuffleSplit}'s too-few-members message is the older
 *       one</td></tr>
 *   <tr><td>{@link #V1_2}</td><td>1.2.1 over NumPy 1.24.2</td><td>1.2.x</td><td>as {@link #V1_6}, and: no
 *       {@code GroupKFold(shuffle=...)}; no parameter validation in {@code train_test_split} and
 *       {@code resample} (other messages, {@code n_samples=0} allowed); no "groups parameter is
 *       ignored" warning</td></tr>
 * </table>
 *
 * <p>No mode is 1.8.x: it has 1.9's {@code StratifiedGroupKFold} shuffle and messages but neither
 * 1.9's stable sort in {@code GroupKFold} ({@link #V1_6} reproduces those ties) nor its error for
 * fewer groups than folds in {@code StratifiedGroupKFold}. Releases 1.3 to 1.5 are {@link #V1_2}'s
 * indices with other messages. Which unstable argsort {@code GroupKFold} reproduces before 1.9
 * depends on NumPy and the CPU, not on scikit-learn: see {@link NumpyArgsort}.
 */
public enum SklearnVersion {
    /** scikit-learn 1.2.x (verified against 1.2.1). */
    V1_2(2),
    /** scikit-learn 1.6.x and 1.7.x (verified against 1.6.1). */
    V1_6(6),
    /** scikit-learn 1.9.x, the newest release (verified against 1.9.1): the default. */
    V1_9(9);

    /** The default: the newest release reproduced. */
    public static final SklearnVersion LATEST = V1_9;

    private final int minor;

    SklearnVersion(int minor) {
        this.minor = minor;
    }

    /** True when this mode reproduces release {@code 1.minor} or later. */
    boolean atLeast(int minor) {
        return this.minor >= minor;
    }

    /**
     * The mode that reproduces a release given as a string such as {@code "1.6.1"}: 1.2.x gives
     * {@link #V1_2}, 1.6.x and 1.7.x give {@link #V1_6}, 1.9.x and later {@link #V1_9}.
     *
     * @throws IllegalArgumentException for an unreadable string, a release before 1.2, or one that
     *     no mode reproduces index for index and message for message (1.3 to 1.5, 1.8)
     */
    public static SklearnVersion of(String release) {
        Objects.requireNonNull(release, "release must not be null");
        String[] parts = release.trim().split("\\.");
        int major;
        int minor;
        try {
            major = Integer.parseInt(parts[0]);
            minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a scikit-learn release: " + release);
        }
        if (major > 1 || (major == 1 && minor >= 9)) {
            return V1_9;
        }
        if (major == 1 && (minor == 6 || minor == 7)) {
            return V1_6;
        }
        if (major == 1 && minor == 2) {
            return V1_2;
        }
        throw new IllegalArgumentException("no mode reproduces scikit-learn " + release
                + " exactly (modes: 1.2.x, 1.6.x-1.7.x, 1.9.x; see SklearnVersion)");
    }
}
