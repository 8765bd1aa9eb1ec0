package org.nprand.internal.py;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.nprand.errors.TypeError;

/**
 * One call's arguments, bound to a Python signature the way Python binds them: positional first,
 * then keywords, with CPython's {@code TypeError}s for too many, unknown, duplicate or missing
 * arguments.
 *
 * <p>Use: {@code Object[] v = args.bind("randint", 1, "low", "high", "size", "dtype")} gives the
 * four values in order, {@link #ABSENT} for an argument not given (the caller applies Python's
 * default).
 */
public final class Args {

    /** The marker for an argument that was not given. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    private final List<Object> positional;
    private final Map<String, Object> keywords;

    /** @param positional ARGS; @param keywords KWARGS (key order kept) */
    public Args(List<Object> positional, Map<String, Object> keywords) {
        this.positional = positional == null ? List.of() : positional;
        this.keywords = keywords == null ? Collections.emptyMap() : keywords;
    }

    /** The positional arguments. */
    public List<Object> positional() {
        return positional;
    }

    /** The keyword arguments. */
    public Map<String, Object> keywords() {
        return keywords;
    }

    /** True when the call had no arguments at all. */
    public boolean isEmpty() {
        return positional.isEmpty() && keywords.isEmpty();
    }

    /**
     * Binds to {@code method(p0, p1, ...)}, the first {@code required} parameters having no
     * default.
     *
     * @return the values in parameter order, {@link #ABSENT} where not given
     * @throws TypeError as CPython for a call that does not fit the signature
     */
    public Object[] bind(String method, int required, String... params) {
        boolean pythonLevel = method.indexOf('.') >= 0;
        // A name starting with '*' is keyword-only (after Python's bare '*').
        int positionalMax = 0;
        while (positionalMax < params.length && !params[positionalMax].startsWith("*")) {
            positionalMax++;
        }
        if (positionalMax < params.length) {
            params = params.clone();
            for (int i = positionalMax; i < params.length; i++) {
                params[i] = params[i].substring(1);
            }
            if (positional.size() > positionalMax) {
                throw new TypeError(method + "() takes " + (required == positionalMax ? "exactly " : "at most ")
                        + positionalMax + " positional argument" + (positionalMax == 1 ? "" : "s") + " ("
                        + positional.size() + " given)");
            }
        }
        if (positional.size() > params.length) {
            if (pythonLevel) {
                // CPython's message for a method defined in Python (self counted).
                throw new TypeError(method + "() takes " + (required == params.length
                        ? Integer.toString(params.length + 1) : "from " + (required + 1) + " to " + (params.length + 1))
                        + " positional argument" + (params.length == 0 ? "" : "s") + " but "
                        + (positional.size() + 1) + " were given");
            }
            // Cython's message (NumPy).
            throw new TypeError(method + "() takes " + (required == params.length ? "exactly " : "at most ")
                    + params.length + " positional argument" + (params.length == 1 ? "" : "s") + " ("
                    + positional.size() + " given)");
        }
        Object[] out = new Object[params.length];
        java.util.Arrays.fill(out, ABSENT);
        for (int i = 0; i < positional.size(); i++) {
            out[i] = positional.get(i);
        }
        for (Map.Entry<String, Object> e : keywords.entrySet()) {
            int at = indexOf(params, e.getKey());
            if (at < 0) {
                throw new TypeError(method + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (out[at] != ABSENT) {
                // CPython says "argument" for a function defined in Python, Cython "keyword argument"
                throw new TypeError(method + "() got multiple values for " + (pythonLevel ? "" : "keyword ")
                        + "argument '" + e.getKey() + "'");
            }
            out[at] = e.getValue();
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == ABSENT) {
                if (!pythonLevel) {
                    // Cython's message (NumPy).
                    throw new TypeError(method + "() takes " + (required == positionalMax ? "exactly " : "at least ")
                            + required + " positional argument" + (required == 1 ? "" : "s") + " ("
                            + positional.size() + " given)");
                }
                int missing = 0;
                StringBuilder names = new StringBuilder();
                for (int j = i; j < required; j++) {
                    if (out[j] == ABSENT) {
                        missing++;
                        names.append(names.length() == 0 ? "" : " and ").append('\'').append(params[j]).append('\'');
                    }
                }
                throw new TypeError(method + "() missing " + missing + " required positional argument"
                        + (missing == 1 ? "" : "s") + ": " + names);
            }
        }
        return out;
    }

    /** Binds a method that takes no arguments. */
    public void none(String method) {
        bind(method, 0);
    }

    private static int indexOf(String[] params, String name) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code v} unless absent, else {@code dflt}. */
    public static Object or(Object v, Object dflt) {
        return v == ABSENT ? dflt : v;
    }

    @Override
    public String toString() {
        return positional + " " + keywords;
    }
}
