package org.nprand.errors;

/**
 * Python's {@code ZeroDivisionError}, as a Java {@link ArithmeticException} (Python's is an
 * {@code ArithmeticError} too): raised by CPython's {@code random} methods where their float
 * arithmetic divides by zero, e.g. {@code expovariate(0)} ({@code "float division by zero"}) or
 * {@code weibullvariate} raising {@code 0.0} to a negative power.
 */
public class ZeroDivisionError extends ArithmeticException implements PythonError {
    private static final long serialVersionUID = 1L;

    /** @param message Python's {@code str(exception)} */
    public ZeroDivisionError(String message) {
        super(message);
    }

    @Override
    public String pythonType() {
        return "ZeroDivisionError";
    }
}
