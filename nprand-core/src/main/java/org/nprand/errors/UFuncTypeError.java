package org.nprand.errors;

/**
 * NumPy's {@code numpy._core._exceptions._UFuncNoLoopError}, whose Python class name is
 * {@code UFuncTypeError} (a subclass of {@code TypeError}): a ufunc with no loop for its operand
 * dtypes, e.g. {@code np.prod("3")}: {@code "ufunc 'multiply' did not contain a loop with signature
 * matching types (dtype('<U1'), dtype('<U1')) -> None"}.
 */
public class UFuncTypeError extends TypeError {

    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exc)} */
    public UFuncTypeError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "UFuncTypeError";
    }
}
