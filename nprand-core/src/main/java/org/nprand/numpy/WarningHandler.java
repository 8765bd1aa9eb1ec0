package org.nprand.numpy;

/**
 * Where NumPy's Python warnings go in Java ({@code RuntimeWarning: covariance is not symmetric
 * positive-semidefinite.}, {@code DeprecationWarning} of {@code random_integers}): NumPy prints
 * them through Python's {@code warnings} module; nprand hands them to this handler, set per
 * instance with {@code setWarningHandler}. The default ignores them.
 */
@FunctionalInterface
public interface WarningHandler {

    /** Ignores every warning (the default). */
    WarningHandler IGNORE = (category, message) -> { };

    /**
     * One warning.
     *
     * @param category Python's warning class name ({@code "RuntimeWarning"}, {@code "DeprecationWarning"})
     * @param message the warning's text, as Python prints it
     */
    void warn(String category, String message);
}
