package org.nprand.cli.value;

import java.math.BigInteger;
import java.util.AbstractList;
import java.util.List;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PythonValue;

/**
 * Python's {@code range(start, stop, step)} as a replay argument ({@code {"range": [a, b, c]}}).
 * The bounds are exact Python ints of any size.
 */
public record PyRange(BigInteger start, BigInteger stop, BigInteger step) implements PythonValue {

    @Override
    public String pythonTypeName() {
        return "range";
    }

    /** {@code range(0, 3)}, {@code range(0, 6, 2)}: the step only when it is not 1. */
    @Override
    public String pythonRepr() {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }

    /**
     * {@code list(range)}, lazily (Python ints in their {@link Py#intValue} form).
     *
     * @throws org.nprand.errors.OverflowError CPython's {@code "Python int too large to convert
     *     to C int"}-style error for a range past a Java list's size
     */
    @Override
    public List<Object> pythonItems() {
        int n = Py.toIntC(length());
        return new AbstractList<Object>() {
            @Override
            public Object get(int i) {
                return Py.intValue(PyRange.this.get(BigInteger.valueOf(i)));
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** {@code len(range)}, exactly as Python computes it. */
    public BigInteger length() {
        BigInteger span = stop.subtract(start);
        if (step.signum() > 0) {
            return span.signum() <= 0 ? BigInteger.ZERO
                    : span.add(step).subtract(BigInteger.ONE).divide(step);
        }
        return span.signum() >= 0 ? BigInteger.ZERO
                : span.add(step).add(BigInteger.ONE).divide(step);
    }

    /** {@code range[i]} for {@code 0 <= i < len}. */
    public BigInteger get(BigInteger i) {
        return start.add(step.multiply(i));
    }
}
