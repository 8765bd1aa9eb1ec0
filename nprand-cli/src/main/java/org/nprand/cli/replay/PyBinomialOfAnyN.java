package org.nprand.cli.replay;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BinaryOperator;
import org.nprand.errors.OverflowError;
import org.nprand.errors.ValueError;
import org.nprand.errors.ZeroDivisionError;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyOps;
import org.nprand.math.Libm;
import org.nprand.math.PyMath;
import org.nprand.python.PyRandom;

/**
 * CPython 3.13's {@code random.binomialvariate(n, p)} for the n that {@link
 * PyRandom#binomialvariate(long, double)} cannot take (a float, or an int past a long): a replay
 * receives Python values, and {@code random.py} runs its algorithm on whatever number n is.
 */
final class PyBinomialOfAnyN {

    private PyBinomialOfAnyN() {
    }

    /**
     * random.py's {@code binomialvariate(n, p)} for an n that {@link PyRandom#binomialvariate(long,
     * double)} cannot take (a float, or an int past a long), expression by expression with
     * Python's numbers ({@link PyOps}): the same draws, {@code math.floor}'s
     * errors for an infinite or NaN value, random.py's {@code assert} for a NaN {@code n * p}.
     */
    static Object sample(PyRandom r, Object n, double p) {
        BinaryOperator<Object> mul = PyOps::mul;
        if (p <= 0.0 || p >= 1.0) {
            if (p == 0.0) {
                return 0L;
            }
            if (p == 1.0) {
                return n;
            }
            throw new ValueError("p must be in the range 0.0 <= p <= 1.0");
        }
        if (PyOps.pyEquals(n, 1L)) {
            return r.random() < p ? 1L : 0L;
        }
        if (p > 0.5) {
            return PyOps.sub(n, sample(r, n, 1.0 - p));
        }
        double np = PyOps.toFloat(mul.apply(n, p));
        if (np < 10.0) {
            // Devroye's geometric skips: x, y Python ints
            long x = 0;
            BigInteger y = BigInteger.ZERO;
            double c = log2(1.0 - p);
            if (c == 0.0) {
                return x;
            }
            while (true) {
                y = y.add(floor(log2(r.random()) / c)).add(BigInteger.ONE);
                if (PyOps.compare(Py.intValue(y), ">", n)) {
                    return x;
                }
                x += 1;
            }
        }
        if (!(np >= 10.0 && p <= 0.5)) {
            throw new org.nprand.errors.AssertionError("");
        }
        double spq = Math.sqrt(PyOps.toFloat(mul.apply(mul.apply(n, p), 1.0 - p)));
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = np + 0.5;
        double vr = 0.92 - 4.2 / b;
        boolean setupComplete = false;
        double alpha = 0;
        double lpq = 0;
        Object m = 0L;
        double h = 0;
        while (true) {
            double u = r.random();
            u -= 0.5;
            double us = 0.5 - Math.abs(u);
            if (us == 0.0) {
                throw new ZeroDivisionError("float division by zero");
            }
            Object k = Py.intValue(floor((2.0 * a / us + b) * u + c));
            if (PyOps.compare(k, "<", 0L) || PyOps.compare(k, ">", n)) {
                continue;
            }
            double v = r.random();
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (!setupComplete) {
                alpha = (2.83 + 5.1 / b) * spq;
                lpq = log(p / (1.0 - p));
                m = Py.intValue(floor(PyOps.toFloat(
                        mul.apply(PyOps.add(n, 1L), p))));
                h = lgamma(PyOps.add(m, 1L))
                        + lgamma(PyOps.add(PyOps.sub(n, m), 1L));
                setupComplete = true;
            }
            v *= alpha / (a / (us * us) + b);
            double rhs = h - lgamma(PyOps.add(k, 1L))
                    - lgamma(PyOps.add(PyOps.sub(n, k), 1L))
                    + PyOps.toFloat(mul.apply(PyOps.sub(k, m), lpq));
            if (log(v) <= rhs) {
                return k;
            }
        }
    }

    /** {@code math.floor(x)} of a float: an exact int, CPython's errors for NaN and infinities. */
    private static BigInteger floor(double x) {
        if (Double.isNaN(x)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new OverflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(Math.floor(x)).toBigInteger();
    }

    private static double log2(double x) {
        if (x <= 0.0) {
            throw new ValueError("math domain error");
        }
        return Libm.log2(x);
    }

    private static double log(double x) {
        if (x <= 0.0) {
            throw new ValueError("math domain error");
        }
        return Libm.log(x);
    }

    /** {@code math.lgamma(v)} of a Python number (an int converted to float first). */
    private static double lgamma(Object v) {
        return PyMath.lgamma(PyOps.toFloat(v));
    }
}
