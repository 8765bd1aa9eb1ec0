package org.nprand.cli.generate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.nprand.bitgen.BitGenerator;
import org.nprand.cli.eval.Interpreter;
import org.nprand.cli.eval.PythonNames;
import org.nprand.cli.generate.GeneratorOptions.UsageException;
import org.nprand.cli.replay.Subject;
import org.nprand.cli.replay.Subjects;
import org.nprand.errors.NotImplementedError;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyRepr;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.kernels.BoundedIntegers;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;

/**
 * One bulk draw: a method of the source's API with its arguments and a size, produced in chunks
 * whose concatenation equals NumPy's single call {@code method(*args, size=SIZE)} bit for bit.
 *
 * <p>How each method is chunked:
 * <ul>
 *   <li>methods that draw element by element (every distribution, {@code random},
 *       {@code integers}/{@code randint} of 32 and 64 bits, {@code choice} with replacement,
 *       {@code random_raw}, ...) are called again for each chunk of rows with the same
 *       arguments: their only state between elements is the generator's own (including the
 *       bit generator's 32-bit buffer and the legacy Gaussian cache), which carries over;</li>
 *   <li>{@code integers}/{@code randint} of {@code bool}, 8 and 16 bits cut 32-bit words into
 *       pieces with a buffer that NumPy keeps for one call only; chunked calls would each start
 *       a fresh buffer, so these run the bounded-integer kernel with one buffer for the whole
 *       output (checked, before anything is written, against the method's own result for the
 *       first values);</li>
 *   <li>methods whose draws depend on the whole call ({@code permutation}, {@code permuted},
 *       {@code shuffle}, {@code choice} without replacement, {@code multivariate_normal},
 *       {@code bytes}) and calls with array parameters run once, in memory;</li>
 *   <li>CPython's {@code random} has no size: the method is called once per row.</li>
 * </ul>
 * Every call goes through the replay's dispatch tables, so arguments are bound and checked as
 * NumPy binds them.
 */
public final class Job {

    /** The largest output held in memory by a method that cannot be chunked. */
    static final long SINGLE_CALL_LIMIT = 1L << 27;

    private static final Set<String> WHOLE_CALL = Set.of("permutation", "permuted", "shuffle", "multivariate_normal",
            "bytes");
    private static final Set<String> SMALL_DTYPES = Set.of("bool", "int8", "uint8", "int16", "uint16");

    enum Mode { CHUNKED, SMALL_INTS, SINGLE, REPEAT }

    private final Source.Api api;
    private final String method;
    private final List<Object> args;
    private final Map<String, Object> kwargs;
    private final long[] shape;
    private final Mode mode;
    private final boolean rawBits;

    private Job(Source.Api api, String method, List<Object> args, Map<String, Object> kwargs, long[] shape, Mode mode,
                boolean rawBits) {
        this.api = api;
        this.method = method;
        this.args = args;
        this.kwargs = kwargs;
        this.shape = shape;
        this.mode = mode;
        this.rawBits = rawBits;
    }

    /**
     * A job from the command line's words.
     *
     * @param argTexts positional arguments and {@code key=value} keywords, each a Python expression
     * @param sizeText the {@code --size} text, or null
     */
    public static Job parse(Source.Api api, String method, List<String> argTexts, String sizeText) {
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (String t : argTexts) {
            int eq = t.indexOf('=');
            if (eq > 0 && t.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*") && !t.startsWith("==")
                    && (eq + 1 >= t.length() || t.charAt(eq + 1) != '=')) {
                String key = t.substring(0, eq);
                if (kwargs.containsKey(key)) {
                    throw new UsageException("keyword argument repeated: " + key);
                }
                kwargs.put(key, Interpreter.argument(t.substring(eq + 1)));
            } else {
                if (!kwargs.isEmpty()) {
                    throw new UsageException("positional argument " + t + " follows keyword arguments");
                }
                args.add(Interpreter.argument(t));
            }
        }
        if (kwargs.containsKey("size")) {
            if (sizeText != null) {
                throw new UsageException("the size is given twice (size= and --size)");
            }
            Object s = kwargs.remove("size");
            sizeText = s == null ? null : PyRepr.repr(s);
        }
        String m = method;
        if (api == Source.Api.LEGACY && (m.equals("rand") || m.equals("randn"))) {
            // rand(d0, d1, ...) is random_sample(size=(d0, d1, ...)); randn is standard_normal
            if (!kwargs.isEmpty()) {
                throw new UsageException(m + "() takes no keyword arguments");
            }
            if (!args.isEmpty()) {
                if (sizeText != null) {
                    throw new UsageException(m + "'s arguments are its size: give them or --size, not both");
                }
                sizeText = PyRepr.repr(args);
                args.clear();
            }
            m = m.equals("rand") ? "random_sample" : "standard_normal";
        }
        long[] shape = sizeText == null ? null : size(sizeText);
        boolean raw = m.equals("random_raw") && api != Source.Api.PYTHON;
        Mode mode;
        if (api == Source.Api.PYTHON) {
            if (shape != null && shape.length != 1) {
                throw new UsageException("random.Random draws one value per call: --size is a count, not " + sizeText);
            }
            mode = shape == null ? Mode.SINGLE : Mode.REPEAT;
        } else {
            checkMethod(api, m, raw);
            boolean hasSize = raw || hasSize(api, m);
            if (!hasSize && shape != null) {
                throw new UsageException(api.className + "." + m + "() has no size: it draws in one call (leave out --size)");
            }
            if (shape == null || !hasSize) {
                mode = Mode.SINGLE;
            } else if (WHOLE_CALL.contains(m) || (m.equals("choice") && !replace(api, args, kwargs))
                    || hasArrayParameters(api, m, args, kwargs)) {
                mode = Mode.SINGLE;
            } else if ((m.equals("integers") || m.equals("randint")) && SMALL_DTYPES.contains(dtypeOf(api, m, args, kwargs))) {
                mode = Mode.SMALL_INTS;
            } else {
                mode = Mode.CHUNKED;
            }
            if (mode == Mode.SINGLE && shape != null && count(shape) > SINGLE_CALL_LIMIT) {
                throw new UsageException(m + " with these arguments draws all its values in one call (held in memory): "
                        + "--size can be at most " + SINGLE_CALL_LIMIT + " values");
            }
        }
        return new Job(api, m, args, kwargs, shape, mode, raw);
    }

    /** {@code --size}: {@code 1000}, {@code 1e6}, {@code 10**8}, {@code 1000,3}, {@code (1000, 3)}, {@code 1000x3}. */
    static long[] size(String text) {
        String t = text.strip();
        if (t.matches("[0-9_]+([xX][0-9_]+)+")) {
            t = t.replace('x', ',').replace('X', ',');
        }
        Object v;
        try {
            v = Interpreter.argument(t);
        } catch (RuntimeException e) {
            throw new UsageException("bad size '" + text + "': " + e.getMessage());
        }
        List<?> dims = v instanceof List ? (List<?>) v : List.of(v);
        long[] out = new long[dims.size()];
        for (int i = 0; i < out.length; i++) {
            Object d = dims.get(i);
            if (d instanceof Double && ((Double) d) == Math.rint((Double) d) && (Double) d >= 0 && (Double) d < 9e18) {
                d = (long) (double) (Double) d;
            }
            if (!(d instanceof Long || d instanceof BigInteger) || d instanceof Boolean) {
                throw new UsageException("bad size '" + text + "': give a count or a shape of counts (1000, 1e6, 1000,3)");
            }
            BigInteger b = Py.bigInt(d);
            if (b.signum() < 0) {
                throw new UsageException("bad size '" + text + "': negative dimensions are not allowed");
            }
            if (b.bitLength() > 62 || (i > 0 && b.bitLength() > 30)) {
                throw new UsageException("bad size '" + text + "': too large");
            }
            out[i] = b.longValue();
        }
        if (out.length > 1) {
            long rest = 1;
            for (int i = 1; i < out.length; i++) {
                rest *= out[i];
                if (rest > Integer.MAX_VALUE / 8) {
                    throw new UsageException("bad size '" + text + "': a row (the dimensions after the first) is too large");
                }
            }
        }
        return out;
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n = d == 0 ? 0 : (n > Long.MAX_VALUE / Math.max(d, 1) ? Long.MAX_VALUE : n * d);
        }
        return n;
    }

    private static void checkMethod(Source.Api api, String m, boolean raw) {
        if (raw) {
            return;
        }
        boolean known = PythonNames.of(api.className).contains(m);
        boolean here = hasSpec(api, m) || m.equals("shuffle");
        if (known && !here) {
            throw new UsageException(api.className + "." + m + "() is not in nprand yet");
        }
        if (!known) {
            List<String> near = PythonNames.near(api.className, m);
            throw new UsageException(api.className + " has no method '" + m + "'"
                    + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)"));
        }
    }

    private static boolean hasSpec(Source.Api api, String m) {
        return (api == Source.Api.GENERATOR ? MethodSpecs.of(Generator.class) : MethodSpecs.of(RandomState.class))
                .containsKey(m);
    }

    private static String[] params(Source.Api api, String m) {
        MethodSpec<?> spec = api == Source.Api.GENERATOR ? MethodSpecs.of(Generator.class).get(m)
                : MethodSpecs.of(RandomState.class).get(m);
        return spec == null ? new String[0] : spec.params();
    }

    private static boolean hasSize(Source.Api api, String m) {
        return Arrays.asList(params(api, m)).contains("size");
    }

    /** The bound value of parameter {@code name}, or ABSENT. */
    private static Object param(Source.Api api, String m, List<Object> args, Map<String, Object> kwargs, String name) {
        String[] ps = params(api, m);
        int i = Arrays.asList(ps).indexOf(name);
        if (kwargs.containsKey(name)) {
            return kwargs.get(name);
        }
        return i >= 0 && i < args.size() ? args.get(i) : Args.ABSENT;
    }

    private static boolean replace(Source.Api api, List<Object> args, Map<String, Object> kwargs) {
        Object r = param(api, "choice", args, kwargs, "replace");
        return r == Args.ABSENT || Py.truthy(r);
    }

    private static String dtypeOf(Source.Api api, String m, List<Object> args, Map<String, Object> kwargs) {
        Object d = param(api, m, args, kwargs, "dtype");
        if (d == Args.ABSENT || d == null) {
            return "int64";
        }
        try {
            return Py.dtype(d);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** Sequence parameters that are not broadcast against the size (a population, probabilities). */
    private static final Map<String, Set<String>> NOT_BROADCAST = Map.of(
            "choice", Set.of("a", "p"), "dirichlet", Set.of("alpha"), "multinomial", Set.of("pvals"),
            "multivariate_hypergeometric", Set.of("colors"));

    /** True when a broadcast parameter is an array: NumPy pairs its elements with the whole size. */
    private static boolean hasArrayParameters(Source.Api api, String m, List<Object> args, Map<String, Object> kwargs) {
        Set<String> skip = NOT_BROADCAST.getOrDefault(m, Set.of());
        for (String p : params(api, m)) {
            if (skip.contains(p) || p.equals("size")) {
                continue;
            }
            Object o = param(api, m, args, kwargs, p);
            if (o instanceof List || (o instanceof NdArray && ((NdArray) o).ndim() > 0)) {
                return true;
            }
        }
        return false;
    }

    // ---- accessors ----

    /** The rows the output has (1 for a call without size). */
    public long rows() {
        return shape == null ? 1 : shape.length == 0 ? 1 : shape[0];
    }

    /** The output shape's dimensions after the first, as given ({@code --size 1000,3}: [3]). */
    long[] shape() {
        return shape == null ? null : shape.clone();
    }

    Mode mode() {
        return mode;
    }

    String method() {
        return method;
    }

    /** The bound value of the method's parameter {@code name}, or {@link Args#ABSENT}. */
    Object param(String name) {
        return param(api, method, args, kwargs, name);
    }

    /** The output's dimensions after the first, as ints (a row's shape). */
    int[] rowShape() {
        int[] r = new int[shape.length - 1];
        for (int i = 1; i < shape.length; i++) {
            r[i - 1] = (int) shape[i];
        }
        return r;
    }

    /** The first {@code rows} rows as the method's own call gives them (a chunked job, on a copy of the source). */
    NdArray firstRows(Source copy, int rows) {
        Object r = call(copy, sizeList(rows));
        if (!(r instanceof NdArray)) {
            throw new IllegalStateException(method + " returned " + r);
        }
        return (NdArray) r;
    }

    /** The Python that gives the same numbers from {@code source}. */
    public String python(Source source) {
        StringBuilder b = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (Object a : args) {
            parts.add(PyRepr.repr(a));
        }
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            parts.add(e.getKey() + "=" + PyRepr.repr(e.getValue()));
        }
        if (mode == Mode.REPEAT) {
            return "[" + source.python() + "." + method + "(" + String.join(", ", parts) + ") for _ in range(" + shape[0] + ")]";
        }
        if (shape != null) {
            parts.add("size=" + sizeRepr(shape));
        }
        String target = rawBits ? source.python() + (source.api() == Source.Api.GENERATOR ? ".bit_generator" : "._bit_generator")
                : source.python();
        return b.append(target).append('.').append(method).append('(').append(String.join(", ", parts)).append(')').toString();
    }

    private static String sizeRepr(long[] shape) {
        if (shape.length == 1) {
            return Long.toString(shape[0]);
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return b.append(')').toString();
    }

    // ---- running ----

    private Subject subject(Source s) {
        if (rawBits) {
            return Subjects.bitGenerator(s.bitGenerator());
        }
        return s.subject();
    }

    /** Calls the method once with {@code size} (null: no size argument). */
    private Object call(Source s, Object size) {
        Map<String, Object> kw = new LinkedHashMap<>(kwargs);
        if (size != null) {
            kw.put("size", size);
        }
        try {
            return subject(s).call(method, new Args(new ArrayList<>(args), kw));
        } catch (NotImplementedError e) {
            if (e.getMessage() != null && e.getMessage().startsWith("nprand replay does not support")) {
                throw new UsageException(api.className + "." + method + "() is not in nprand yet");
            }
            throw e;
        }
    }

    /**
     * Draws a few values on a copy of the source: any error the arguments cause is raised now,
     * before an output file is opened.
     */
    public void check(Source source) {
        Source probe = source.copy();
        switch (mode) {
            case SINGLE:
                return; // the single call itself comes before any output
            case REPEAT:
                if (shape[0] > 0) {
                    call(probe, null);
                }
                return;
            case SMALL_INTS: {
                int n = (int) Math.min(rows(), 2048);
                List<Object> size = sizeList(n);
                Object expected = call(probe, size);
                Chunk mine = new SmallInts(source.copy()).next(n);
                if (!(expected instanceof NdArray) || !sameValues((NdArray) expected, mine.array())) {
                    throw new IllegalStateException("the small-integer stream does not match " + method + "'s own draws");
                }
                return;
            }
            default:
                call(probe, sizeList((int) Math.min(rows(), 1)));
        }
    }

    static boolean sameValues(NdArray a, NdArray b) {
        return a.dtype().equals(b.dtype()) && Arrays.equals(a.shape(), b.shape())
                && Arrays.deepEquals(new Object[] {a.data()}, new Object[] {b.data()});
    }

    private List<Object> sizeList(int rows) {
        List<Object> size = new ArrayList<>();
        size.add((long) rows);
        for (int i = 1; i < shape.length; i++) {
            size.add(shape[i]);
        }
        return size;
    }

    private int rowElements() {
        long n = 1;
        for (int i = 1; i < shape.length; i++) {
            n *= shape[i];
        }
        return (int) n;
    }

    /** The chunks of the output, drawn from {@code source} as they are read. */
    public Iterator<Chunk> chunks(Source source, int chunkElements) {
        switch (mode) {
            case SINGLE: {
                Object r = shape == null ? call(source, null) : call(source, sizeRepr(shape).startsWith("(")
                        ? toList(shape) : (Object) shape[0]);
                return List.of(chunkOf(r)).iterator();
            }
            case REPEAT:
                return repeat(source, chunkElements);
            case SMALL_INTS: {
                SmallInts s = new SmallInts(source);
                return rowsIterator(chunkElements, s::next);
            }
            default:
                if (shape.length == 0) {
                    return List.of(chunkOf(call(source, List.of()))).iterator();
                }
                return rowsIterator(chunkElements, k -> chunkOf(call(source, sizeList(k))));
        }
    }

    private static List<Object> toList(long[] shape) {
        List<Object> l = new ArrayList<>();
        for (long d : shape) {
            l.add(d);
        }
        return l;
    }

    private interface RowSource {
        Chunk next(int rows);
    }

    private Iterator<Chunk> rowsIterator(int chunkElements, RowSource src) {
        long total = rows();
        int perRow = Math.max(1, rowElements());
        int step = Math.max(1, chunkElements / perRow);
        return new Iterator<Chunk>() {
            private long done;
            private boolean started;

            @Override
            public boolean hasNext() {
                return done < total || !started;
            }

            @Override
            public Chunk next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                started = true;
                int k = (int) Math.min(step, total - done);
                done += k;
                return src.next(k);
            }
        };
    }

    private Iterator<Chunk> repeat(Source source, int chunkElements) {
        long total = shape[0];
        int step = Math.max(1, chunkElements);
        return new Iterator<Chunk>() {
            private long done;
            private boolean started;

            @Override
            public boolean hasNext() {
                return done < total || !started;
            }

            @Override
            public Chunk next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                started = true;
                int k = (int) Math.min(step, total - done);
                List<Object> values = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    values.add(call(source, null));
                }
                done += k;
                return pythonChunk(values);
            }
        };
    }

    /** A call's result as a chunk: an array with its rows, or one Python value. */
    static Chunk chunkOf(Object r) {
        if (r instanceof NdArray) {
            NdArray a = (NdArray) r;
            return new Chunk(a, null, a.ndim() == 0 ? 1 : a.intShape()[0]);
        }
        // a NumPy scalar result (size=None) as the 0-d array np.save would write
        if (r instanceof Double) {
            return new Chunk(NdArray.of((Double) r), null, 1);
        }
        if (r instanceof Float) {
            return new Chunk(new NdArray("float32", new int[0], new float[] {(Float) r}), null, 1);
        }
        if (r instanceof Long) {
            return new Chunk(NdArray.ofInt((Long) r), null, 1);
        }
        if (r instanceof Boolean) {
            return new Chunk(new NdArray("bool", new int[0], new boolean[] {(Boolean) r}), null, 1);
        }
        List<Object> one = new ArrayList<>();
        one.add(r);
        return new Chunk(null, one, 1);
    }

    /** CPython values, as an array when they are all floats, all 64-bit ints or all bools. */
    static Chunk pythonChunk(List<Object> values) {
        boolean floats = true;
        boolean ints = true;
        boolean bools = true;
        for (Object v : values) {
            floats &= v instanceof Double;
            ints &= v instanceof Long;
            bools &= v instanceof Boolean;
        }
        int n = values.size();
        if (n > 0 && floats) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = (Double) values.get(i);
            }
            return new Chunk(NdArray.of(d), null, n);
        }
        if (n > 0 && ints) {
            long[] d = new long[n];
            for (int i = 0; i < n; i++) {
                d[i] = (Long) values.get(i);
            }
            return new Chunk(NdArray.ofInts(d), null, n);
        }
        if (n > 0 && bools) {
            boolean[] d = new boolean[n];
            for (int i = 0; i < n; i++) {
                d[i] = (Boolean) values.get(i);
            }
            return new Chunk(new NdArray("bool", new int[] {n}, d), null, n);
        }
        return new Chunk(null, values, n);
    }

    /**
     * {@code integers}/{@code randint} of bool, 8 and 16 bits with scalar bounds: NumPy's
     * bounded-integer kernel with one 32-bit buffer for the whole output, as one call keeps it.
     */
    private final class SmallInts {
        private final BitGenerator src;
        private final BoundedIntegers.Buffer buffer = new BoundedIntegers.Buffer();
        private final String dtype;
        private final long off;
        private final long rng;
        private final boolean masked;

        SmallInts(Source source) {
            this.src = source.bitGenerator();
            this.dtype = dtypeOf(api, method, args, kwargs);
            Object low = param(api, method, args, kwargs, "low");
            Object high = param(api, method, args, kwargs, "high");
            if (high == Args.ABSENT || high == null) {
                high = low;
                low = 0L;
            }
            boolean closed = api == Source.Api.GENERATOR && Py.truthy(Args.or(param(api, method, args, kwargs, "endpoint"), false));
            BigInteger lo = Py.bigInt(low);
            BigInteger hiClosed = closed ? Py.bigInt(high) : Py.bigInt(high).subtract(BigInteger.ONE);
            this.off = lo.longValue();
            this.rng = hiClosed.subtract(lo).longValue();
            this.masked = api == Source.Api.LEGACY;
        }

        Chunk next(int rows) {
            int n = rows * Math.max(1, rowElements());
            if (rowElements() == 0) {
                n = 0;
            }
            int[] outShape = new int[shape.length];
            outShape[0] = rows;
            for (int i = 1; i < shape.length; i++) {
                outShape[i] = (int) shape[i];
            }
            if (dtype.equals("bool")) {
                boolean[] d = new boolean[n];
                for (int i = 0; i < n; i++) {
                    d[i] = buffer.boundedBool(src, off != 0, rng != 0);
                }
                return new Chunk(new NdArray("bool", outShape, d), null, rows);
            }
            long[] d = new long[n];
            boolean signed = dtype.startsWith("int");
            if (dtype.endsWith("8")) {
                int mask = (int) BoundedIntegers.genMask(rng & 0xFF);
                for (int i = 0; i < n; i++) {
                    byte v = buffer.boundedUInt8(src, (byte) off, (byte) rng, mask, masked);
                    d[i] = signed ? v : v & 0xFF;
                }
            } else {
                int mask = (int) BoundedIntegers.genMask(rng & 0xFFFF);
                for (int i = 0; i < n; i++) {
                    short v = buffer.boundedUInt16(src, (short) off, (short) rng, mask, masked);
                    d[i] = signed ? v : v & 0xFFFF;
                }
            }
            return new Chunk(new NdArray(dtype, outShape, d), null, rows);
        }
    }
}
