package org.nprand.internal.py;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nprand.errors.MemoryError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.UFuncTypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.nd.Shapes;
import org.nprand.numpy.NdArray;

/**
 * The conversion rules the bad-input fuzz (conformance suite {@code badinput}, issue 13) pinned
 * down, each with NumPy 2.4.6's or CPython 3.13's message (the suite holds the full matrix).
 */
class BadInputConversionTest {

    private static void raises(Class<? extends Throwable> type, String message, Executable call) {
        Throwable t = assertThrows(type, call);
        assertEquals(message, t.getMessage());
    }

    @Test
    void sizesAsNumpyConvertsThemThenNpEmptysVerdict() {
        assertNull(Py.sizeDims(null));
        assertArrayEquals(new long[] {1L << 40, 0}, Py.sizeDims(List.of(1L << 40, 0L)));
        assertArrayEquals(new long[] {2, 3}, Py.sizeDims(new byte[] {2, 3})); // bytes are a sequence of ints
        raises(TypeError.class, "only integer scalar arrays can be converted to a scalar index",
                () -> Py.sizeDims(new NdArray("int64", new int[] {1, 1}, new long[] {2})));
        raises(TypeError.class, "an integer is required",
                () -> Py.sizeDims(new NdArray("bool", new int[] {1}, new boolean[] {true})));
        raises(TypeError.class, "expected a sequence of integers or a single integer, got '2.0'", () -> Py.sizeDims(2.0));
        raises(TypeError.class, "'str' object cannot be interpreted as an integer", () -> Py.sizeDims("3"));
        raises(ValueError.class, "Maximum allowed dimension exceeded", () -> Py.sizeDims(BigInteger.ONE.shiftLeft(63)));

        raises(MemoryError.class, "Unable to allocate 8.00 TiB for an array with shape (1099511627776,) and data type int64",
                () -> Shapes.narrow(new long[] {1L << 40}, 8, "int64"));
        raises(MemoryError.class, "Unable to allocate 16.0 TiB for an array with shape (1099511627776, 2) and data type "
                + "float64", () -> Shapes.narrow(new long[] {1L << 40, 2}, 8, "float64"));
        raises(ValueError.class, Shapes.TOO_BIG, () -> Shapes.narrow(new long[] {1L << 31, 1L << 31, 1L << 31, 0}, 8, "x"));
        assertArrayEquals(new int[] {Integer.MAX_VALUE, 0}, Shapes.narrow(new long[] {Integer.MAX_VALUE, 0}, 8, "x"));
        // NumPy's empty (2**40, 0) array: kept as an intp shape, computed with as (0, 0)
        assertArrayEquals(new long[] {1L << 40, 0}, Shapes.resolveIntp(List.of(1L << 40, 0L), 8, "float64"));
        assertArrayEquals(new int[] {0, 0}, Shapes.working(new long[] {1L << 40, 0}));
        assertEquals(0, Shapes.count(new long[] {0, 1L << 40}, 8, "float64"));
        raises(MemoryError.class, "Unable to allocate 8.00 TiB for an array with shape (1099511627776,) and data type "
                + "float64", () -> Shapes.resolveIntp(List.of(1L << 40), 8, "float64"));
        NdArray empty = new NdArray("float64", new long[] {1L << 40, 0}, new double[0]);
        assertArrayEquals(new long[] {1L << 40, 0}, empty.shape());
        assertEquals("array(shape=(1099511627776, 0), dtype=float64)", empty.toString());
        raises(ValueError.class, "cannot reshape array of size 1 into shape (1099511627776, 1)",
                () -> new NdArray("float64", new long[] {1L << 40, 1}, new double[1]));
        // the int-shape paths still say they cannot
        assertThrows(MemoryError.class, () -> Shapes.narrow(new long[] {1L << 40, 0}, 8, "float64"));
        Shapes.checkEmpty(new long[] {1L << 40, 0}, 4, "uint32"); // np.zeros alone: fine
    }

    @Test
    void npProdOfAStrSizeHasNoLoop() {
        raises(UFuncTypeError.class, "ufunc 'multiply' did not contain a loop with signature matching types "
                + "(dtype('<U1'), dtype('<U1')) -> None", () -> Py.sizeProductIsZero("3"));
        raises(UFuncTypeError.class, "ufunc 'multiply' did not contain a loop with signature matching types "
                + "(dtype('S2'), dtype('S2')) -> None", () -> Py.sizeProductIsZero(new byte[] {2, 3}));
        assertTrue(Py.sizeProductIsZero(List.of(2L, 0L)));
        assertFalse(Py.sizeProductIsZero(Map.of("a", 1L))); // np.prod(dict) is the dict: converted later
    }

    @Test
    void pythonOperatorsAsCPythonRaisesThem() {
        assertEquals(BigInteger.ONE, Py.bigInt(PyOps.sub(BigInteger.ONE.shiftLeft(100).add(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(100))));
        raises(TypeError.class, "unsupported operand type(s) for -: 'str' and 'float'", () -> PyOps.sub("a", 0.5));
        raises(TypeError.class, "can only concatenate str (not \"int\") to str", () -> PyOps.add("a", 1L));
        raises(TypeError.class, "can only concatenate list (not \"int\") to list", () -> PyOps.add(List.of(), 1L));
        raises(TypeError.class, "can't concat int to bytes", () -> PyOps.add(new byte[0], 1L));
        raises(TypeError.class, "can't multiply sequence by non-int of type 'float'", () -> PyOps.mul(List.of(), 0.5));
        raises(TypeError.class, "unsupported operand type(s) for *: 'dict' and 'int'", () -> PyOps.mul(Map.of(), 8L));
        assertEquals("abab", PyOps.mul("ab", 2L));
        raises(TypeError.class, "'<=' not supported between instances of 'int' and 'str'",
                () -> PyOps.compare(0L, "<=", "a"));
        raises(OverflowError.class, "int too large to convert to float",
                () -> PyOps.mul(BigInteger.ONE.shiftLeft(1024), 0.5));
        assertFalse(PyOps.compare(Double.NaN, "<", 0L));
        assertTrue(PyOps.compare(BigInteger.ONE.shiftLeft(1024), ">", Double.MAX_VALUE)); // exact, no conversion
        raises(TypeError.class, "object of type 'int' has no len()", () -> PyOps.len(5L));
        assertEquals(List.of("a", "ab"), PyOps.accumulate(List.of("a", "b"))); // sample(counts=...)'s running totals
    }

    @Test
    void nullArgumentsNameTheParameter() {
        raises(TypeError.class, "out must not be null", () -> Py.notNull(null, "out"));
        assertEquals("x", Py.notNull("x", "out"));
    }
}
