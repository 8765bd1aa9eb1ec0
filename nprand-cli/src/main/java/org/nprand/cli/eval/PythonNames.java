package org.nprand.cli.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Python's public attribute names of the objects nprand models ({@code Generator},
 * {@code RandomState}, {@code Random}, the modules, ...), recorded from NumPy 2.4.6 and CPython
 * 3.13 by {@code tools/eval/record_python_names.py}: how the commands tell a name Python does
 * not have from one nprand does not run yet, and suggest the names nearest to a misspelling.
 */
public final class PythonNames {

    private PythonNames() {
    }

    /** The public names of {@code owner} ({@code "Generator"}, {@code "numpy.random"}, ...). */
    public static Set<String> of(String owner) {
        Set<String> out = new TreeSet<>();
        for (String n : Modules.PYTHON_NAMES.getOrDefault(owner, Set.of())) {
            if (!n.startsWith("_")) {
                out.add(n);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Up to three names of {@code owner} close to {@code name} (edit distance), nearest first. */
    public static List<String> near(String owner, String name) {
        List<String[]> scored = new ArrayList<>();
        for (String n : of(owner)) {
            int d = distance(n, name);
            if (d <= Math.max(2, name.length() / 3)) {
                scored.add(new String[] {String.format("%03d", d), n});
            }
        }
        scored.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, scored.size()); i++) {
            out.add(scored.get(i)[1]);
        }
        return out;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
