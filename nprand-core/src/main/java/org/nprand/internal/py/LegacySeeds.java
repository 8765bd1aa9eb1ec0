package org.nprand.internal.py;

import java.util.ArrayList;
import java.util.List;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NdArray;

/**
 * NumPy's {@code MT19937._legacy_seeding(seed)} rules on a Python value (what
 * {@code RandomState(seed)}, {@code RandomState.seed(seed)} and {@code np.random.seed(seed)}
 * accept), up to the words the generator is seeded with:
 *
 * <pre>
 * if hasattr(seed, 'squeeze'): seed = seed.squeeze()      # ndarrays only
 * idx = operator.index(seed)                               # an int: init_genrand
 * ... except TypeError:
 *     obj = np.asarray(seed)                               # else: init_by_array
 *     if obj.size == 0: raise ValueError("Seed must be non-empty")
 *     obj = obj.astype(np.int64, casting='safe')
 *     if obj.ndim != 1: raise ValueError("Seed array must be 1-d")
 *     if ((obj &gt; 2**32 - 1) | (obj &lt; 0)).any(): raise ValueError(...)
 * </pre>
 *
 * <p>Values in their Java form: {@code null} for None, integral numbers and {@link Boolean} for
 * ints, {@link Double} for floats, {@link String}, {@code byte[]}, {@link List} (nested for a
 * multi-dimensional list), {@link NdArray}, a {@link PythonValue} with items (a range); and the
 * Java arrays {@code long[]}, {@code int[]}, {@code double[]}, {@code long[][]}, which stand for
 * Python lists (not squeezed).
 */
public final class LegacySeeds {

    /** The largest seed word, {@code 2**32 - 1}. */
    public static final long SEED_MAX = 0xFFFF_FFFFL;
    private static final String RANGE = "Seed must be between 0 and 2**32 - 1";

    private LegacySeeds() {
    }

    /**
     * The seed words of {@code _legacy_seeding(seed)}.
     *
     * @return {@code null} for None (seed from OS entropy), a {@link Long} for an int seed
     *     ({@code init_genrand}), a {@code long[]} of words in [0, 2**32) for an array seed
     *     ({@code init_by_array})
     * @throws ValueError {@code "Seed must be between 0 and 2**32 - 1"}, {@code "Seed must be
     *     non-empty"}, {@code "Seed array must be 1-d"}, NumPy's inhomogeneous-shape message
     * @throws TypeError {@code "Cannot cast array data from dtype('float64') to dtype('int64')
     *     according to the rule 'safe'"} (or {@code scalar}, for a 0-d value)
     */
    public static Object words(Object seed) {
        if (Py.isNone(seed)) {
            return null;
        }
        if (seed instanceof NdArray) {
            NdArray a = squeeze((NdArray) seed);
            if (a.ndim() == 0 && a.isInteger()) {
                return checkInt(Py.bigInt(a));
            }
            return arraySeed(a.dtype(), a.intShape(), a);
        }
        if (Py.isInt(seed)) {
            return checkInt(Py.bigInt(seed));
        }
        Object list = asList(seed);
        if (list == null) {
            return arraySeed(scalarDtype(seed), new int[0], null);
        }
        List<?> l = (List<?>) list;
        int[] shape = Py.nestedShape(l);
        return arraySeed(l.isEmpty() ? "float64" : Py.inferDtype(l), shape, l);
    }

    private static Long checkInt(java.math.BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 32) {
            throw new ValueError(RANGE);
        }
        return v.longValue();
    }

    /** {@code arr.squeeze()}: the array without its length-1 dimensions. */
    private static NdArray squeeze(NdArray a) {
        int n = 0;
        for (int d : a.intShape()) {
            n += d == 1 ? 0 : 1;
        }
        if (n == a.ndim()) {
            return a;
        }
        int[] shape = new int[n];
        int i = 0;
        for (int d : a.intShape()) {
            if (d != 1) {
                shape[i++] = d;
            }
        }
        return new NdArray(a.dtype(), shape, a.data());
    }

    /** A Python list's (or a Java array's) elements, nested lists as lists; null for a scalar. */
    private static List<?> asList(Object seed) {
        if (seed instanceof List) {
            return (List<?>) seed;
        }
        if (seed instanceof PythonValue) {
            return ((PythonValue) seed).pythonItems();
        }
        List<Object> out = new ArrayList<>();
        if (seed instanceof long[]) {
            for (long x : (long[]) seed) {
                out.add(x);
            }
        } else if (seed instanceof int[]) {
            for (int x : (int[]) seed) {
                out.add((long) x);
            }
        } else if (seed instanceof double[]) {
            for (double x : (double[]) seed) {
                out.add(x);
            }
        } else if (seed instanceof long[][]) {
            for (long[] row : (long[][]) seed) {
                out.add(asList(row));
            }
        } else {
            return null;
        }
        return out;
    }

    /** {@code np.asarray(v).dtype} of a scalar that is not an int. */
    private static String scalarDtype(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return "float64";
        }
        if (v instanceof String) {
            return "<U" + ((String) v).codePointCount(0, ((String) v).length());
        }
        if (v instanceof byte[]) {
            return "S" + ((byte[]) v).length;
        }
        return "O";
    }

    /** The {@code except TypeError:} branch on {@code np.asarray(seed)} (an ndarray or a list). */
    private static long[] arraySeed(String dtype, int[] shape, Object values) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (size == 0) {
            throw new ValueError("Seed must be non-empty");
        }
        if (!safeToInt64(dtype)) {
            throw new TypeError("Cannot cast " + (shape.length == 0 ? "scalar" : "array data") + " from dtype('"
                    + dtype + "') to dtype('int64') according to the rule 'safe'");
        }
        if (shape.length != 1) {
            throw new ValueError("Seed array must be 1-d");
        }
        long[] words = new long[shape[0]];
        if (values instanceof NdArray) {
            NdArray a = (NdArray) values;
            for (int i = 0; i < words.length; i++) {
                words[i] = a.dtype().equals("bool") ? (((boolean[]) a.data())[i] ? 1 : 0) : a.longs()[i];
            }
        } else {
            List<?> l = (List<?>) values;
            for (int i = 0; i < words.length; i++) {
                words[i] = Py.toLong(l.get(i));
            }
        }
        for (long w : words) {
            if (w < 0 || w > SEED_MAX) {
                throw new ValueError(RANGE);
            }
        }
        return words;
    }

    /** NumPy's {@code can_cast(dtype, int64, 'safe')}. */
    private static boolean safeToInt64(String dtype) {
        switch (dtype) {
            case "bool":
            case "int8":
            case "int16":
            case "int32":
            case "int64":
            case "uint8":
            case "uint16":
            case "uint32":
                return true;
            default:
                return false;
        }
    }
}
