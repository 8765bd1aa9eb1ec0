package org.nprand.python;

import org.nprand.errors.OverflowError;
import org.nprand.errors.ValueError;
import org.nprand.errors.ZeroDivisionError;
import org.nprand.math.Libm;

/**
 * The float operations of CPython 3.13 that {@code Lib/random.py}'s distributions use, with
 * CPython's special cases and exceptions: {@code x / y}, {@code x % y}, {@code x ** y}
 * ({@code float_pow}, which sorts out zeros, infinities, NaNs and negative bases itself and only
 * then calls C's {@code pow}), and the {@code math} functions {@code log}, {@code log2},
 * {@code exp}, {@code sqrt}, {@code sin}, {@code cos}, {@code acos} and {@code floor} (C's
 * functions through {@link Libm}, with {@code mathmodule.c}'s error checks).
 */
final class PyFloatOps {

    private static final String DOMAIN = "math domain error";

    private PyFloatOps() {
    }

    /** {@code x / y}: {@code ZeroDivisionError "float division by zero"} when y is zero. */
    static double div(double x, double y) {
        if (y == 0.0) {
            throw new ZeroDivisionError("float division by zero");
        }
        return x / y;
    }

    /** {@code x % y} ({@code float_rem}): the result takes the sign of y. */
    static double mod(double x, double y) {
        if (y == 0.0) {
            throw new ZeroDivisionError("float modulo by zero");
        }
        double mod = x % y; // C's fmod: exact
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /**
     * {@code x ** y} for floats ({@code float_pow} of CPython 3.13).
     *
     * @throws ZeroDivisionError {@code "0.0 cannot be raised to a negative power"}
     * @throws ValueError for a negative base and a non-integer exponent: CPython returns a complex
     *     number there, which no caller in {@code random.py} can reach (its bases are never negative)
     * @throws OverflowError {@code "(34, 'Numerical result out of range')"} when C's pow overflows
     */
    static double pow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return 1.0;
            } else if ((iw > 0.0) == (av > 1.0)) {
                return Math.abs(iw);
            } else {
                return 0.0;
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw new ValueError("nprand: a negative float to a fractional power is complex in CPython");
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Libm.pow(iv, iw);
        if (Double.isInfinite(ix)) { // _Py_ADJUST_ERANGE1: an infinite result of finite operands is ERANGE
            throw new OverflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -ix : ix;
    }

    /** {@code DOUBLE_IS_ODD_INTEGER}: {@code fmod(fabs(x), 2.0) == 1.0}. */
    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    /** {@code math.log(x)} for a float: {@code ValueError "math domain error"} for x &lt;= 0. */
    static double log(double x) {
        if (x <= 0.0) {
            throw new ValueError(DOMAIN);
        }
        return Libm.log(x); // NaN and +inf pass through
    }

    /** {@code math.log2(x)} for a float: {@code ValueError "math domain error"} for x &lt;= 0. */
    static double log2(double x) {
        if (x <= 0.0) {
            throw new ValueError(DOMAIN);
        }
        return Libm.log2(x);
    }

    /** {@code math.exp(x)}: {@code OverflowError "math range error"} when a finite x overflows. */
    static double exp(double x) {
        double r = Libm.exp(x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw new OverflowError("math range error");
        }
        return r;
    }

    /** {@code math.sqrt(x)}: {@code ValueError "math domain error"} for x &lt; 0 ({@code -0.0} is fine). */
    static double sqrt(double x) {
        if (x < 0.0) {
            throw new ValueError(DOMAIN);
        }
        return Math.sqrt(x);
    }

    /** {@code math.cos(x)}: {@code ValueError "math domain error"} for an infinite x. */
    static double cos(double x) {
        if (Double.isInfinite(x)) {
            throw new ValueError(DOMAIN);
        }
        return Libm.cos(x);
    }

    /** {@code math.sin(x)}: {@code ValueError "math domain error"} for an infinite x. */
    static double sin(double x) {
        if (Double.isInfinite(x)) {
            throw new ValueError(DOMAIN);
        }
        return Libm.sin(x);
    }

    /** {@code math.acos(x)}: {@code ValueError "math domain error"} for |x| &gt; 1. */
    static double acos(double x) {
        if (Math.abs(x) > 1.0) {
            throw new ValueError(DOMAIN);
        }
        return Libm.acos(x);
    }

    /**
     * {@code math.floor(x)} for a finite float, as the double holding the (integral) result.
     *
     * @throws ValueError {@code "cannot convert float NaN to integer"}
     * @throws OverflowError {@code "cannot convert float infinity to integer"}
     */
    static double floor(double x) {
        if (Double.isNaN(x)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new OverflowError("cannot convert float infinity to integer");
        }
        return Math.floor(x);
    }

    /**
     * Compares an integral double k (a Python int made by {@code math.floor}) with a long n
     * exactly, as Python compares two ints.
     */
    static int compareIntegral(double k, long n) {
        if (k < -0x1p63) {
            return -1;
        }
        if (k >= 0x1p63) {
            return 1;
        }
        return Long.compare((long) k, n);
    }
}
