package org.nprand.cli.value;

import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import org.nprand.errors.PythonError;

/**
 * The one place that turns a Java throwable into a Python exception class name, for the
 * {@code {"error": ..., "message": ...}} value of the replay protocol.
 *
 * <table>
 *   <caption>Java throwable to Python exception class</caption>
 *   <tr><th>Java</th><th>Python</th></tr>
 *   <tr><td>any {@link PythonError}</td><td>its own {@link PythonError#pythonType()}</td></tr>
 *   <tr><td>{@link ArithmeticException} "/ by zero"</td><td>ZeroDivisionError</td></tr>
 *   <tr><td>other {@link ArithmeticException}</td><td>OverflowError</td></tr>
 *   <tr><td>{@link NegativeArraySizeException}</td><td>ValueError</td></tr>
 *   <tr><td>{@link ClassCastException}, {@link NullPointerException}, {@link ArrayStoreException}</td><td>TypeError</td></tr>
 *   <tr><td>{@link IndexOutOfBoundsException}</td><td>IndexError</td></tr>
 *   <tr><td>{@link NoSuchElementException}</td><td>KeyError</td></tr>
 *   <tr><td>{@link UnsupportedOperationException}</td><td>NotImplementedError</td></tr>
 *   <tr><td>other {@link IllegalArgumentException}</td><td>ValueError</td></tr>
 *   <tr><td>{@link OutOfMemoryError}</td><td>MemoryError</td></tr>
 *   <tr><td>{@link StackOverflowError}</td><td>RecursionError</td></tr>
 *   <tr><td>anything else</td><td>RuntimeError</td></tr>
 * </table>
 */
public final class PythonErrors {

    private PythonErrors() {
    }

    /** The Python class name for a Java throwable (see the table above). */
    public static String pythonType(Throwable t) {
        if (t instanceof PythonError) {
            return ((PythonError) t).pythonType();
        }
        if (t instanceof ArithmeticException) {
            return "/ by zero".equals(t.getMessage()) ? "ZeroDivisionError" : "OverflowError";
        }
        if (t instanceof NegativeArraySizeException) {
            return "ValueError";
        }
        if (t instanceof ClassCastException || t instanceof NullPointerException
                || t instanceof ArrayStoreException) {
            return "TypeError";
        }
        if (t instanceof IndexOutOfBoundsException) {
            return "IndexError";
        }
        if (t instanceof NoSuchElementException) {
            return "KeyError";
        }
        if (t instanceof UnsupportedOperationException) {
            return "NotImplementedError";
        }
        if (t instanceof IllegalArgumentException) {
            return "ValueError";
        }
        if (t instanceof OutOfMemoryError) {
            return "MemoryError";
        }
        if (t instanceof StackOverflowError) {
            return "RecursionError";
        }
        if (t instanceof ConcurrentModificationException) {
            return "RuntimeError";
        }
        return "RuntimeError";
    }

    /**
     * Python's {@code str(exception)}: the message of a {@link PythonError}; for any other
     * throwable (a bug in nprand, which the table above maps to a Python class) its message,
     * without the Java class name.
     */
    public static String message(Throwable t) {
        if (t instanceof PythonError) {
            String m = t.getMessage();
            return m == null ? "" : m;
        }
        if (t instanceof NegativeArraySizeException) {
            return "negative dimensions are not allowed";
        }
        String m = t.getMessage();
        return m == null ? "" : m;
    }
}
