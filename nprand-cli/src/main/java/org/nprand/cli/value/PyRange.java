package org.nprand.cli.value;

import java.math.BigInteger;

/**
 * Python's {@code range(start, stop, step)} as a replay argument ({@code {"range": [a, b, c]}}).
 * The bounds are exact Python ints of any size.
 */
public record PyRange(BigInteger start, BigInteger stop, BigInteger step) {

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
