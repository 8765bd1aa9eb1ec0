package org.nprand.sklearn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * scikit-learn's and NumPy's recorded answers ({@code recorded.txt}, written by
 * {@code tools/sklearn/record_test_values.py} from the real libraries), and the same text formats
 * for nprand's answers, so the two compare as strings.
 */
final class Recorded {

    /** One record: kind and payload. */
    record Entry(String kind, String payload) {
    }

    private static Map<String, Entry> all;

    private Recorded() {
    }

    static synchronized Map<String, Entry> all() {
        if (all == null) {
            Map<String, Entry> m = new LinkedHashMap<>();
            try (InputStream in = Recorded.class.getResourceAsStream("recorded.txt")) {
                if (in == null) {
                    throw new IllegalStateException("recorded.txt is missing (tools/sklearn/record_test_values.py)");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] p = line.split("\t", 3);
                    m.put(p[0], new Entry(p[1], p[2]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = m;
        }
        return all;
    }

    static Entry get(String id) {
        Entry e = all().get(id);
        if (e == null) {
            throw new IllegalArgumentException("no record " + id);
        }
        return e;
    }

    static String payload(String id) {
        return get(id).payload();
    }

    // ---- formats --------------------------------------------------------------------------

    static String ints(int[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(a[i]);
        }
        return b.toString();
    }

    static String ints(long[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(a[i]);
        }
        return b.toString();
    }

    static long[] parseLongs(String s) {
        if (s.isEmpty()) {
            return new long[0];
        }
        String[] p = s.split(",");
        long[] out = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Long.parseLong(p[i].trim());
        }
        return out;
    }

    static String splits(Iterable<Split> splits) {
        StringBuilder b = new StringBuilder();
        for (Split s : splits) {
            if (b.length() > 0) {
                b.append(" / ");
            }
            b.append(ints(s.train())).append(" | ").append(ints(s.test()));
        }
        return b.toString();
    }

    /** Python's {@code json.dumps} of a string (ASCII output). */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    /** {@code json.dumps} of a list of strings. */
    static String json(List<String> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(json(list.get(i)));
        }
        return b.append(']').toString();
    }

    /** The error payload for a thrown Python error: {@code Class: "message"} (or {@code none}). */
    static String error(Runnable r) {
        try {
            r.run();
            return "none";
        } catch (RuntimeException e) {
            if (!(e instanceof org.nprand.errors.PythonError)) {
                throw e;
            }
            return ((org.nprand.errors.PythonError) e).pythonType() + ": " + json(e.getMessage());
        }
    }

    /**
     * A minimal JSON reader for the records' values: arrays, strings, numbers, true/false/null.
     */
    static Object parseJson(String s) {
        return new Object() {
            int i;

            Object value() {
                skip();
                char c = s.charAt(i);
                if (c == '[') {
                    i++;
                    List<Object> out = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return out;
                    }
                    while (true) {
                        out.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return out;
                        }
                    }
                }
                if (c == '"') {
                    StringBuilder b = new StringBuilder();
                    i++;
                    while (s.charAt(i) != '"') {
                        char d = s.charAt(i++);
                        if (d == '\\') {
                            char e = s.charAt(i++);
                            switch (e) {
                                case 'n':
                                    b.append('\n');
                                    break;
                                case 't':
                                    b.append('\t');
                                    break;
                                case 'u':
                                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                    i += 4;
                                    break;
                                default:
                                    b.append(e);
                            }
                        } else {
                            b.append(d);
                        }
                    }
                    i++;
                    return b.toString();
                }
                if (s.startsWith("true", i)) {
                    i += 4;
                    return true;
                }
                if (s.startsWith("false", i)) {
                    i += 5;
                    return false;
                }
                if (s.startsWith("null", i)) {
                    i += 4;
                    return null;
                }
                int start = i;
                while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                String num = s.substring(start, i);
                if (num.contains(".") || num.contains("e") || num.contains("E")) {
                    return Double.parseDouble(num);
                }
                return Long.parseLong(num);
            }

            void skip() {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            }
        }.value();
    }
}
