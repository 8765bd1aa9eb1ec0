package org.nprand.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nprand.cli.eval.PyObjects.BoundMethod;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.internal.py.Args;

/** The methods of Python's list, tuple, dict and str that {@code nprand eval} runs. */
final class BuiltinMethods {

    private BuiltinMethods() {
    }

    @SuppressWarnings("unchecked")
    static Object list(Object self, String name) {
        List<Object> l = (List<Object>) self;
        switch (name) {
            case "append":
                return method(self, "list", name, (a, k) -> {
                    Object[] v = new Args(a, k).bind("list.append", 1, "object");
                    l.add(v[0]);
                    return null;
                });
            case "extend":
                return method(self, "list", name, (a, k) -> {
                    Object[] v = new Args(a, k).bind("list.extend", 1, "iterable");
                    l.addAll(new ArrayList<>(Values.iterate(v[0])));
                    return null;
                });
            case "pop":
                return method(self, "list", name, (a, k) -> {
                    if (l.isEmpty()) {
                        throw new org.nprand.errors.IndexError("pop from empty list");
                    }
                    long i = a.isEmpty() ? -1 : PyOps.index(a.get(0), "list indices");
                    long j = i < 0 ? i + l.size() : i;
                    if (j < 0 || j >= l.size()) {
                        throw new org.nprand.errors.IndexError("pop index out of range");
                    }
                    return l.remove((int) j);
                });
            case "insert":
                return method(self, "list", name, (a, k) -> {
                    if (a.size() != 2) {
                        throw PyException.type("insert expected 2 arguments, got " + a.size());
                    }
                    long i = PyOps.index(a.get(0), "list indices");
                    long j = i < 0 ? Math.max(0, i + l.size()) : Math.min(i, l.size());
                    l.add((int) j, a.get(1));
                    return null;
                });
            case "copy":
                return method(self, "list", name, (a, k) -> new ArrayList<>(l));
            case "clear":
                return method(self, "list", name, (a, k) -> {
                    l.clear();
                    return null;
                });
            case "reverse":
                return method(self, "list", name, (a, k) -> {
                    java.util.Collections.reverse(l);
                    return null;
                });
            case "sort":
                return method(self, "list", name, (a, k) -> {
                    if (!a.isEmpty()) {
                        throw PyException.type("sort() takes no positional arguments");
                    }
                    sort(l, k.getOrDefault("reverse", false));
                    return null;
                });
            case "count":
                return method(self, "list", name, (a, k) -> count(l, a));
            case "index":
                return method(self, "list", name, (a, k) -> index(l, a, "list"));
            default:
                return missing("list", name);
        }
    }

    static Object tuple(PyTuple t, String name) {
        switch (name) {
            case "count":
                return method(t, "tuple", name, (a, k) -> count(t, a));
            case "index":
                return method(t, "tuple", name, (a, k) -> index(t, a, "tuple"));
            default:
                return missing("tuple", name);
        }
    }

    @SuppressWarnings("unchecked")
    static Object dict(Object self, String name) {
        Map<Object, Object> m = (Map<Object, Object>) self;
        switch (name) {
            case "keys":
                return method(self, "dict", name, (a, k) -> new DictView("dict_keys", new ArrayList<>(m.keySet())));
            case "values":
                return method(self, "dict", name, (a, k) -> new DictView("dict_values", new ArrayList<>(m.values())));
            case "items":
                return method(self, "dict", name, (a, k) -> {
                    List<Object> out = new ArrayList<>();
                    for (Map.Entry<Object, Object> e : m.entrySet()) {
                        out.add(PyTuple.of(e.getKey(), e.getValue()));
                    }
                    return new DictView("dict_items", out);
                });
            case "get":
                return method(self, "dict", name, (a, k) -> {
                    if (a.isEmpty() || a.size() > 2) {
                        throw PyException.type("get expected at least 1 argument, got " + a.size());
                    }
                    for (Map.Entry<Object, Object> e : m.entrySet()) {
                        if (PyOps.equal(e.getKey(), a.get(0))) {
                            return e.getValue();
                        }
                    }
                    return a.size() > 1 ? a.get(1) : null;
                });
            case "copy":
                return method(self, "dict", name, (a, k) -> new java.util.LinkedHashMap<>(m));
            case "update":
                return method(self, "dict", name, (a, k) -> {
                    if (!a.isEmpty()) {
                        if (!(a.get(0) instanceof Map)) {
                            throw PyException.unsupported("dict.update from a sequence");
                        }
                        m.putAll((Map<?, ?>) a.get(0));
                    }
                    m.putAll(k);
                    return null;
                });
            default:
                return missing("dict", name);
        }
    }

    static Object str(String s, String name) {
        switch (name) {
            case "join":
                return method(s, "str", name, (a, k) -> {
                    Object[] v = new Args(a, k).bind("str.join", 1, "iterable");
                    StringBuilder b = new StringBuilder();
                    List<?> items = Values.iterate(v[0]);
                    for (int i = 0; i < items.size(); i++) {
                        Object o = items.get(i);
                        if (!(o instanceof String)) {
                            throw PyException.type("sequence item " + i + ": expected str instance, "
                                    + PyOps.typeName(o) + " found");
                        }
                        if (i > 0) {
                            b.append(s);
                        }
                        b.append((String) o);
                    }
                    return b.toString();
                });
            case "upper":
                return method(s, "str", name, (a, k) -> s.toUpperCase(java.util.Locale.ROOT));
            case "lower":
                return method(s, "str", name, (a, k) -> s.toLowerCase(java.util.Locale.ROOT));
            case "strip":
                return method(s, "str", name, (a, k) -> s.strip());
            default:
                return missing("str", name);
        }
    }

    /** {@code dict.keys()} and friends: a snapshot that prints as {@code dict_keys([...])}. */
    static final class DictView extends java.util.AbstractList<Object> implements org.nprand.internal.py.PythonValue {
        private final String type;
        private final List<Object> items;

        DictView(String type, List<Object> items) {
            this.type = type;
            this.items = items;
        }

        @Override
        public Object get(int i) {
            return items.get(i);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public String pythonTypeName() {
            return type;
        }

        @Override
        public String pythonRepr() {
            return type + "(" + PyFormat.repr(new ArrayList<>(items)) + ")";
        }
    }

    private static Object missing(String type, String name) {
        if (Modules.pythonHas(type, name)) {
            throw PyException.unsupported(type + "." + name);
        }
        throw PyException.attribute("'" + type + "' object", name);
    }

    private static BoundMethod method(Object self, String owner, String name, PyObjects.Fn fn) {
        return new BoundMethod(self, owner, name, fn);
    }

    private static Object count(List<?> l, List<Object> a) {
        if (a.size() != 1) {
            throw PyException.type("count() takes exactly one argument (" + a.size() + " given)");
        }
        long n = 0;
        for (Object o : l) {
            if (PyOps.equal(o, a.get(0))) {
                n++;
            }
        }
        return n;
    }

    private static Object index(List<?> l, List<Object> a, String type) {
        if (a.size() != 1) {
            throw PyException.unsupported(type + ".index with start/stop");
        }
        for (int i = 0; i < l.size(); i++) {
            if (PyOps.equal(l.get(i), a.get(0))) {
                return (long) i;
            }
        }
        throw PyException.value(type.equals("list") ? PyFormat.repr(a.get(0)) + " is not in list" : "tuple.index(x): x not in tuple");
    }

    /** {@code list.sort(reverse=...)}: a stable sort by Python's {@code <}. */
    static void sort(List<Object> l, Object reverse) {
        List<Object> copy = new ArrayList<>(l);
        copy.sort((x, y) -> PyOps.compare("<", x, y) ? -1 : PyOps.compare("<", y, x) ? 1 : 0);
        if (PyOps.truthy(reverse)) {
            // Python's reverse sort keeps equal elements in their original order
            List<Object> rev = new ArrayList<>(l);
            java.util.Collections.reverse(rev);
            rev.sort((x, y) -> PyOps.compare("<", x, y) ? -1 : PyOps.compare("<", y, x) ? 1 : 0);
            java.util.Collections.reverse(rev);
            copy = rev;
        }
        l.clear();
        l.addAll(copy);
    }
}
