package org.nprand.cli.value;

/**
 * A raised Python exception as a protocol value: {@code {"error": type, "message": str(exc)}}.
 *
 * @param type the Python class name ({@code "ValueError"})
 * @param message Python's {@code str(exception)}
 */
public record PyError(String type, String message) {

    /** The protocol value for a Java throwable, through {@link PythonErrors}. */
    public static PyError of(Throwable t) {
        return new PyError(PythonErrors.pythonType(t), PythonErrors.message(t));
    }

    /** {@code NotImplementedError(message)}. */
    public static PyError notImplemented(String message) {
        return new PyError("NotImplementedError", message);
    }
}
