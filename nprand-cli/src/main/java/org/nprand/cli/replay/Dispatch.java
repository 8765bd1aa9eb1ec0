package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import java.util.HashMap;
import java.util.Map;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.TypeError;

/**
 * The dispatch table of one generator type: Python method and attribute names to plain Java
 * lambdas over the Java object. Built once per type, shared by every case (no reflection per
 * call).
 *
 * @param <T> the Java class behind the Python type
 */
public final class Dispatch<T> {

    /** A method: {@code self.name(*args, **kwargs)}. */
    @FunctionalInterface
    public interface Method<T> {
        Object call(T self, Args args);
    }

    /** A method whose answer replaces the case's object ({@code jumped}); answers None. */
    @FunctionalInterface
    public interface Replacing<T> {
        T call(T self, Args args);
    }

    /** An attribute read. */
    @FunctionalInterface
    public interface Getter<T> {
        Object get(T self);
    }

    /** An attribute assignment. */
    @FunctionalInterface
    public interface Setter<T> {
        void set(T self, Object value);
    }

    /** The object behind an attribute, for dotted names. */
    @FunctionalInterface
    public interface ChildOf<T> {
        Subject child(T self);
    }

    private final String typeName;
    private final Map<String, Method<T>> methods = new HashMap<>();
    private final Map<String, Replacing<T>> replacing = new HashMap<>();
    private final Map<String, Getter<T>> getters = new HashMap<>();
    private final Map<String, Setter<T>> setters = new HashMap<>();
    private final Map<String, ChildOf<T>> children = new HashMap<>();

    /** @param typeName the Python type name, for messages ({@code "RandomState"}) */
    public Dispatch(String typeName) {
        this.typeName = typeName;
    }

    /** Registers a method. */
    public Dispatch<T> method(String name, Method<T> m) {
        methods.put(name, m);
        return this;
    }

    /** Registers a method whose result replaces the object and which answers None. */
    public Dispatch<T> replacing(String name, Replacing<T> m) {
        replacing.put(name, m);
        return this;
    }

    /** Registers a readable attribute. */
    public Dispatch<T> getter(String name, Getter<T> g) {
        getters.put(name, g);
        return this;
    }

    /** Registers an assignable attribute. */
    public Dispatch<T> setter(String name, Setter<T> s) {
        setters.put(name, s);
        return this;
    }

    /** Registers an attribute reached by dotted names. */
    public Dispatch<T> child(String name, ChildOf<T> c) {
        children.put(name, c);
        return this;
    }

    /** The Python type name. */
    public String typeName() {
        return typeName;
    }

    /** A subject over {@code value}. */
    public Subject bind(T value) {
        return new Bound(value);
    }

    private NotImplementedError unsupported(String what) {
        return new NotImplementedError("nprand replay does not support " + typeName + "." + what);
    }

    private final class Bound implements Subject {
        private T value;

        Bound(T value) {
            this.value = value;
        }

        @Override
        public Object call(String name, Args args) {
            Method<T> m = methods.get(name);
            if (m != null) {
                return m.call(value, args);
            }
            Replacing<T> r = replacing.get(name);
            if (r != null) {
                value = r.call(value, args);
                return null;
            }
            if (getters.containsKey(name)) {
                if (!args.isEmpty()) {
                    throw new TypeError("'" + typeName + "." + name + "' is not callable");
                }
                return read(name);
            }
            throw unsupported(name);
        }

        @Override
        public Object read(String name) {
            Getter<T> g = getters.get(name);
            if (g == null) {
                throw unsupported(name);
            }
            return g.get(value);
        }

        @Override
        public void assign(String name, Object v) {
            Setter<T> s = setters.get(name);
            if (s == null) {
                throw unsupported(name + "=");
            }
            s.set(value, v);
        }

        @Override
        public Subject child(String name) {
            ChildOf<T> c = children.get(name);
            if (c == null) {
                throw unsupported(name);
            }
            return c.child(value);
        }

        @Override
        public boolean isAttribute(String name) {
            return getters.containsKey(name);
        }
    }
}
