package org.nprand.sklearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The NumPy and Python details nprand-sklearn reproduces, against values recorded from NumPy and
 * Python ({@code recorded.txt}): the unstable argsorts (NumPy 2.4.6's AVX-512 x86-simd-sort,
 * NumPy 1.24.2's introsort), {@code repr(float)} and {@code str()} of arrays.
 */
class NumpyInternalsTest {

    private static int[] toInt(long[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (int) a[i];
        }
        return out;
    }

    private static Stream<DynamicTest> argsorts(String prefix, java.util.function.Function<long[], int[]> sort) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Recorded.Entry> e : Recorded.all().entrySet()) {
            String id = e.getKey();
            if (id.startsWith(prefix) && !id.endsWith("-result")) {
                long[] keys = Recorded.parseLongs(e.getValue().payload());
                int[] expected = toInt(Recorded.parseLongs(Recorded.payload(id + "-result")));
                tests.add(DynamicTest.dynamicTest(id + " (n=" + keys.length + ")",
                        () -> assertArrayEquals(expected, sort.apply(keys), id)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> simdArgsortIsNumpy246OnAvx512() {
        return argsorts("numpy-2.4.6-avx512-argsort-", SimdArgsort::argsort);
    }

    @TestFactory
    Stream<DynamicTest> introsortIsNumpy124() {
        return argsorts("numpy-1.24.2-argsort-", NpSort::introsort);
    }

    @Test
    void stableArgsortKeepsTiesInIndexOrder() {
        assertArrayEquals(new int[] {1, 3, 0, 2, 4}, NpSort.stable(new long[] {2, 1, 2, 1, 5}));
    }

    @TestFactory
    Stream<DynamicTest> floatReprIsPythons() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Recorded.Entry> e : Recorded.all().entrySet()) {
            if (e.getKey().startsWith("repr-")) {
                List<?> v = (List<?>) Recorded.parseJson(e.getValue().payload());
                double x = parseHex((String) v.get(1));
                tests.add(DynamicTest.dynamicTest(e.getKey() + " " + v.get(0),
                        () -> assertEquals(v.get(0), PyFormat.floatRepr(x))));
            }
        }
        return tests.stream();
    }

    private static double parseHex(String s) {
        switch (s) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }

    @TestFactory
    Stream<DynamicTest> arrayStrIsNumpys() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Recorded.Entry> e : Recorded.all().entrySet()) {
            if (!e.getKey().startsWith("arraystr-")) {
                continue;
            }
            List<?> v = (List<?>) Recorded.parseJson(e.getValue().payload());
            String dtype = (String) v.get(0);
            List<?> items = (List<?>) v.get(1);
            String expected = (String) v.get(2);
            Labels.Kind kind;
            List<Object> values = new ArrayList<>();
            if (dtype.contains("f")) {
                kind = Labels.Kind.FLOAT;
                for (Object o : items) {
                    values.add(parseHex((String) o));
                }
            } else if (dtype.contains("i")) {
                kind = Labels.Kind.INT;
                values.addAll(items);
            } else if (dtype.contains("b")) {
                kind = Labels.Kind.BOOL;
                values.addAll(items);
            } else {
                kind = Labels.Kind.STR;
                values.addAll(items);
            }
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> assertEquals(expected, PyFormat.arrayStr(kind, values))));
        }
        return tests.stream();
    }
}
