package org.nprand.cli.eval;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.nprand.cli.demo.NumpyPrint;
import org.nprand.cli.replay.Subject;
import org.nprand.internal.py.PythonValue;
import org.nprand.numpy.NdArray;

/**
 * The Python objects of {@code nprand eval} that have no Java form in the library: tuples, NumPy
 * scalars and dtypes, modules, functions, bound methods and the generator objects (a
 * {@link Subject} of the replay's dispatch tables with its Java object).
 *
 * <p>The other Python values are the library's and the replay's Java forms: None is
 * {@code null}, bool {@link Boolean}, int {@link Long} or {@link java.math.BigInteger}, float
 * {@link Double}, str {@link String}, bytes {@code byte[]}, list {@link java.util.ArrayList},
 * dict {@link java.util.LinkedHashMap}, ndarray {@link NdArray}, range
 * {@link org.nprand.cli.value.PyRange}.
 */
final class PyObjects {

    private PyObjects() {
    }

    /** Python's {@code Ellipsis}. */
    static final Object ELLIPSIS = new PythonValue() {
        @Override
        public String pythonTypeName() {
            return "ellipsis";
        }

        @Override
        public String pythonRepr() {
            return "Ellipsis";
        }
    };

    /** A Python tuple: an immutable list (so every sequence-taking method accepts it). */
    static final class PyTuple extends AbstractList<Object> implements RandomAccess, PythonValue {
        private final Object[] items;

        PyTuple(Collection<?> items) {
            this.items = items.toArray();
        }

        static PyTuple of(Object... items) {
            return new PyTuple(java.util.Arrays.asList(items));
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public String pythonTypeName() {
            return "tuple";
        }

        @Override
        public String pythonRepr() {
            return PyFormat.repr(this);
        }

        @Override
        public List<?> pythonItems() {
            return java.util.Arrays.asList(items);
        }
    }

    /** A NumPy scalar ({@code np.int64(3)}): its dtype name and value (Long, Double, Float, Boolean, String). */
    record NpScalar(String dtype, Object value) implements PythonValue {
        @Override
        public String pythonTypeName() {
            return dtype.startsWith("<U") ? "numpy.str_" : "numpy." + (dtype.equals("bool") ? "bool" : dtype);
        }

        @Override
        public String pythonRepr() {
            return NumpyPrint.scalarRepr(dtype, value);
        }

        /** The 0-d array NumPy's conversions see. */
        NdArray toArray() {
            switch (NdArray.storageOf(dtype)) {
                case BOOL:
                    return new NdArray("bool", new int[0], new boolean[] {(Boolean) value});
                case INT:
                    return NdArray.scalar(dtype, ((Number) value).longValue());
                case FLOAT32:
                    return new NdArray("float32", new int[0], new float[] {((Number) value).floatValue()});
                case FLOAT64:
                    return NdArray.of(((Number) value).doubleValue());
                default:
                    return new NdArray(dtype, new int[0], new Object[] {value});
            }
        }
    }

    /** A NumPy scalar type used as a dtype or a constructor ({@code np.int8}, {@code np.float32}). */
    record NpType(String dtype) implements PythonValue {
        @Override
        public String pythonTypeName() {
            return "type";
        }

        @Override
        public String pythonRepr() {
            return "<class 'numpy." + (dtype.equals("bool") ? "bool" : dtype) + "'>";
        }
    }

    /** {@code x.dtype}: NumPy's dtype object. */
    record NpDtype(String name) implements PythonValue {
        @Override
        public String pythonTypeName() {
            return "numpy.dtype[" + name + "]";
        }

        @Override
        public String pythonRepr() {
            return "dtype(" + (name.startsWith("<U") ? "'" + name + "'" : "'" + name + "'") + ")";
        }
    }

    /** A callable: builtins, module functions, constructors. */
    interface Fn {
        Object call(List<Object> args, Map<String, Object> kwargs);
    }

    /** A function or class object with a Python name. */
    static final class Builtin implements PythonValue {
        final String name;
        final String repr;
        final Fn fn;
        /** The Python type name when this is a class ({@code int}, {@code list}), else null. */
        final String typeName;

        Builtin(String name, String repr, String typeName, Fn fn) {
            this.name = name;
            this.repr = repr;
            this.typeName = typeName;
            this.fn = fn;
        }

        static Builtin function(String name, Fn fn) {
            return new Builtin(name, "<built-in function " + name + ">", null, fn);
        }

        static Builtin type(String name, Fn fn) {
            return new Builtin(name, "<class '" + name + "'>", name, fn);
        }

        @Override
        public String pythonTypeName() {
            return typeName != null ? "type" : "builtin_function_or_method";
        }

        @Override
        public String pythonRepr() {
            return repr;
        }
    }

    /** A module: its attributes (values or lazily made objects). */
    static final class PyModule implements PythonValue {
        final String name;
        final Map<String, Object> attrs;

        PyModule(String name, Map<String, Object> attrs) {
            this.name = name;
            this.attrs = attrs;
        }

        @Override
        public String pythonTypeName() {
            return "module";
        }

        @Override
        public String pythonRepr() {
            return "<module '" + name + "'>";
        }
    }

    /**
     * A bit generator's {@code lock} ({@code rng.bit_generator.lock}, a {@code threading.RLock}):
     * usable in a {@code with} statement, the one thing programs do with it (its methods are not
     * supported; {@code nprand eval} runs one thread). The Java API's counterpart is
     * {@code hold()}.
     */
    static final class PyLock implements PythonValue {
        @Override
        public String pythonTypeName() {
            return "_thread.RLock";
        }

        @Override
        public String pythonRepr() {
            return "<unlocked _thread.RLock object owner=0 count=0 at " + PyFormat.address(this) + ">";
        }
    }

    /** A method bound to its object ({@code rng.normal}, {@code lst.append}). */
    static final class BoundMethod implements PythonValue {
        final Object self;
        final String owner;
        final String name;
        final Fn fn;

        BoundMethod(Object self, String owner, String name, Fn fn) {
            this.self = self;
            this.owner = owner;
            this.name = name;
            this.fn = fn;
        }

        @Override
        public String pythonTypeName() {
            return "builtin_function_or_method";
        }

        @Override
        public String pythonRepr() {
            return "<built-in method " + name + " of " + owner + " object at " + PyFormat.address(self) + ">";
        }
    }

    /** The kinds of generator objects. */
    enum Kind {
        GENERATOR("numpy.random._generator.Generator"),
        RANDOM_STATE("numpy.random.mtrand.RandomState"),
        BIT_GENERATOR(null),
        SEED_SEQUENCE("numpy.random.bit_generator.SeedSequence"),
        RANDOM("Random");

        final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    /**
     * A NumPy or CPython generator object: its Java object and the replay's {@link Subject} over
     * it, through which every call is bound.
     */
    static final class ApiObject implements PythonValue {
        final Kind kind;
        final Object java;
        final Subject subject;

        ApiObject(Kind kind, Object java, Subject subject) {
            this.kind = kind;
            this.java = java;
            this.subject = subject;
        }

        /** Python's full type name ({@code numpy.random._pcg64.PCG64}). */
        String typeName() {
            if (kind == Kind.BIT_GENERATOR) {
                return Api.bitGeneratorModule(((org.nprand.bitgen.BitGenerator) java).name());
            }
            return kind.typeName;
        }

        @Override
        public String pythonTypeName() {
            return typeName();
        }

        @Override
        public String pythonRepr() {
            return Api.repr(this);
        }
    }

    /** A mutable Python list (for displays and results). */
    static List<Object> list(Collection<?> items) {
        return new ArrayList<>(items);
    }
}
