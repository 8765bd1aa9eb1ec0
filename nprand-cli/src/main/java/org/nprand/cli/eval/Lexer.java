package org.nprand.cli.eval;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Python's tokenizer for the statements {@code nprand eval} runs: names, numbers (ints of any
 * size with underscores, hex/octal/binary, floats), strings (quotes, triple quotes, escapes,
 * {@code r}/{@code b} prefixes, adjacent literals), operators, comments, line joining inside
 * brackets and after a backslash, and indentation (INDENT/DEDENT).
 */
final class Lexer {

    enum Kind { NAME, INT, FLOAT, STRING, BYTES, OP, NEWLINE, INDENT, DEDENT, END }

    /** One token; {@code value} is the name or operator text, or the literal's value. */
    record Token(Kind kind, Object value, int line, int col) {
        boolean is(String op) {
            return (kind == Kind.OP || kind == Kind.NAME) && op.equals(value);
        }

        String text() {
            return String.valueOf(value);
        }
    }

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ".", ";", "=",
    };

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
        indents.push(0);
    }

    static List<Token> tokenize(String src) {
        Lexer l = new Lexer(src.replace("\r\n", "\n").replace('\r', '\n'));
        l.run();
        return l.out;
    }

    private void run() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && depth == 0) {
                if (!indentation()) {
                    break;
                }
                atLineStart = false;
            }
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                if (depth == 0) {
                    add(Kind.NEWLINE, "\n");
                    atLineStart = true;
                }
                newLine();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    newLine();
                    continue;
                }
                throw error("unexpected character after line continuation character");
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                number();
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                String word = src.substring(start, pos);
                if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')
                        && word.length() <= 2 && word.toLowerCase().matches("r|u|b|br|rb|f|fr|rf")) {
                    string(word.toLowerCase(), start);
                    continue;
                }
                out.add(new Token(Kind.NAME, word, line, start - lineStart));
                continue;
            }
            if (c == '\'' || c == '"') {
                string("", pos);
                continue;
            }
            operator();
        }
        if (depth > 0) {
            throw PyException.syntax("'(' was never closed", line);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind != Kind.NEWLINE) {
            add(Kind.NEWLINE, "\n");
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(Kind.DEDENT, "");
        }
        add(Kind.END, "");
    }

    /** Reads a line's indentation (skipping blank and comment-only lines); false at the end. */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int p = pos;
            while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
                col = src.charAt(p) == '\t' ? (col / 8 + 1) * 8 : src.charAt(p) == '\f' ? 0 : col + 1;
                p++;
            }
            if (p >= src.length()) {
                pos = p;
                return false;
            }
            char c = src.charAt(p);
            if (c == '\n' || c == '#') {
                while (p < src.length() && src.charAt(p) != '\n') {
                    p++;
                }
                if (p < src.length()) {
                    p++;
                    pos = p;
                    newLine();
                    continue;
                }
                pos = p;
                return false;
            }
            pos = p;
            if (col > indents.peek()) {
                if (out.isEmpty() || out.get(out.size() - 1).kind != Kind.NEWLINE
                        || !lastLineOpensBlock()) {
                    throw new PyException("IndentationError", "unexpected indent (line " + line + ")");
                }
                indents.push(col);
                add(Kind.INDENT, "");
            } else {
                while (col < indents.peek()) {
                    indents.pop();
                    add(Kind.DEDENT, "");
                }
                if (col != indents.peek()) {
                    throw new PyException("IndentationError",
                            "unindent does not match any outer indentation level (line " + line + ")");
                }
            }
            return true;
        }
    }

    /** True when the logical line just ended with a {@code :} (a block follows). */
    private boolean lastLineOpensBlock() {
        return out.size() >= 2 && out.get(out.size() - 2).is(":");
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void add(Kind kind, Object value) {
        out.add(new Token(kind, value, line, pos - lineStart));
    }

    private PyException error(String message) {
        return PyException.syntax(message, line);
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                Token t = new Token(Kind.OP, op, line, pos - lineStart);
                pos += op.length();
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    depth++;
                } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                    if (depth == 0) {
                        throw error("unmatched '" + op + "'");
                    }
                    depth--;
                }
                out.add(t);
                return;
            }
        }
        char c = src.charAt(pos);
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            throw error("invalid syntax");
        }
        throw error("invalid character '" + new String(Character.toChars(src.codePointAt(pos))) + "' (U+"
                + String.format("%04X", src.codePointAt(pos)) + ")");
    }

    private void number() {
        int start = pos;
        int col = pos - lineStart;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char k = Character.toLowerCase(src.charAt(pos + 1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            pos += 2;
            int digitsStart = pos;
            while (pos < src.length() && (Character.digit(src.charAt(pos), radix) >= 0 || src.charAt(pos) == '_')) {
                pos++;
            }
            String digits = src.substring(digitsStart, pos).replace("_", "");
            if (digits.isEmpty() || (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos)))) {
                throw error("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal");
            }
            out.add(new Token(Kind.INT, new BigInteger(digits, radix), line, col));
            return;
        }
        boolean isFloat = false;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                isFloat = true;
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            throw PyException.unsupported("complex numbers");
        }
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw error("invalid decimal literal");
        }
        String text = src.substring(start, pos);
        if (text.endsWith("_") || text.contains("__")) {
            throw error("invalid decimal literal");
        }
        text = text.replace("_", "");
        if (isFloat) {
            out.add(new Token(Kind.FLOAT, Double.parseDouble(text), line, col));
        } else {
            if (text.length() > 1 && text.charAt(0) == '0' && !text.matches("0+")) {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }
            out.add(new Token(Kind.INT, new BigInteger(text), line, col));
        }
    }

    private void string(String prefix, int start) {
        if (prefix.contains("f")) {
            throw PyException.unsupported("f-strings");
        }
        boolean raw = prefix.contains("r");
        boolean bytes = prefix.contains("b");
        pos = start + prefix.length();
        char q = src.charAt(pos);
        boolean triple = src.startsWith("" + q + q + q, pos);
        int startLine = line;
        pos += triple ? 3 : 1;
        StringBuilder b = new StringBuilder();
        ByteArrayOutputStream bb = new ByteArrayOutputStream();
        while (true) {
            if (pos >= src.length()) {
                throw triple ? PyException.syntax("unterminated triple-quoted string literal (detected at line "
                        + line + ")", startLine)
                        : error("unterminated string literal (detected at line " + line + ")");
            }
            char c = src.charAt(pos);
            if (c == q && (!triple || src.startsWith("" + q + q + q, pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw error("unterminated string literal (detected at line " + line + ")");
                }
                b.append(c);
                pos++;
                newLine();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char e = src.charAt(pos + 1);
                if (raw) {
                    b.append(c).append(e);
                    pos += 2;
                    if (e == '\n') {
                        newLine();
                    }
                    continue;
                }
                pos += 2;
                switch (e) {
                    case '\n': newLine(); break;
                    case '\\': b.append('\\'); break;
                    case '\'': b.append('\''); break;
                    case '"': b.append('"'); break;
                    case 'a': b.append('\u0007'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'v': b.append('\u000b'); break;
                    case 'x': b.append((char) hex(2)); break;
                    case 'u':
                        if (bytes) {
                            b.append("\\u");
                        } else {
                            b.append((char) hex(4));
                        }
                        break;
                    case 'U':
                        if (bytes) {
                            b.append("\\U");
                        } else {
                            b.appendCodePoint(hex(8));
                        }
                        break;
                    default:
                        if (e >= '0' && e <= '7') {
                            int v = e - '0';
                            for (int k = 0; k < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
                                v = v * 8 + (src.charAt(pos++) - '0');
                            }
                            b.append((char) v);
                        } else {
                            b.append('\\').append(e);
                        }
                }
                continue;
            }
            b.append(c);
            pos++;
        }
        String s = b.toString();
        int col = start - lineStart;
        if (bytes) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 0xFF) {
                    throw error("bytes can only contain ASCII literal characters");
                }
                bb.write(c);
            }
            out.add(new Token(Kind.BYTES, bb.toByteArray(), line, col));
        } else {
            out.add(new Token(Kind.STRING, s, line, col));
        }
    }

    private int hex(int digits) {
        if (pos + digits > src.length()) {
            throw error("(unicode error) truncated \\xXX escape");
        }
        try {
            int v = Integer.parseInt(src.substring(pos, pos + digits), 16);
            pos += digits;
            return v;
        } catch (NumberFormatException e) {
            throw error("(unicode error) truncated \\xXX escape");
        }
    }
}
