package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.nprand.cli.value.ProtocolError;
import org.nprand.cli.value.PyError;
import org.nprand.cli.value.PythonErrors;
import org.nprand.cli.value.ValueCodec;

/**
 * {@code nprand replay}: runs replay-protocol cases (conformance/PROTOCOL.md) against
 * nprand and answers them, one JSON line per case.
 *
 * <p>Never stops: a call that raises answers an error value and the case goes on with the same
 * generator; an unsupported call or generator type answers {@code NotImplementedError}; a line
 * that is not a case answers a {@code ProtocolError}. One instance can replay any number of
 * cases; it keeps no state between them. Not thread-safe.
 */
public final class Replayer {

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            // Python ints of any size (getrandbits(100000), 2**4000 seeds) are long JSON numbers.
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A replayer over the generator types of {@link GeneratorTypes}. */
    public Replayer() {
    }

    /**
     * Answers one case line. Never throws.
     *
     * @param caseJson one case, {@code {"id", "gen", "calls"}}
     * @return its answer line (without a line break)
     */
    public String replayLine(String caseJson) {
        JsonNode root;
        try {
            root = mapper.readTree(caseJson);
        } catch (JsonProcessingException | RuntimeException e) {
            return protocolError(null, "invalid JSON: " + firstLine(e.getMessage()));
        }
        Object id = null;
        try {
            if (root == null || !root.isObject()) {
                return protocolError(null, "a case must be a JSON object");
            }
            id = ValueCodec.decode(root.path("id"));
            JsonNode gen = root.get("gen");
            JsonNode calls = root.get("calls");
            if (gen == null || !gen.isObject() || calls == null || !calls.isArray()) {
                return protocolError(id, "a case needs \"gen\" (an object) and \"calls\" (an array)");
            }
            return answer(id, gen, calls);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return protocolError(id, "nprand replay failed on this case: " + e);
        }
    }

    /**
     * Answers every case line of {@code in} on {@code out}, in order; blank lines are skipped.
     * Flushes at the end, also when reading fails.
     */
    public void replay(BufferedReader in, Writer out) throws IOException {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    writeAnswer(line, out);
                }
            }
        } finally {
            out.flush();
        }
    }

    /**
     * Answers every case line of the bytes {@code in} (JSON Lines in UTF-8) on {@code out}, in
     * order; blank lines are skipped. Each line is decoded on its own, so a line that is not
     * valid UTF-8 answers a {@code ProtocolError} (id null) and the lines after it are answered
     * as usual; a line too long to hold in memory answers one too. Output is flushed whenever
     * reading would block (an interactive driver sees each answer) and on every exit path, so
     * an {@link IOException} from {@code in} still leaves every answer made so far on
     * {@code out}. A line ends at {@code \n} (a {@code \r} before it is dropped); the last one
     * may lack it.
     *
     * @throws IOException when {@code in} cannot be read (after flushing the answers so far)
     */
    public void replay(InputStream in, Writer out) throws IOException {
        try {
            ByteLines lines = new ByteLines(in, out);
            byte[] line;
            while ((line = lines.next()) != null) {
                String text = lines.tooLong ? null : decodeUtf8(line);
                if (lines.tooLong) {
                    out.write(protocolError(null, "line " + lines.number + " is too long to read"));
                    out.write('\n');
                } else if (text == null) {
                    out.write(protocolError(null, "line " + lines.number + " is not valid UTF-8 ("
                            + invalidUtf8(line) + ")"));
                    out.write('\n');
                } else if (!text.isBlank()) {
                    writeAnswer(text, out);
                }
            }
        } finally {
            out.flush();
        }
    }

    /** One answer line; even an error that escapes {@link #replayLine} answers (a ProtocolError). */
    private void writeAnswer(String line, Writer out) throws IOException {
        String answer;
        try {
            answer = replayLine(line);
        } catch (RuntimeException | Error e) {
            answer = protocolError(null, "nprand replay failed on this line: " + PythonErrors.pythonType(e));
        }
        out.write(answer);
        out.write('\n');
    }

    /** {@code bytes} as strict UTF-8, or null when they are not valid UTF-8. */
    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Where {@code bytes} stop being UTF-8: {@code "byte 0xff at offset 17"}. */
    private static String invalidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        int at = in.position();
        return at < bytes.length
                ? String.format("byte 0x%02x at offset %d", bytes[at] & 0xFF, at)
                : "truncated sequence at offset " + at;
    }

    /**
     * The lines of a byte stream, split at {@code \n}. Flushes {@code out} before a read that
     * would block. A line whose bytes cannot be held is skipped to its end and reported through
     * {@link #tooLong}.
     */
    private static final class ByteLines {
        private final InputStream in;
        private final Writer out;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private boolean eof;
        /** The 1-based number of the line last returned. */
        long number;
        /** True when the line last returned was too long to keep (its bytes are dropped). */
        boolean tooLong;

        ByteLines(InputStream in, Writer out) {
            this.in = in;
            this.out = out;
        }

        /** The next line without its terminator, or null at the end of the stream. */
        byte[] next() throws IOException {
            if (eof && pos >= limit) {
                return null;
            }
            java.io.ByteArrayOutputStream line = null;
            tooLong = false;
            while (true) {
                if (pos >= limit && !fill()) {
                    if (line == null && !tooLong) {
                        return null;
                    }
                    break;
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                boolean ended = pos < limit;
                if (line == null) {
                    line = new java.io.ByteArrayOutputStream(Math.max(32, pos - start));
                }
                if (!tooLong) {
                    try {
                        line.write(buffer, start, pos - start);
                    } catch (OutOfMemoryError e) {
                        line = new java.io.ByteArrayOutputStream(0);
                        tooLong = true;
                    }
                }
                if (ended) {
                    pos++; // the '\n'
                    break;
                }
            }
            number++;
            if (tooLong) {
                return new byte[0];
            }
            byte[] bytes = line.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') {
                bytes = java.util.Arrays.copyOf(bytes, n - 1);
            }
            return bytes;
        }

        private boolean fill() throws IOException {
            if (eof) {
                return false;
            }
            if (in.available() <= 0) {
                out.flush(); // the answers so far, before a read that may wait for the writer
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }
    }

    private String answer(Object id, JsonNode genNode, JsonNode calls) {
        @SuppressWarnings("unchecked")
        Map<String, Object> gen = (Map<String, Object>) ValueCodec.decode(genNode);
        Object type = gen.get("type");
        GeneratorTypes.Factory factory = GeneratorTypes.factory(type);
        Subject subject = null;
        PyError unsupported = null;
        if (factory == GeneratorTypes.NOT_YET) {
            // A type of the protocol that nprand does not answer yet: every call says so.
            unsupported = PyError.notImplemented("nprand replay does not support " + type + " yet");
        } else {
            try {
                subject = factory.create(gen);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                StringBuilder b = new StringBuilder("{\"id\": ");
                ValueCodec.encode(id, b);
                b.append(", \"error\": ");
                ValueCodec.encode(PyError.of(e), b);
                return b.append('}').toString();
            }
        }
        StringBuilder b = new StringBuilder(256);
        b.append("{\"id\": ");
        ValueCodec.encode(id, b);
        b.append(", \"results\": [");
        for (int i = 0; i < calls.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            JsonNode call = calls.get(i);
            if (unsupported != null) {
                answerUnsupported(call, unsupported, b);
            } else {
                answerCall(subject, call, b);
            }
        }
        return b.append("]}").toString();
    }

    private static void answerUnsupported(JsonNode call, PyError unsupported, StringBuilder b) {
        int repeat = call.isArray() && call.size() >= 4 && call.get(3).canConvertToInt() ? call.get(3).intValue() : -1;
        if (repeat < 0) {
            ValueCodec.encode(unsupported, b);
            return;
        }
        b.append('[');
        for (int r = 0; r < repeat; r++) {
            if (r > 0) {
                b.append(", ");
            }
            ValueCodec.encode(unsupported, b);
        }
        b.append(']');
    }

    /** One CALL: {@code [NAME, ARGS, KWARGS]} or {@code [NAME, ARGS, KWARGS, REPEAT]}. */
    @SuppressWarnings("unchecked")
    private static void answerCall(Subject subject, JsonNode call, StringBuilder b) {
        String name;
        JsonNode a;
        JsonNode k;
        int repeat;
        try {
            if (!call.isArray() || call.size() < 3 || call.size() > 4 || !call.get(0).isTextual()) {
                throw new IllegalArgumentException("a call is [NAME, ARGS, KWARGS] or [NAME, ARGS, KWARGS, REPEAT]");
            }
            name = call.get(0).textValue();
            a = call.get(1);
            k = call.get(2);
            if (!a.isArray() || !k.isObject()) {
                throw new IllegalArgumentException("ARGS must be an array and KWARGS an object");
            }
            repeat = -1;
            if (call.size() == 4) {
                if (!call.get(3).canConvertToInt() || call.get(3).intValue() < 0) {
                    throw new IllegalArgumentException("REPEAT must be a non-negative int");
                }
                repeat = call.get(3).intValue();
            }
        } catch (RuntimeException e) {
            ValueCodec.encode(new PyError("ProtocolError", e.getMessage()), b);
            return;
        }
        if (repeat < 0) {
            callOnce(subject, name, a, k, b);
            return;
        }
        b.append('[');
        for (int r = 0; r < repeat; r++) {
            if (r > 0) {
                b.append(", ");
            }
            callOnce(subject, name, a, k, b);
        }
        b.append(']');
    }

    /**
     * Makes one call and appends its answer at once. Arguments are decoded afresh for every call,
     * as the reference does, so a repeated {@code shuffle} starts from the same list each time.
     */
    @SuppressWarnings("unchecked")
    private static void callOnce(Subject subject, String name, JsonNode a, JsonNode k, StringBuilder b) {
        Object result;
        try {
            Args args = new Args((List<Object>) ValueCodec.decode(a), (Map<String, Object>) ValueCodec.decode(k));
            result = invoke(subject, name, args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            result = PyError.of(e);
        }
        int mark = b.length();
        try {
            ValueCodec.encode(result, b);
        } catch (RuntimeException e) {
            b.setLength(mark);
            ValueCodec.encode(PyError.of(e), b);
        }
    }

    /** Resolves a (dotted, maybe assigning) name and calls, reads or assigns it. */
    static Object invoke(Subject subject, String name, Args args) {
        boolean assign = name.endsWith("=");
        String path = assign ? name.substring(0, name.length() - 1) : name;
        int dot;
        Subject target = subject;
        while ((dot = path.indexOf('.')) >= 0) {
            target = target.child(path.substring(0, dot));
            path = path.substring(dot + 1);
        }
        if (assign) {
            if (args.positional().size() != 1 || !args.keywords().isEmpty()) {
                throw new ProtocolError("an assignment takes exactly one argument");
            }
            target.assign(path, args.positional().get(0));
            return null;
        }
        if (target.isAttribute(path)) {
            if (!args.isEmpty()) {
                throw new ProtocolError(name + " is an attribute, not a method");
            }
            return target.read(path);
        }
        Object result = target.call(path, args);
        return answersNone(path) ? null : result;
    }

    /** The special calls of PROTOCOL.md that answer None whatever they return. */
    private static boolean answersNone(String method) {
        switch (method) {
            case "seed":
            case "set_state":
            case "setstate":
            case "advance":
            case "jumped":
                return true;
            default:
                return false;
        }
    }

    private static String protocolError(Object id, String message) {
        StringBuilder b = new StringBuilder("{\"id\": ");
        ValueCodec.encode(id, b);
        b.append(", \"error\": ");
        ValueCodec.encode(new PyError("ProtocolError", message), b);
        return b.append('}').toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
