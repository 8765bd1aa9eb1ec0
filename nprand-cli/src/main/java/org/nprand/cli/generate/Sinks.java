package org.nprand.cli.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nprand.cli.demo.NumpyPrint;
import org.nprand.cli.generate.GeneratorOptions.UsageException;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.NdArray;

/** Writers of {@code generate}'s output formats, fed chunk by chunk in constant memory. */
final class Sinks {

    private Sinks() {
    }

    /** Receives the output's chunks in order. */
    interface Sink {
        void write(Chunk c) throws IOException;

        /** After the last chunk: flushes (does not close the stream). */
        void finish() throws IOException;
    }

    /**
     * A sink for {@code format}.
     *
     * @param rows the output's rows (its first dimension)
     * @param sized whether the output has a size (an array) rather than being one value
     */
    static Sink of(Format format, OutputStream out, long rows, boolean sized) {
        switch (format) {
            case NPY:
                return new Npy(out, rows, sized);
            case RAW:
                return new Raw(out);
            default:
                return new Text(format, out);
        }
    }

    // ---- binary ----

    /** NumPy's {@code descr} of a dtype ({@code '<f8'}). */
    static String descr(String dtype) {
        switch (dtype) {
            case "bool": return "|b1";
            case "int8": return "|i1";
            case "uint8": return "|u1";
            case "int16": return "<i2";
            case "uint16": return "<u2";
            case "int32": return "<i4";
            case "uint32": return "<u4";
            case "int64": return "<i8";
            case "uint64": return "<u8";
            case "float32": return "<f4";
            case "float64": return "<f8";
            default:
                throw new UsageException("values of dtype " + dtype + " have no binary form (use csv, jsonl or text)");
        }
    }

    static int itemsize(String dtype) {
        return Integer.parseInt(descr(dtype).substring(2));
    }

    /** The array's values as little-endian bytes. */
    static void writeBytes(NdArray a, OutputStream out, byte[] scratch) throws IOException {
        String dtype = a.dtype();
        int size = itemsize(dtype);
        int n = a.size();
        int perBuffer = scratch.length / size;
        ByteBuffer bb = ByteBuffer.wrap(scratch).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < n; start += perBuffer) {
            int end = Math.min(n, start + perBuffer);
            bb.clear();
            Object d = a.data();
            for (int i = start; i < end; i++) {
                if (d instanceof double[]) {
                    bb.putDouble(((double[]) d)[i]);
                } else if (d instanceof float[]) {
                    bb.putFloat(((float[]) d)[i]);
                } else if (d instanceof boolean[]) {
                    bb.put((byte) (((boolean[]) d)[i] ? 1 : 0));
                } else {
                    long v = ((long[]) d)[i];
                    switch (size) {
                        case 1: bb.put((byte) v); break;
                        case 2: bb.putShort((short) v); break;
                        case 4: bb.putInt((int) v); break;
                        default: bb.putLong(v);
                    }
                }
            }
            out.write(scratch, 0, bb.position());
        }
    }

    private static NdArray requireArray(Chunk c, String format) {
        if (c.array() == null) {
            Object v = c.values().isEmpty() ? null : c.values().get(0);
            throw new UsageException(format + " holds numbers: these values (" + PyRepr.repr(v).substring(0,
                    Math.min(40, PyRepr.repr(v).length())) + ", ...) are not an array of one dtype (use csv, jsonl or text)");
        }
        return c.array();
    }

    /** NumPy's {@code .npy} format 1.0, header as {@code np.save} writes it. */
    static final class Npy implements Sink {
        private final OutputStream out;
        private final long rows;
        private final boolean sized;
        private final byte[] scratch = new byte[1 << 16];
        private String dtype;
        private int[] rest;

        Npy(OutputStream out, long rows, boolean sized) {
            this.out = out;
            this.rows = rows;
            this.sized = sized;
        }

        @Override
        public void write(Chunk c) throws IOException {
            NdArray a = requireArray(c, "npy");
            int[] shape = a.intShape();
            int[] tail = shape.length == 0 ? new int[0] : Arrays.copyOfRange(shape, 1, shape.length);
            if (dtype == null) {
                dtype = a.dtype();
                rest = tail;
                long[] full;
                if (!sized || shape.length == 0) {
                    full = new long[shape.length];
                    for (int i = 0; i < shape.length; i++) {
                        full[i] = shape[i];
                    }
                } else {
                    full = new long[1 + tail.length];
                    full[0] = rows;
                    for (int i = 0; i < tail.length; i++) {
                        full[i + 1] = tail[i];
                    }
                }
                out.write(header(dtype, full));
            } else if (!dtype.equals(a.dtype()) || !Arrays.equals(rest, tail)) {
                throw new IllegalStateException("a chunk of dtype " + a.dtype() + " after " + dtype);
            }
            writeBytes(a, out, scratch);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }

        /** {@code np.lib.format}'s header: the dict, padding for growth, aligned to 64 bytes. */
        static byte[] header(String dtype, long[] shape) {
            StringBuilder shapeRepr = new StringBuilder("(");
            for (int i = 0; i < shape.length; i++) {
                shapeRepr.append(i > 0 ? ", " : "").append(shape[i]);
            }
            if (shape.length == 1) {
                shapeRepr.append(',');
            }
            shapeRepr.append(')');
            StringBuilder h = new StringBuilder("{'descr': '").append(descr(dtype))
                    .append("', 'fortran_order': False, 'shape': ").append(shapeRepr).append(", }");
            if (shape.length > 0) {
                // GROWTH_AXIS_MAX_DIGITS = 21: room to grow the first axis in place
                h.append(" ".repeat(Math.max(0, 21 - Long.toString(shape[0]).length())));
            }
            int hlen = h.length() + 1;
            int pad = 64 - ((8 + 2 + hlen) % 64);
            if (pad == 64) {
                pad = 0;
            }
            h.append(" ".repeat(pad)).append('\n');
            byte[] text = h.toString().getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer b = ByteBuffer.allocate(10 + text.length).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
            b.putShort((short) text.length);
            b.put(text);
            return b.array();
        }
    }

    /** The values' bytes, nothing else. */
    static final class Raw implements Sink {
        private final OutputStream out;
        private final byte[] scratch = new byte[1 << 16];
        private String dtype;

        Raw(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(Chunk c) throws IOException {
            NdArray a = requireArray(c, "raw");
            if (dtype == null) {
                dtype = a.dtype();
                descr(dtype);
            }
            writeBytes(a, out, scratch);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    // ---- text ----

    /** CSV, JSON lines and text: one row per line. */
    static final class Text implements Sink {
        private final Format format;
        private final Writer w;
        private final StringBuilder line = new StringBuilder(256);

        Text(Format format, OutputStream out) {
            this.format = format;
            this.w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        @Override
        public void write(Chunk c) throws IOException {
            if (c.array() != null) {
                NdArray a = c.array();
                int[] shape = a.intShape();
                if (shape.length == 0) {
                    line.setLength(0);
                    element(a, 0);
                    w.append(line).append('\n');
                    return;
                }
                int per = 1;
                for (int i = 1; i < shape.length; i++) {
                    per *= shape[i];
                }
                int[] tail = Arrays.copyOfRange(shape, 1, shape.length);
                for (int r = 0; r < shape[0]; r++) {
                    line.setLength(0);
                    if (format == Format.JSONL && tail.length > 0) {
                        nested(a, tail, 0, r * per);
                    } else {
                        for (int j = 0; j < per; j++) {
                            if (j > 0) {
                                line.append(format == Format.CSV ? ',' : ' ');
                            }
                            element(a, r * per + j);
                        }
                    }
                    w.append(line).append('\n');
                }
                return;
            }
            for (Object v : c.values()) {
                line.setLength(0);
                value(v, true);
                w.append(line).append('\n');
            }
        }

        @Override
        public void finish() throws IOException {
            w.flush();
        }

        private void nested(NdArray a, int[] tail, int axis, int offset) {
            line.append('[');
            int stride = 1;
            for (int i = axis + 1; i < tail.length; i++) {
                stride *= tail[i];
            }
            for (int i = 0; i < tail[axis]; i++) {
                if (i > 0) {
                    line.append(", ");
                }
                if (axis == tail.length - 1) {
                    element(a, offset + i);
                } else {
                    nested(a, tail, axis + 1, offset + i * stride);
                }
            }
            line.append(']');
        }

        private void element(NdArray a, int i) {
            Object d = a.data();
            if (d instanceof double[]) {
                floatText(((double[]) d)[i], false);
            } else if (d instanceof float[]) {
                floatText(((float[]) d)[i], true);
            } else if (d instanceof boolean[]) {
                boolean b = ((boolean[]) d)[i];
                line.append(format == Format.JSONL ? (b ? "true" : "false") : (b ? "True" : "False"));
            } else if (d instanceof long[]) {
                long v = ((long[]) d)[i];
                line.append(a.dtype().equals("uint64") ? Long.toUnsignedString(v) : Long.toString(v));
            } else {
                value(((Object[]) d)[i], false);
            }
        }

        private void floatText(double x, boolean f32) {
            if (Double.isNaN(x)) {
                line.append(format == Format.JSONL ? "NaN" : "nan");
            } else if (Double.isInfinite(x)) {
                line.append(format == Format.JSONL ? (x > 0 ? "Infinity" : "-Infinity") : (x > 0 ? "inf" : "-inf"));
            } else {
                line.append(f32 ? NumpyPrint.scalarStr("float32", (float) x) : FastRepr.repr(x));
            }
        }

        /** A Python value: str for text, JSON for jsonl, a CSV field. */
        private void value(Object v, boolean top) {
            if (v instanceof Double) {
                floatText((Double) v, false);
            } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
                line.append(v);
            } else if (v instanceof Boolean) {
                line.append(format == Format.JSONL ? ((Boolean) v ? "true" : "false") : ((Boolean) v ? "True" : "False"));
            } else if (v == null) {
                line.append(format == Format.JSONL ? "null" : "None");
            } else if (v instanceof NdArray) {
                NdArray a = (NdArray) v;
                if (a.ndim() == 0) {
                    element(a, 0);
                } else {
                    for (int i = 0; i < a.size(); i++) {
                        if (i > 0) {
                            line.append(format == Format.CSV ? ',' : format == Format.JSONL ? ", " : " ");
                        }
                        element(a, i);
                    }
                }
            } else if (v instanceof List) {
                List<?> l = (List<?>) v;
                if (format == Format.JSONL) {
                    line.append('[');
                }
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        line.append(format == Format.CSV ? "," : format == Format.JSONL ? ", " : " ");
                    }
                    value(l.get(i), false);
                }
                if (format == Format.JSONL) {
                    line.append(']');
                }
            } else if (v instanceof Map) {
                line.append(org.nprand.state.StateJson.write(v));
            } else {
                String s = v instanceof String ? (String) v : PyRepr.repr(v);
                if (format == Format.JSONL) {
                    line.append(org.nprand.state.StateJson.write(s));
                } else if (format == Format.CSV && (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0)) {
                    line.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(s);
                }
            }
        }
    }
}
