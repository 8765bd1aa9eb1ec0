package org.nprand.errors;

/** Python's {@code ValueError}, as a Java {@link IllegalArgumentException}. */
public class ValueError extends IllegalArgumentException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public ValueError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "ValueError";
    }
}
