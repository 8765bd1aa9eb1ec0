package org.nprand.errors;

/**
 * An error that Python (NumPy or CPython) would raise for the same call. nprand maps each Python
 * exception class to exactly one Java class, once, here in this package:
 *
 * <table>
 *   <caption>Python exception to Java exception</caption>
 *   <tr><th>Python</th><th>Java</th><th>extends</th></tr>
 *   <tr><td>ValueError</td><td>{@link ValueError}</td><td>IllegalArgumentException</td></tr>
 *   <tr><td>numpy.linalg.LinAlgError</td><td>{@link LinAlgError}</td><td>ValueError</td></tr>
 *   <tr><td>TypeError</td><td>{@link TypeError}</td><td>IllegalArgumentException</td></tr>
 *   <tr><td>OverflowError</td><td>{@link OverflowError}</td><td>ArithmeticException</td></tr>
 *   <tr><td>IndexError</td><td>{@link IndexError}</td><td>IndexOutOfBoundsException</td></tr>
 *   <tr><td>KeyError</td><td>{@link KeyError}</td><td>IllegalArgumentException</td></tr>
 *   <tr><td>NotImplementedError</td><td>{@link NotImplementedError}</td><td>UnsupportedOperationException</td></tr>
 *   <tr><td>MemoryError</td><td>{@link MemoryError}</td><td>RuntimeException</td></tr>
 *   <tr><td>AssertionError</td><td>{@link AssertionError}</td><td>IllegalStateException</td></tr>
 *   <tr><td>ZeroDivisionError</td><td>{@link ZeroDivisionError}</td><td>ArithmeticException</td></tr>
 * </table>
 *
 * <p>{@link #getMessage()} is Python's {@code str(exception)}, character for character. A call
 * that raises leaves its generator untouched: validation always happens before any draw, except
 * where the reference itself raises after drawing (CPython's {@code random} distributions, e.g.
 * {@code expovariate(0)} draws once and then divides by zero); those methods document it.
 */
public interface PythonError {

    /** The Python class name, e.g. {@code "ValueError"}. */
    String pythonType();

    /** Python's {@code str(exception)}. */
    String getMessage();
}
