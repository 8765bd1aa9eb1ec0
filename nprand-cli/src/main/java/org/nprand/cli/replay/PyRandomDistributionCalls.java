package org.nprand.cli.replay;

import java.math.BigInteger;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyOps;
import org.nprand.python.PyRandom;

/**
 * Replay calls for the distributions of CPython 3.13's {@code random.Random} ({@code gauss},
 * {@code normalvariate}, ..., {@code binomialvariate}), registered into
 * {@link PyRandomCalls#TABLE}.
 *
 * <p>{@code random.py} takes any objects and fails only when its arithmetic meets one it cannot
 * use, after whatever it drew before that point. Each call here checks its arguments in the order
 * {@code random.py}'s expressions first touch them, makes the draws CPython makes before failing
 * (by running the method with stand-in values that draw the same), and raises CPython's
 * {@code TypeError} for the failing operation ({@code "can't multiply sequence by non-int of type
 * 'float'"}, {@code "'<=' not supported between instances of 'str' and 'float'"}, ...) or its
 * {@code OverflowError "int too large to convert to float"} for an int beyond a double.
 */
final class PyRandomDistributionCalls {

    private PyRandomDistributionCalls() {
    }

    static void register(Dispatch<PyRandom> d) {
        d.method("normalvariate", (r, a) -> {
            Object[] v = a.bind("Random.normalvariate", 0, "mu", "sigma");
            return normalLike(r, Args.or(v[0], 0.0), Args.or(v[1], 1.0), () -> r.normalvariate(0.0, 1.0),
                    (mu, sigma) -> r.normalvariate(mu, sigma));
        });
        d.method("gauss", (r, a) -> {
            Object[] v = a.bind("Random.gauss", 0, "mu", "sigma");
            return normalLike(r, Args.or(v[0], 0.0), Args.or(v[1], 1.0), () -> r.gauss(0.0, 1.0),
                    (mu, sigma) -> r.gauss(mu, sigma));
        });
        d.method("lognormvariate", (r, a) -> {
            Object[] v = a.bind("Random.lognormvariate", 2, "mu", "sigma");
            return normalLike(r, v[0], v[1], () -> r.normalvariate(0.0, 1.0),
                    (mu, sigma) -> r.lognormvariate(mu, sigma));
        });
        d.method("expovariate", (r, a) -> {
            Object lambd = Args.or(a.bind("Random.expovariate", 0, "lambd")[0], 1.0);
            RuntimeException bad = operandError(lambd, "/", false);
            if (bad != null) {
                r.random();
                throw bad;
            }
            return r.expovariate(Py.toDouble(lambd));
        });
        d.method("vonmisesvariate", (r, a) -> {
            Object[] v = a.bind("Random.vonmisesvariate", 2, "mu", "kappa");
            Object mu = v[0];
            Object kappa = v[1];
            // `kappa <= 1e-6` comes first, then `0.5 / kappa` (no draw yet)
            RuntimeException bad = comparisonError(kappa, "<=", "float");
            if (bad != null) {
                throw bad;
            }
            double kappaD;
            if (isHugeInt(kappa) && ((BigInteger) kappa).signum() < 0) {
                kappaD = Double.NEGATIVE_INFINITY; // compares <= 1e-6 and is never converted
            } else {
                kappaD = Py.toDouble(kappa);
            }
            if (kappaD <= 1e-6) {
                return r.vonmisesvariate(0.0, kappaD); // TWOPI * random(): mu is never looked at
            }
            if (isNumber(mu) && !isHugeInt(mu)) {
                return r.vonmisesvariate(Py.toDouble(mu), kappaD);
            }
            // mu fails in `(mu + acos(f)) % TWOPI` (u3 > 0.5) or `(mu - acos(f)) % TWOPI`, after the draws;
            // with mu = 0.0 the first branch gives acos(f) in [0, pi], the second 2*pi - acos(f)
            double theta = r.vonmisesvariate(0.0, kappaD);
            if (isHugeInt(mu)) {
                throw new OverflowError("int too large to convert to float");
            }
            throw binaryError(theta <= Math.PI ? "+" : "-", mu, 0.0);
        });
        d.method("gammavariate", (r, a) -> {
            Object[] v = a.bind("Random.gammavariate", 2, "alpha", "beta");
            return gamma(r, v[0], v[1]);
        });
        d.method("betavariate", (r, a) -> {
            Object[] v = a.bind("Random.betavariate", 2, "alpha", "beta");
            // y = gammavariate(alpha, 1.0); beta is looked at only by the second gammavariate, after
            // the first one's draws, and not at all when y is 0
            double y = gamma(r, v[0], 1.0);
            if (y == 0.0) {
                return 0.0;
            }
            return y / (y + gamma(r, v[1], 1.0));
        });
        d.method("paretovariate", (r, a) -> {
            Object alpha = a.bind("Random.paretovariate", 1, "alpha")[0];
            RuntimeException bad = operandError(alpha, "/", false);
            if (bad != null) {
                r.random();
                throw bad;
            }
            return r.paretovariate(Py.toDouble(alpha));
        });
        d.method("weibullvariate", (r, a) -> {
            Object[] v = a.bind("Random.weibullvariate", 2, "alpha", "beta");
            // alpha * (-log(u)) ** (1.0 / beta): the draw, 1.0 / beta, the power, then alpha *
            RuntimeException badBeta = operandError(v[1], "/", false);
            if (badBeta != null) {
                r.random();
                throw badBeta;
            }
            double beta = Py.toDouble(v[1]);
            RuntimeException badAlpha = operandError(v[0], "*", true);
            if (badAlpha != null) {
                r.weibullvariate(1.0, beta); // the draw and the power (which may raise first)
                throw badAlpha;
            }
            return r.weibullvariate(Py.toDouble(v[0]), beta);
        });
        d.method("binomialvariate", (r, a) -> {
            Object[] v = a.bind("Random.binomialvariate", 0, "n", "p");
            Object n = Args.or(v[0], 1L);
            Object p = Args.or(v[1], 0.5);
            RuntimeException bad = comparisonError(n, "<", "int");
            if (bad != null) {
                throw bad;
            }
            if (PyOps.compare(n, "<", 0L)) {
                throw new org.nprand.errors.ValueError("n must be non-negative");
            }
            bad = comparisonError(p, "<=", "float");
            if (bad != null) {
                throw bad;
            }
            double pD = isHugeInt(p) ? (((BigInteger) p).signum() < 0 ? -1.0 : 2.0) : Py.toDouble(p);
            if (n instanceof Double || Py.bigInt(n).bitLength() > 63) {
                return PyBinomialOfAnyN.sample(r, n, pD); // a float n, or an int past a long
            }
            return r.binomialvariate(Py.bigInt(n).longValue(), pD);
        });
    }

    /** A function of two doubles. */
    private interface DoubleBinary {
        Object apply(double a, double b);
    }

    /** A draw made only for its effect on the generator. */
    private interface Effect {
        double run();
    }

    /**
     * {@code normalvariate}, {@code gauss}, {@code lognormvariate}: the draws, then
     * {@code mu + z * sigma}, where sigma fails first (the product), then mu (the sum).
     */
    private static Object normalLike(PyRandom r, Object mu, Object sigma, Effect draws, DoubleBinary f) {
        RuntimeException bad = operandError(sigma, "*", false);
        if (bad == null) {
            bad = operandError(mu, "+", true);
        }
        if (bad != null) {
            draws.run();
            throw bad;
        }
        return f.apply(Py.toDouble(mu), Py.toDouble(sigma));
    }

    /**
     * {@code gammavariate(alpha, beta)}: {@code alpha <= 0.0 or beta <= 0.0} (no draw; a huge int
     * compares exactly), then {@code 2.0 * alpha - 1.0} or the other arithmetic on alpha (no draw
     * yet), the draws, and {@code x * beta} last.
     */
    private static double gamma(PyRandom r, Object alpha, Object beta) {
        RuntimeException bad = comparisonError(alpha, "<=", "float");
        if (bad != null) {
            throw bad;
        }
        double alphaCompared = comparedValue(alpha);
        if (alphaCompared <= 0.0) {
            return r.gammavariate(alphaCompared, 1.0); // CPython's ValueError, beta never looked at
        }
        bad = comparisonError(beta, "<=", "float");
        if (bad != null) {
            throw bad;
        }
        double betaCompared = comparedValue(beta);
        if (betaCompared <= 0.0) {
            return r.gammavariate(alphaCompared, betaCompared); // CPython's ValueError
        }
        if (isHugeInt(alpha)) {
            throw new OverflowError("int too large to convert to float");
        }
        if (isHugeInt(beta)) {
            r.gammavariate(alphaCompared, 1.0); // `x * beta` converts beta after the draws
            throw new OverflowError("int too large to convert to float");
        }
        return r.gammavariate(alphaCompared, betaCompared);
    }

    /** A number as a comparison with a float sees it: an int beyond a double is +-inf. */
    private static double comparedValue(Object v) {
        if (isHugeInt(v)) {
            return ((BigInteger) v).signum() < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Py.toDouble(v);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Double
                || v instanceof Boolean;
    }

    /** An int that {@code float()} cannot convert. */
    private static boolean isHugeInt(Object v) {
        return v instanceof BigInteger && Double.isInfinite(((BigInteger) v).doubleValue());
    }

    /**
     * The error of {@code v OP float} ({@code vIsLeft}) or {@code float OP v}, or null when v is a
     * number that converts.
     */
    private static RuntimeException operandError(Object v, String op, boolean vIsLeft) {
        if (isNumber(v)) {
            return isHugeInt(v) ? new OverflowError("int too large to convert to float") : null;
        }
        return vIsLeft ? binaryError(op, v, 0.0) : binaryError(op, 0.0, v);
    }

    /** CPython's {@code TypeError} for {@code left OP right} where one side is a float. */
    private static TypeError binaryError(String op, Object left, Object right) {
        Object other = left instanceof Double ? right : left;
        boolean sequence = other instanceof String || other instanceof java.util.List || other instanceof byte[];
        if (op.equals("*") && sequence) {
            return new TypeError("can't multiply sequence by non-int of type 'float'");
        }
        if (op.equals("+") && !(left instanceof Double)) {
            if (left instanceof String) {
                return new TypeError("can only concatenate str (not \"" + Py.typeName(right) + "\") to str");
            }
            if (left instanceof java.util.List) {
                return new TypeError("can only concatenate list (not \"" + Py.typeName(right) + "\") to list");
            }
            if (left instanceof byte[]) {
                return new TypeError("can't concat " + Py.typeName(right) + " to bytes");
            }
        }
        return new TypeError("unsupported operand type(s) for " + op + ": '" + Py.typeName(left) + "' and '"
                + Py.typeName(right) + "'");
    }

    /** CPython's {@code TypeError} for {@code v OP <otherType>}, or null when v is a number. */
    private static RuntimeException comparisonError(Object v, String op, String otherType) {
        if (isNumber(v)) {
            return null;
        }
        return new TypeError("'" + op + "' not supported between instances of '" + Py.typeName(v) + "' and '"
                + otherType + "'");
    }
}
