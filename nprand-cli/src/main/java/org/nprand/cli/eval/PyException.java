package org.nprand.cli.eval;

import org.nprand.errors.PythonError;

/**
 * A Python exception raised by {@code nprand eval} itself ({@code NameError},
 * {@code AttributeError}, {@code SyntaxError}, ...); the library's own exceptions
 * ({@code ValueError}, ...) pass through as they are.
 */
final class PyException extends RuntimeException implements PythonError {

    private static final long serialVersionUID = 1L;

    private final String type;

    PyException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    @Override
    public String pythonType() {
        return type;
    }

    static PyException syntax(String message, int line) {
        return new PyException("SyntaxError", message + " (line " + line + ")");
    }

    static PyException name(String name) {
        return new PyException("NameError", "name '" + name + "' is not defined");
    }

    static PyException attribute(String owner, String name) {
        return new PyException("AttributeError", owner + " has no attribute '" + name + "'");
    }

    static PyException type(String message) {
        return new PyException("TypeError", message);
    }

    static PyException value(String message) {
        return new PyException("ValueError", message);
    }

    /** A construct Python has and {@code nprand eval} does not. */
    static PyException unsupported(String what) {
        return new PyException("NotImplementedError", "nprand eval does not support " + what);
    }
}
