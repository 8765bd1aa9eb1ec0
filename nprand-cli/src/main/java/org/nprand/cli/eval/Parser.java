package org.nprand.cli.eval;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nprand.cli.eval.Ast.Assign;
import org.nprand.cli.eval.Ast.Attribute;
import org.nprand.cli.eval.Ast.AugAssign;
import org.nprand.cli.eval.Ast.BinOp;
import org.nprand.cli.eval.Ast.BoolOp;
import org.nprand.cli.eval.Ast.Call;
import org.nprand.cli.eval.Ast.Compare;
import org.nprand.cli.eval.Ast.Const;
import org.nprand.cli.eval.Ast.Del;
import org.nprand.cli.eval.Ast.DictExpr;
import org.nprand.cli.eval.Ast.Expr;
import org.nprand.cli.eval.Ast.ExprStmt;
import org.nprand.cli.eval.Ast.For;
import org.nprand.cli.eval.Ast.FromImport;
import org.nprand.cli.eval.Ast.If;
import org.nprand.cli.eval.Ast.IfExp;
import org.nprand.cli.eval.Ast.Import;
import org.nprand.cli.eval.Ast.Keyword;
import org.nprand.cli.eval.Ast.ListComp;
import org.nprand.cli.eval.Ast.ListExpr;
import org.nprand.cli.eval.Ast.Name;
import org.nprand.cli.eval.Ast.Pass;
import org.nprand.cli.eval.Ast.SetExpr;
import org.nprand.cli.eval.Ast.Slice;
import org.nprand.cli.eval.Ast.Starred;
import org.nprand.cli.eval.Ast.Stmt;
import org.nprand.cli.eval.Ast.Subscript;
import org.nprand.cli.eval.Ast.TupleExpr;
import org.nprand.cli.eval.Ast.UnaryOp;
import org.nprand.cli.eval.Ast.With;
import org.nprand.cli.eval.Lexer.Kind;
import org.nprand.cli.eval.Lexer.Token;

/**
 * A recursive-descent parser for the Python subset {@code nprand eval} runs: imports,
 * assignments (plain, chained, augmented, tuple unpacking, to attributes and subscripts),
 * expression statements, {@code pass}, {@code del}, {@code for} and {@code if} blocks, and
 * expressions with Python's precedence (conditional, {@code or}/{@code and}/{@code not},
 * chained comparisons, bitwise, arithmetic, unary, {@code **}, calls with positional, keyword,
 * {@code *} and {@code **} arguments, subscripts and slices, attributes, literals, displays and
 * list comprehensions). Python constructs outside the subset ({@code def}, {@code lambda},
 * {@code while}, ...) raise {@code NotImplementedError}; invalid Python raises
 * {@code SyntaxError}. The whole program is parsed before anything runs, as Python compiles it.
 */
final class Parser {

    private static final Set<String> UNSUPPORTED_STATEMENTS = Set.of("def", "class", "while", "try",
            "return", "yield", "raise", "assert", "global", "nonlocal", "async", "await", "break", "continue",
            "lambda", "except", "finally");
    private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=",
            "|=", "^=", ">>=", "<<=");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole program. */
    static List<Stmt> parse(String source) {
        Parser p = new Parser(Lexer.tokenize(source));
        List<Stmt> out = new ArrayList<>();
        while (p.peek().kind() != Kind.END) {
            if (p.peek().kind() == Kind.NEWLINE) {
                p.pos++;
                continue;
            }
            if (p.peek().kind() == Kind.INDENT) {
                throw new PyException("IndentationError", "unexpected indent (line " + p.peek().line() + ")");
            }
            out.addAll(p.statement());
        }
        return out;
    }

    /** Parses one expression (the whole input). */
    static Expr parseExpression(String source) {
        Parser p = new Parser(Lexer.tokenize(source));
        Expr e = p.testList();
        while (p.peek().kind() == Kind.NEWLINE) {
            p.pos++;
        }
        if (p.peek().kind() != Kind.END) {
            throw p.syntax();
        }
        return e;
    }

    // ---- tokens ----

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean at(String op) {
        Token t = peek();
        return (t.kind() == Kind.OP || t.kind() == Kind.NAME) && op.equals(t.value());
    }

    private boolean accept(String op) {
        if (at(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            throw syntax();
        }
        return next();
    }

    private PyException syntax() {
        return PyException.syntax("invalid syntax", peek().line());
    }

    private String name() {
        Token t = peek();
        if (t.kind() != Kind.NAME || Lexer.KEYWORDS.contains(t.text())) {
            throw syntax();
        }
        pos++;
        return t.text();
    }

    // ---- statements ----

    private List<Stmt> statement() {
        Token t = peek();
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "for":
                    return List.of(forStatement());
                case "if":
                    return List.of(ifStatement());
                case "with":
                    return List.of(withStatement());
                default:
                    if (UNSUPPORTED_STATEMENTS.contains(t.text())) {
                        throw PyException.unsupported("'" + t.text() + "'");
                    }
            }
        }
        List<Stmt> out = new ArrayList<>();
        out.add(simpleStatement());
        while (accept(";")) {
            if (peek().kind() == Kind.NEWLINE || peek().kind() == Kind.END) {
                break;
            }
            out.add(simpleStatement());
        }
        if (peek().kind() == Kind.NEWLINE) {
            pos++;
        } else if (peek().kind() != Kind.END && peek().kind() != Kind.DEDENT) {
            throw syntax();
        }
        return out;
    }

    private List<Stmt> suite() {
        expect(":");
        if (peek().kind() != Kind.NEWLINE) {
            List<Stmt> out = new ArrayList<>();
            out.add(simpleStatement());
            while (accept(";")) {
                if (peek().kind() == Kind.NEWLINE || peek().kind() == Kind.END) {
                    break;
                }
                out.add(simpleStatement());
            }
            if (peek().kind() == Kind.NEWLINE) {
                pos++;
            }
            return out;
        }
        pos++;
        if (peek().kind() != Kind.INDENT) {
            throw new PyException("IndentationError", "expected an indented block (line " + peek().line() + ")");
        }
        pos++;
        List<Stmt> out = new ArrayList<>();
        while (peek().kind() != Kind.DEDENT && peek().kind() != Kind.END) {
            if (peek().kind() == Kind.NEWLINE) {
                pos++;
                continue;
            }
            out.addAll(statement());
        }
        if (peek().kind() == Kind.DEDENT) {
            pos++;
        }
        return out;
    }

    private Stmt forStatement() {
        int line = next().line();
        Expr target = targetList();
        expect("in");
        Expr iter = testList();
        List<Stmt> body = suite();
        if (at("else")) {
            throw PyException.unsupported("'for ... else'");
        }
        return new For(target, iter, body, line);
    }

    private Stmt withStatement() {
        int line = next().line();
        List<Expr> items = new ArrayList<>();
        List<Expr> targets = new ArrayList<>();
        if (at("(") && parenthesizedWithItems(items, targets)) {
            return new With(items, targets, suite(), line);
        }
        do {
            withItem(items, targets);
        } while (accept(","));
        return new With(items, targets, suite(), line);
    }

    /**
     * Python's first form of a {@code with} statement, {@code with (item, item as x, ...):}
     * (trailing comma allowed), tried first as Python's grammar tries it: when the parentheses
     * are not followed by {@code :} (as in {@code with (a) as x:}) nothing is consumed and the
     * statement is read the other way, with the parenthesized expression as its first item.
     */
    private boolean parenthesizedWithItems(List<Expr> items, List<Expr> targets) {
        int start = pos;
        try {
            expect("(");
            do {
                if (at(")")) {
                    break; // a trailing comma
                }
                withItem(items, targets);
            } while (accept(","));
            expect(")");
            if (at(":") && !items.isEmpty()) {
                return true;
            }
        } catch (PyException notThisForm) {
            // read the other way below (which reports the error if there is one)
        }
        pos = start;
        items.clear();
        targets.clear();
        return false;
    }

    /** One {@code with} item: an expression, and its {@code as} target or null. */
    private void withItem(List<Expr> items, List<Expr> targets) {
        items.add(test());
        Expr target = null;
        if (accept("as")) {
            target = orExpr();
            checkTarget(target);
        }
        targets.add(target);
    }

    private Stmt ifStatement() {
        int line = next().line();
        Expr test = test();
        List<Stmt> body = suite();
        List<Stmt> orElse = List.of();
        if (at("elif")) {
            orElse = List.of(ifStatement());
        } else if (accept("else")) {
            orElse = suite();
        }
        return new If(test, body, orElse, line);
    }

    private Expr targetList() {
        int line = peek().line();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        items.add(orExpr());
        while (accept(",")) {
            comma = true;
            if (at("in") || at("=")) {
                break;
            }
            items.add(orExpr());
        }
        Expr t = comma ? new TupleExpr(items, line) : items.get(0);
        checkTarget(t);
        return t;
    }

    private Stmt simpleStatement() {
        Token t = peek();
        int line = t.line();
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "import":
                    return importStatement();
                case "from":
                    return fromImport();
                case "pass":
                    pos++;
                    return new Pass(line);
                case "del": {
                    pos++;
                    List<Expr> targets = new ArrayList<>();
                    targets.add(orExpr());
                    while (accept(",")) {
                        targets.add(orExpr());
                    }
                    for (Expr e : targets) {
                        checkTarget(e);
                    }
                    return new Del(targets, line);
                }
                case "print":
                    if (tokens.get(pos + 1).kind() == Kind.STRING || tokens.get(pos + 1).kind() == Kind.INT
                            || tokens.get(pos + 1).kind() == Kind.NAME && !Lexer.KEYWORDS.contains(tokens.get(pos + 1).text())) {
                        throw PyException.syntax("Missing parentheses in call to 'print'. Did you mean print(...)?", line);
                    }
                    break;
                default:
                    if (UNSUPPORTED_STATEMENTS.contains(t.text())) {
                        throw PyException.unsupported("'" + t.text() + "'");
                    }
            }
        }
        Expr first = starList();
        if (peek().kind() == Kind.OP && AUGMENTED.contains(peek().text())) {
            String op = next().text();
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw PyException.syntax("'" + describe(first) + "' is an illegal expression for augmented assignment", line);
            }
            return new AugAssign(first, op.substring(0, op.length() - 1), testList(), line);
        }
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (accept("=")) {
                checkTarget(value);
                targets.add(value);
                value = starList();
            }
            return new Assign(targets, value, line);
        }
        if (at(":=")) {
            throw PyException.unsupported("':='");
        }
        return new ExprStmt(first, line);
    }

    private void checkTarget(Expr e) {
        if (e instanceof Name) {
            String id = ((Name) e).id();
            if (Lexer.KEYWORDS.contains(id)) {
                throw PyException.syntax("cannot assign to " + id, e.line());
            }
            return;
        }
        if (e instanceof Attribute || e instanceof Subscript) {
            return;
        }
        if (e instanceof TupleExpr || e instanceof ListExpr) {
            for (Expr x : e instanceof TupleExpr ? ((TupleExpr) e).elts() : ((ListExpr) e).elts()) {
                checkTarget(x);
            }
            return;
        }
        if (e instanceof Starred) {
            throw PyException.unsupported("starred assignment targets");
        }
        if (e instanceof Const && ((Const) e).value() == null) {
            throw PyException.syntax("cannot assign to None", e.line());
        }
        throw PyException.syntax("cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?", e.line());
    }

    private static String describe(Expr e) {
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof Const) {
            Object v = ((Const) e).value();
            if (v == null || v instanceof Boolean) {
                return String.valueOf(v == null ? "None" : (Boolean) v ? "True" : "False");
            }
            return "literal";
        }
        if (e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        }
        if (e instanceof Compare) {
            return "comparison";
        }
        if (e instanceof BoolOp) {
            return "expression";
        }
        return "expression";
    }

    private String dottedName() {
        StringBuilder b = new StringBuilder(name());
        while (accept(".")) {
            b.append('.').append(name());
        }
        return b.toString();
    }

    private Stmt importStatement() {
        int line = next().line();
        List<String[]> names = new ArrayList<>();
        do {
            String module = dottedName();
            String alias = accept("as") ? name() : null;
            names.add(new String[] {module, alias});
        } while (accept(","));
        return new Import(names, line);
    }

    private Stmt fromImport() {
        int line = next().line();
        if (at(".")) {
            throw PyException.unsupported("relative imports");
        }
        String module = dottedName();
        expect("import");
        if (accept("*")) {
            throw PyException.unsupported("'from " + module + " import *'");
        }
        boolean paren = accept("(");
        List<String[]> names = new ArrayList<>();
        do {
            if (paren && at(")")) {
                break;
            }
            String n = name();
            String alias = accept("as") ? name() : null;
            names.add(new String[] {n, alias});
        } while (accept(","));
        if (paren) {
            expect(")");
        }
        return new FromImport(module, names, line);
    }

    // ---- expressions ----

    /** {@code a, b, *c} (a tuple when there is a comma). */
    private Expr starList() {
        int line = peek().line();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        items.add(starOrTest());
        while (accept(",")) {
            comma = true;
            if (endOfList()) {
                break;
            }
            items.add(starOrTest());
        }
        return comma ? new TupleExpr(items, line) : items.get(0);
    }

    private boolean endOfList() {
        Token t = peek();
        return t.kind() == Kind.NEWLINE || t.kind() == Kind.END || t.kind() == Kind.DEDENT
                || at("=") || at(")") || at("]") || at("}") || at(";") || at(":")
                || (t.kind() == Kind.OP && AUGMENTED.contains(t.text()));
    }

    private Expr starOrTest() {
        if (at("*")) {
            int line = next().line();
            return new Starred(orExpr(), line);
        }
        return test();
    }

    /** {@code testlist}: tests separated by commas. */
    private Expr testList() {
        return starList();
    }

    private Expr test() {
        if (at("lambda")) {
            throw PyException.unsupported("lambda");
        }
        int line = peek().line();
        Expr e = orTest();
        if (accept("if")) {
            Expr cond = orTest();
            expect("else");
            Expr orElse = test();
            return new IfExp(cond, e, orElse, line);
        }
        return e;
    }

    private Expr orTest() {
        return boolOp("or", this::andTest);
    }

    private Expr andTest() {
        return boolOp("and", this::notTest);
    }

    /** {@code operand (op operand)*}: one operand alone, or a {@link BoolOp} of all of them. */
    private Expr boolOp(String op, java.util.function.Supplier<Expr> operand) {
        int line = peek().line();
        Expr e = operand.get();
        if (!at(op)) {
            return e;
        }
        List<Expr> values = new ArrayList<>();
        values.add(e);
        while (accept(op)) {
            values.add(operand.get());
        }
        return new BoolOp(op, values, line);
    }

    private Expr notTest() {
        if (at("not")) {
            int line = next().line();
            return new UnaryOp("not", notTest(), line);
        }
        return comparison();
    }

    private Expr comparison() {
        int line = peek().line();
        Expr left = orExpr();
        List<String> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        while (true) {
            String op = null;
            if (at("<") || at(">") || at("==") || at(">=") || at("<=") || at("!=") || at("in")) {
                op = next().text();
            } else if (at("not") && tokens.get(pos + 1).is("in")) {
                pos += 2;
                op = "not in";
            } else if (at("is")) {
                pos++;
                op = accept("not") ? "is not" : "is";
            }
            if (op == null) {
                break;
            }
            ops.add(op);
            rights.add(orExpr());
        }
        return ops.isEmpty() ? left : new Compare(left, ops, rights, line);
    }

    private Expr orExpr() {
        return binary(0);
    }

    private static final String[][] LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}};

    private Expr binary(int level) {
        if (level == LEVELS.length) {
            return factor();
        }
        Expr left = binary(level + 1);
        while (true) {
            String op = null;
            for (String o : LEVELS[level]) {
                if (peek().kind() == Kind.OP && peek().text().equals(o)) {
                    op = o;
                }
            }
            if (op == null) {
                return left;
            }
            int line = next().line();
            left = new BinOp(left, op, binary(level + 1), line);
        }
    }

    private Expr factor() {
        if (at("-") || at("+") || at("~")) {
            Token t = next();
            return new UnaryOp(t.text(), factor(), t.line());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (at("**")) {
            int line = next().line();
            return new BinOp(base, "**", factor(), line);
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (at("(")) {
                e = call(e);
            } else if (at("[")) {
                int line = next().line();
                Expr index = subscriptList();
                expect("]");
                e = new Subscript(e, index, line);
            } else if (at(".")) {
                int line = next().line();
                e = new Attribute(e, name(), line);
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func) {
        int line = expect("(").line();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        while (!at(")")) {
            if (accept("**")) {
                keywords.add(new Keyword(null, test()));
            } else if (at("*")) {
                int l = next().line();
                args.add(new Starred(test(), l));
            } else if (peek().kind() == Kind.NAME && tokens.get(pos + 1).is("=")) {
                String n = name();
                pos++;
                for (Keyword k : keywords) {
                    if (n.equals(k.name())) {
                        throw PyException.syntax("keyword argument repeated: " + n, line);
                    }
                }
                keywords.add(new Keyword(n, test()));
            } else {
                Expr a = test();
                if (at("for")) {
                    throw PyException.unsupported("generator expressions");
                }
                if (!keywords.isEmpty()) {
                    boolean unpacking = keywords.stream().anyMatch(k -> k.name() == null);
                    throw PyException.syntax(unpacking
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", line);
                }
                args.add(a);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Call(func, args, keywords, line);
    }

    private Expr subscriptList() {
        int line = peek().line();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        items.add(subscript());
        while (accept(",")) {
            comma = true;
            if (at("]")) {
                break;
            }
            items.add(subscript());
        }
        return comma ? new TupleExpr(items, line) : items.get(0);
    }

    private Expr subscript() {
        int line = peek().line();
        Expr lower = null;
        if (!at(":")) {
            lower = test();
            if (!at(":")) {
                return lower;
            }
        }
        expect(":");
        Expr upper = at("]") || at(",") || at(":") ? null : test();
        Expr step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : test();
        }
        return new Slice(lower, upper, step, line);
    }

    private Expr atom() {
        Token t = peek();
        int line = t.line();
        switch (t.kind()) {
            case INT:
            case FLOAT:
                pos++;
                return new Const(t.value() instanceof java.math.BigInteger
                        ? PyOps.normalize((java.math.BigInteger) t.value()) : t.value(), line);
            case STRING:
            case BYTES: {
                pos++;
                boolean bytes = t.kind() == Kind.BYTES;
                StringBuilder s = new StringBuilder();
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                append(t, s, b);
                while (peek().kind() == Kind.STRING || peek().kind() == Kind.BYTES) {
                    if ((peek().kind() == Kind.BYTES) != bytes) {
                        throw PyException.syntax("cannot mix bytes and nonbytes literals", line);
                    }
                    append(next(), s, b);
                }
                return new Const(bytes ? b.toByteArray() : s.toString(), line);
            }
            case NAME:
                switch (t.text()) {
                    case "None":
                        pos++;
                        return new Const(null, line);
                    case "True":
                        pos++;
                        return new Const(Boolean.TRUE, line);
                    case "False":
                        pos++;
                        return new Const(Boolean.FALSE, line);
                    default:
                        if (t.text().equals("lambda")) {
                            throw PyException.unsupported("lambda");
                        }
                        if (t.text().equals("yield") || t.text().equals("await")) {
                            throw PyException.unsupported("'" + t.text() + "'");
                        }
                        if (Lexer.KEYWORDS.contains(t.text())) {
                            throw syntax();
                        }
                        pos++;
                        return new Name(t.text(), line);
                }
            case OP:
                switch (t.text()) {
                    case "(":
                        return parenthesized();
                    case "[":
                        return listDisplay();
                    case "{":
                        return braceDisplay();
                    case "...":
                        pos++;
                        return new Const(PyObjects.ELLIPSIS, line);
                    default:
                        throw syntax();
                }
            default:
                throw syntax();
        }
    }

    private static void append(Token t, StringBuilder s, ByteArrayOutputStream b) {
        if (t.kind() == Kind.BYTES) {
            b.writeBytes((byte[]) t.value());
        } else {
            s.append((String) t.value());
        }
    }

    private Expr parenthesized() {
        int line = expect("(").line();
        if (accept(")")) {
            return new TupleExpr(List.of(), line);
        }
        Expr first = starOrTest();
        if (at("for")) {
            throw PyException.unsupported("generator expressions");
        }
        if (accept(")")) {
            if (first instanceof Starred) {
                throw PyException.syntax("cannot use starred expression here", line);
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            items.add(starOrTest());
        }
        expect(")");
        return new TupleExpr(items, line);
    }

    private Expr listDisplay() {
        int line = expect("[").line();
        List<Expr> items = new ArrayList<>();
        if (accept("]")) {
            return new ListExpr(items, line);
        }
        Expr first = starOrTest();
        if (at("for")) {
            return comprehension(first, "]", false, line);
        }
        items.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            items.add(starOrTest());
        }
        expect("]");
        return new ListExpr(items, line);
    }

    private Expr comprehension(Expr elt, String close, boolean tuple, int line) {
        expect("for");
        Expr target = targetList();
        expect("in");
        Expr iter = orTest();
        List<Expr> ifs = new ArrayList<>();
        while (accept("if")) {
            ifs.add(orTestNoCond());
        }
        if (at("for")) {
            throw PyException.unsupported("nested comprehensions");
        }
        expect(close);
        return new ListComp(elt, target, iter, ifs, tuple, line);
    }

    private Expr orTestNoCond() {
        return orTest();
    }

    private Expr braceDisplay() {
        int line = expect("{").line();
        if (accept("}")) {
            return new DictExpr(List.of(), List.of(), line);
        }
        if (at("**")) {
            throw PyException.unsupported("'**' in dict displays");
        }
        Expr first = test();
        if (accept(":")) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(test());
            if (at("for")) {
                throw PyException.unsupported("dict comprehensions");
            }
            while (accept(",")) {
                if (at("}")) {
                    break;
                }
                keys.add(test());
                expect(":");
                values.add(test());
            }
            expect("}");
            return new DictExpr(keys, values, line);
        }
        if (at("for")) {
            throw PyException.unsupported("set comprehensions");
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            items.add(test());
        }
        expect("}");
        return new SetExpr(items, line);
    }
}
