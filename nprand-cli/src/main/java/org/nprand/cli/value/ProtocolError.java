package org.nprand.cli.value;

import org.nprand.errors.PythonError;

/**
 * A case or value that does not follow the replay protocol (not an error of the library): the
 * reference executor's {@code ProtocolError}, answered as {@code {"error": "ProtocolError"}}.
 */
public final class ProtocolError extends RuntimeException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public ProtocolError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "ProtocolError";
    }
}
