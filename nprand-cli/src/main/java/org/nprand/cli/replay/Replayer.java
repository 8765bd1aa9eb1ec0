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
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.nprand.cli.value.ProtocolError;
import org.nprand.cli.value.PyError;
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
     * Flushes at the end.
     */
    public void replay(BufferedReader in, Writer out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(replayLine(line));
            out.write('\n');
        }
        out.flush();
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
