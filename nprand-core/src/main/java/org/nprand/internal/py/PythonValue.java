package org.nprand.internal.py;

/**
 * A Java object that stands for a Python value of a type nprand's core does not model itself
 * (the command line's {@code range}): it tells {@link Py#typeName} and {@link PyRepr#repr} its
 * Python type name and {@code repr()}, so no Java class name reaches a message.
 */
public interface PythonValue {

    /** Python's {@code type(v).__name__} ({@code "range"}). */
    String pythonTypeName();

    /** Python's {@code repr(v)} ({@code "range(0, 3)"}). */
    String pythonRepr();

    /**
     * The items Python's {@code list(v)} gives, for a value NumPy and CPython take as a sequence
     * ({@code np.asarray(range(3))}); {@code null} for a value that is not iterable.
     */
    default java.util.List<?> pythonItems() {
        return null;
    }
}
