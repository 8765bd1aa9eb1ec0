package org.nprand.cli.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.nprand.cli.eval.PyObjects.ApiObject;
import org.nprand.cli.eval.PyObjects.BoundMethod;
import org.nprand.cli.eval.PyObjects.Builtin;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.cli.eval.PyObjects.NpType;
import org.nprand.cli.eval.PyObjects.PyLock;
import org.nprand.cli.eval.PyObjects.PyModule;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.cli.value.PyRange;
import org.nprand.errors.OverflowError;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.numpy.NdArray;

/**
 * {@code nprand eval}: runs Python statements that use {@code numpy.random} and {@code random}
 * and prints what the Python prompt prints (the repr of each expression statement whose value is
 * not None, and what {@code print} writes). The program is parsed whole first ({@link Parser}),
 * then run statement by statement; a Python exception stops the run and propagates to the caller
 * (which prints it as Python's last traceback line does).
 *
 * <p>Every call on a NumPy or CPython object goes through the replay's dispatch tables
 * ({@link org.nprand.cli.replay.Subjects}), so arguments are bound exactly as {@code nprand
 * replay} binds them.
 */
public final class Interpreter {

    private static final Set<String> STDLIB = Set.of("math", "os", "sys", "json", "time", "itertools", "functools",
            "collections", "statistics", "secrets", "decimal", "fractions", "operator", "re", "string", "pickle",
            "struct", "hashlib", "copy", "datetime", "pathlib", "typing", "pprint", "io", "csv", "array", "bisect",
            "heapq", "builtins", "warnings", "scipy", "pandas", "torch", "matplotlib", "sklearn");

    private final Appendable out;
    private final Modules modules = new Modules();
    private final Map<String, Object> globals = new HashMap<>();
    private final Map<String, Object> builtins = new HashMap<>();

    /** An interpreter writing its output to {@code out}; fresh global generators. */
    public Interpreter(Appendable out) {
        this.out = out;
        defineBuiltins();
    }

    /**
     * Runs a program.
     *
     * @throws RuntimeException the Python exception that stopped it (a
     *     {@link org.nprand.errors.PythonError}, or another exception for an nprand bug)
     */
    public void run(String source) {
        List<Stmt> program = Parser.parse(source);
        for (Stmt s : program) {
            exec(s);
        }
    }

    /**
     * Evaluates one expression in a fresh interpreter's globals (used by {@code generate} for its
     * arguments).
     */
    public Object evaluate(String expression) {
        return eval(Parser.parseExpression(expression));
    }

    /**
     * A command-line argument as the Java value a call takes: the text evaluated as a Python
     * expression ({@code 0.5}, {@code [1, 2]}, {@code (3, 4)}, {@code 2**40}, {@code np.int8},
     * with {@code np}, {@code numpy} and {@code random} imported), or the text itself when it
     * is not a Python expression or names nothing ({@code dtype=int8}, {@code --seed hello}).
     */
    public static Object argument(String text) {
        Interpreter i = new Interpreter(new StringBuilder());
        i.importDefaults();
        Object v;
        try {
            v = i.evaluate(text);
        } catch (PyException e) {
            String t = e.pythonType();
            if (t.equals("SyntaxError") || t.equals("NameError") || t.equals("IndentationError")) {
                return text;
            }
            throw e;
        }
        return Values.toJava(v);
    }

    /** Python's {@code str()} of a value as the library returns it (arrays as NumPy prints them). */
    public static String str(Object javaValue) {
        return PyFormat.str(Values.fromJava(javaValue));
    }

    /** The value of a global name, or null. */
    public Object global(String name) {
        return globals.get(name);
    }

    /** Binds a global name. */
    public void define(String name, Object value) {
        globals.put(name, value);
    }

    /** {@code import numpy as np; import random} in one call. */
    public void importDefaults() {
        globals.put("np", modules.get("numpy"));
        globals.put("numpy", modules.get("numpy"));
        globals.put("random", modules.get("random"));
    }

    // ---- statements ----

    private void exec(Stmt s) {
        if (s instanceof ExprStmt) {
            Object v = eval(((ExprStmt) s).value());
            if (v != null) {
                write(PyFormat.repr(v) + "\n");
                builtins.put("_", v);
            }
        } else if (s instanceof Assign) {
            Assign a = (Assign) s;
            Object v = eval(a.value());
            for (Expr t : a.targets()) {
                assign(t, v);
            }
        } else if (s instanceof AugAssign) {
            AugAssign a = (AugAssign) s;
            Object current = eval(a.target());
            Object v = eval(a.value());
            Object r;
            if (a.op().equals("+") && current instanceof List && !(current instanceof PyTuple)) {
                @SuppressWarnings("unchecked")
                List<Object> l = (List<Object>) current;
                l.addAll(Values.iterate(v));
                r = l;
            } else {
                r = PyOps.binary(a.op(), current, v);
            }
            assign(a.target(), r);
        } else if (s instanceof Import) {
            for (String[] n : ((Import) s).names()) {
                PyModule m = importModule(n[0]);
                if (n[1] != null) {
                    globals.put(n[1], m);
                } else {
                    String top = n[0].contains(".") ? n[0].substring(0, n[0].indexOf('.')) : n[0];
                    globals.put(top, modules.get(top));
                }
            }
        } else if (s instanceof FromImport) {
            FromImport f = (FromImport) s;
            PyModule m = importModule(f.module());
            for (String[] n : f.names()) {
                Object v;
                try {
                    v = getattr(m, n[0]);
                } catch (PyException e) {
                    if (!e.pythonType().equals("AttributeError")) {
                        throw e;
                    }
                    throw new PyException("ImportError", "cannot import name '" + n[0] + "' from '" + f.module() + "'");
                }
                globals.put(n[1] != null ? n[1] : n[0], v);
            }
        } else if (s instanceof For) {
            For f = (For) s;
            for (Object item : new ArrayList<>(Values.iterate(eval(f.iter())))) {
                assign(f.target(), item);
                for (Stmt b : f.body()) {
                    exec(b);
                }
            }
        } else if (s instanceof If) {
            If i = (If) s;
            for (Stmt b : PyOps.truthy(eval(i.test())) ? i.body() : i.orElse()) {
                exec(b);
            }
        } else if (s instanceof Del) {
            for (Expr t : ((Del) s).targets()) {
                delete(t);
            }
        } else if (s instanceof With) {
            execWith((With) s, 0);
        } else if (!(s instanceof Pass)) {
            throw new IllegalStateException(s.toString());
        }
    }

    /**
     * {@code with} from item {@code k} on, as nested {@code with}s: each context expression is
     * evaluated and entered in turn, its target assigned, then the body runs. The one context
     * manager here is a bit generator's lock, whose {@code __enter__} returns True; in this one
     * thread holding it changes nothing else.
     */
    private void execWith(With w, int k) {
        if (k == w.items().size()) {
            for (Stmt b : w.body()) {
                exec(b);
            }
            return;
        }
        Object manager = eval(w.items().get(k));
        if (!(manager instanceof PyLock)) {
            throw PyException.type("'" + PyOps.typeName(manager) + "' object does not support the context manager protocol");
        }
        if (w.targets().get(k) != null) {
            assign(w.targets().get(k), Boolean.TRUE);
        }
        execWith(w, k + 1);
    }

    private PyModule importModule(String dotted) {
        PyModule m = modules.get(dotted);
        if (m != null) {
            return m;
        }
        String top = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
        if (STDLIB.contains(top) || (top.equals("numpy") && Modules.pythonHas("numpy", dotted.substring(6)))
                || (dotted.startsWith("numpy.random.") && Modules.pythonHas("numpy.random", dotted.substring(13)))) {
            throw PyException.unsupported("the module '" + dotted + "' (it imports numpy, numpy.random and random)");
        }
        throw new PyException("ModuleNotFoundError", "No module named '" + dotted + "'");
    }

    private void assign(Expr target, Object v) {
        if (target instanceof Name) {
            globals.put(((Name) target).id(), v);
        } else if (target instanceof Attribute) {
            Attribute a = (Attribute) target;
            setattr(eval(a.value()), a.attr(), v);
        } else if (target instanceof Subscript) {
            Subscript sub = (Subscript) target;
            Object container = eval(sub.value());
            Values.setItem(container, eval(sub.index()), v);
        } else if (target instanceof TupleExpr || target instanceof ListExpr) {
            List<Expr> elts = target instanceof TupleExpr ? ((TupleExpr) target).elts() : ((ListExpr) target).elts();
            List<?> items = Values.iterate(v);
            if (items.size() != elts.size()) {
                if (items.size() > elts.size()) {
                    throw PyException.value("too many values to unpack (expected " + elts.size() + ")");
                }
                throw PyException.value("not enough values to unpack (expected " + elts.size() + ", got "
                        + items.size() + ")");
            }
            for (int i = 0; i < elts.size(); i++) {
                assign(elts.get(i), items.get(i));
            }
        } else {
            throw PyException.syntax("cannot assign to expression", target.line());
        }
    }

    private void delete(Expr target) {
        if (target instanceof Name) {
            String id = ((Name) target).id();
            if (globals.remove(id) == null && !globals.containsKey(id)) {
                throw PyException.name(id);
            }
        } else if (target instanceof Subscript) {
            Subscript sub = (Subscript) target;
            Object c = eval(sub.value());
            Object k = eval(sub.index());
            if (c instanceof Map) {
                Object found = null;
                for (Object key : ((Map<?, ?>) c).keySet()) {
                    if (PyOps.equal(key, k)) {
                        found = key;
                    }
                }
                if (found == null) {
                    throw new org.nprand.errors.KeyError(PyFormat.repr(k));
                }
                ((Map<?, ?>) c).remove(found);
            } else if (c instanceof List && !(c instanceof PyTuple)) {
                List<?> l = (List<?>) c;
                long i = PyOps.index(k, "list indices");
                long j = i < 0 ? i + l.size() : i;
                if (j < 0 || j >= l.size()) {
                    throw new org.nprand.errors.IndexError("list assignment index out of range");
                }
                l.remove((int) j);
            } else {
                throw PyException.type("'" + PyOps.typeName(c) + "' object doesn't support item deletion");
            }
        } else {
            throw PyException.unsupported("del of " + target.getClass().getSimpleName());
        }
    }

    private void write(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- expressions ----

    private Object eval(Expr e) {
        if (e instanceof Const) {
            return ((Const) e).value();
        }
        if (e instanceof Name) {
            String id = ((Name) e).id();
            if (globals.containsKey(id)) {
                return globals.get(id);
            }
            if (builtins.containsKey(id)) {
                return builtins.get(id);
            }
            throw PyException.name(id);
        }
        if (e instanceof Attribute) {
            Attribute a = (Attribute) e;
            return getattr(eval(a.value()), a.attr());
        }
        if (e instanceof Call) {
            return call((Call) e);
        }
        if (e instanceof Subscript) {
            Subscript s = (Subscript) e;
            Object v = eval(s.value());
            return Values.subscript(v, eval(s.index()));
        }
        if (e instanceof Slice) {
            Slice s = (Slice) e;
            return new Values.Slice(s.lower() == null ? null : eval(s.lower()), s.upper() == null ? null : eval(s.upper()),
                    s.step() == null ? null : eval(s.step()));
        }
        if (e instanceof TupleExpr) {
            return new PyTuple(evalAll(((TupleExpr) e).elts()));
        }
        if (e instanceof ListExpr) {
            return evalAll(((ListExpr) e).elts());
        }
        if (e instanceof DictExpr) {
            DictExpr d = (DictExpr) e;
            Map<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < d.keys().size(); i++) {
                Object k = eval(d.keys().get(i));
                Object v = eval(d.values().get(i));
                Object existing = null;
                for (Object key : m.keySet()) {
                    if (PyOps.equal(key, k)) {
                        existing = key;
                    }
                }
                m.put(existing != null ? existing : hashable(k), v);
            }
            return m;
        }
        if (e instanceof SetExpr) {
            throw PyException.unsupported("sets");
        }
        if (e instanceof ListComp) {
            ListComp c = (ListComp) e;
            List<Object> outList = new ArrayList<>();
            Map<String, Object> saved = new HashMap<>(globals);
            try {
                for (Object item : new ArrayList<>(Values.iterate(eval(c.iter())))) {
                    assign(c.target(), item);
                    boolean keep = true;
                    for (Expr cond : c.ifs()) {
                        keep &= PyOps.truthy(eval(cond));
                    }
                    if (keep) {
                        outList.add(eval(c.elt()));
                    }
                }
            } finally {
                // the comprehension's variable does not leak (Python 3 scoping)
                for (String name : namesOf(c.target())) {
                    if (saved.containsKey(name)) {
                        globals.put(name, saved.get(name));
                    } else {
                        globals.remove(name);
                    }
                }
            }
            return outList;
        }
        if (e instanceof BinOp) {
            BinOp b = (BinOp) e;
            Object l = eval(b.left());
            Object r = eval(b.right());
            return PyOps.binary(b.op(), l, r);
        }
        if (e instanceof UnaryOp) {
            UnaryOp u = (UnaryOp) e;
            return PyOps.unary(u.op(), eval(u.operand()));
        }
        if (e instanceof BoolOp) {
            BoolOp b = (BoolOp) e;
            Object v = null;
            for (Expr x : b.values()) {
                v = eval(x);
                boolean t = PyOps.truthy(v);
                if (b.op().equals("or") ? t : !t) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof Compare) {
            Compare c = (Compare) e;
            Object left = eval(c.left());
            Object result = true;
            for (int i = 0; i < c.ops().size(); i++) {
                Object right = eval(c.comparators().get(i));
                String op = c.ops().get(i);
                if ((left instanceof NdArray || right instanceof NdArray) && !op.startsWith("is") && !op.endsWith("in")) {
                    // element-wise: a bool array; a chain would ask for its truth value, as Python does
                    result = ArrayOps.compare(op, left, right);
                    if (i < c.ops().size() - 1 && !PyOps.truthy(result)) {
                        return result;
                    }
                    left = right;
                    continue;
                }
                boolean r = PyOps.compare(op, left, right);
                // NumPy scalars compare to NumPy bools (np.True_)
                result = (left instanceof NpScalar || right instanceof NpScalar) && !op.startsWith("is") && !op.endsWith("in")
                        ? new NpScalar("bool", r) : (Object) r;
                if (!r) {
                    return result;
                }
                left = right;
            }
            return result;
        }
        if (e instanceof IfExp) {
            IfExp i = (IfExp) e;
            return PyOps.truthy(eval(i.test())) ? eval(i.body()) : eval(i.orElse());
        }
        if (e instanceof Starred) {
            throw PyException.syntax("can't use starred expression here", e.line());
        }
        throw new IllegalStateException(e.toString());
    }

    private static Object hashable(Object k) {
        if (k instanceof List && !(k instanceof PyTuple)) {
            throw PyException.type("unhashable type: 'list'");
        }
        if (k instanceof Map) {
            throw PyException.type("unhashable type: 'dict'");
        }
        if (k instanceof NdArray) {
            throw PyException.type("unhashable type: 'numpy.ndarray'");
        }
        return k;
    }

    private static List<String> namesOf(Expr target) {
        List<String> out = new ArrayList<>();
        if (target instanceof Name) {
            out.add(((Name) target).id());
        } else if (target instanceof TupleExpr) {
            for (Expr x : ((TupleExpr) target).elts()) {
                out.addAll(namesOf(x));
            }
        } else if (target instanceof ListExpr) {
            for (Expr x : ((ListExpr) target).elts()) {
                out.addAll(namesOf(x));
            }
        }
        return out;
    }

    private List<Object> evalAll(List<Expr> elts) {
        List<Object> out = new ArrayList<>();
        for (Expr x : elts) {
            if (x instanceof Starred) {
                out.addAll(Values.iterate(eval(((Starred) x).value())));
            } else {
                out.add(eval(x));
            }
        }
        return out;
    }

    private Object call(Call c) {
        Object f = eval(c.func());
        List<Object> args = new ArrayList<>();
        for (Expr a : c.args()) {
            if (a instanceof Starred) {
                args.addAll(Values.iterate(eval(((Starred) a).value())));
            } else {
                args.add(eval(a));
            }
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (Keyword k : c.keywords()) {
            if (k.name() == null) {
                Object m = eval(k.value());
                if (!(m instanceof Map)) {
                    throw PyException.type("argument after ** must be a mapping, not " + PyOps.typeName(m));
                }
                for (Map.Entry<?, ?> en : ((Map<?, ?>) m).entrySet()) {
                    if (!(en.getKey() instanceof String)) {
                        throw PyException.type("keywords must be strings");
                    }
                    if (kwargs.put((String) en.getKey(), en.getValue()) != null) {
                        throw PyException.type("got multiple values for keyword argument '" + en.getKey() + "'");
                    }
                }
            } else {
                kwargs.put(k.name(), eval(k.value()));
            }
        }
        return callValue(f, args, kwargs);
    }

    private static Object callValue(Object f, List<Object> args, Map<String, Object> kwargs) {
        if (f instanceof Builtin) {
            return ((Builtin) f).fn.call(args, kwargs);
        }
        if (f instanceof BoundMethod) {
            return ((BoundMethod) f).fn.call(args, kwargs);
        }
        if (f instanceof NpType) {
            if (!kwargs.isEmpty()) {
                throw PyException.unsupported("keyword arguments to numpy scalar types");
            }
            return Api.castScalar((NpType) f, args);
        }
        throw Api.notCallable(f);
    }

    // ---- attributes ----

    private Object getattr(Object v, String name) {
        if (v instanceof PyModule) {
            PyModule m = (PyModule) v;
            if (m.attrs.containsKey(name)) {
                return m.attrs.get(name);
            }
            if (Modules.pythonHas(m.name, name)) {
                throw PyException.unsupported(m.name + "." + name);
            }
            throw PyException.attribute("module '" + m.name + "'", name);
        }
        if (v instanceof ApiObject) {
            return Api.getattr((ApiObject) v, name);
        }
        if (v instanceof NdArray) {
            return ArrayMethods.getattr((NdArray) v, name);
        }
        if (v instanceof NpScalar) {
            return ArrayMethods.scalarAttr((NpScalar) v, name);
        }
        if (v instanceof PyTuple) {
            return BuiltinMethods.tuple((PyTuple) v, name);
        }
        if (v instanceof List) {
            return BuiltinMethods.list(v, name);
        }
        if (v instanceof Map) {
            return BuiltinMethods.dict(v, name);
        }
        if (v instanceof String) {
            return BuiltinMethods.str((String) v, name);
        }
        if (v instanceof PyLock && !name.startsWith("__")) {
            if (name.equals("acquire") || name.equals("release") || name.equals("locked")) {
                throw PyException.unsupported("the lock's " + name + "() (nprand eval runs one thread; 'with ...lock:' runs its block)");
            }
            throw PyException.attribute("'_thread.RLock' object", name);
        }
        String type = PyOps.typeName(v);
        if (Modules.pythonHas(type, name)) {
            throw PyException.unsupported(type + "." + name);
        }
        throw PyException.attribute("'" + type + "' object", name);
    }

    private static void setattr(Object v, String name, Object value) {
        if (v instanceof ApiObject) {
            Api.setattr((ApiObject) v, name, value);
            return;
        }
        if (v instanceof PyModule) {
            ((PyModule) v).attrs.put(name, value);
            return;
        }
        String type = PyOps.typeName(v);
        if (Modules.pythonHas(type, name)) {
            throw PyException.unsupported("assigning " + type + "." + name);
        }
        throw PyException.attribute("'" + type + "' object", name);
    }

    // ---- builtins ----

    private void defineBuiltins() {
        builtins.put("print", Builtin.function("print", (a, k) -> {
            String sep = " ";
            String end = "\n";
            for (Map.Entry<String, Object> e : k.entrySet()) {
                switch (e.getKey()) {
                    case "sep":
                        sep = e.getValue() == null ? " " : strArg(e.getValue(), "sep");
                        break;
                    case "end":
                        end = e.getValue() == null ? "\n" : strArg(e.getValue(), "end");
                        break;
                    case "flush":
                        break;
                    case "file":
                        throw PyException.unsupported("print(file=...)");
                    default:
                        throw PyException.type("print() got an unexpected keyword argument '" + e.getKey() + "'");
                }
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    b.append(sep);
                }
                b.append(PyFormat.str(a.get(i)));
            }
            write(b.append(end).toString());
            return null;
        }));
        builtins.put("len", Builtin.function("len", (a, k) -> {
            noKeywords("len", k);
            exactly("len", a, 1);
            return Values.len(a.get(0));
        }));
        builtins.put("repr", Builtin.function("repr", (a, k) -> {
            noKeywords("repr", k);
            exactly("repr", a, 1);
            return PyFormat.repr(a.get(0));
        }));
        builtins.put("str", Builtin.type("str", (a, k) -> a.isEmpty() ? "" : PyFormat.str(a.get(0))));
        builtins.put("int", Builtin.type("int", (a, k) -> a.isEmpty() ? 0L : toInt(a.get(0), a.size() > 1 ? a.get(1) : null)));
        builtins.put("float", Builtin.type("float", (a, k) -> a.isEmpty() ? 0.0 : toFloat(a.get(0))));
        builtins.put("bool", Builtin.type("bool", (a, k) -> !a.isEmpty() && PyOps.truthy(a.get(0))));
        builtins.put("list", Builtin.type("list", (a, k) -> a.isEmpty() ? new ArrayList<>() : new ArrayList<>(Values.iterate(a.get(0)))));
        builtins.put("tuple", Builtin.type("tuple", (a, k) -> a.isEmpty() ? new PyTuple(List.of()) : new PyTuple(Values.iterate(a.get(0)))));
        builtins.put("dict", Builtin.type("dict", (a, k) -> {
            Map<Object, Object> m = new LinkedHashMap<>();
            if (!a.isEmpty()) {
                if (a.get(0) instanceof Map) {
                    m.putAll((Map<?, ?>) a.get(0));
                } else {
                    for (Object pair : Values.iterate(a.get(0))) {
                        List<?> p = Values.iterate(pair);
                        m.put(p.get(0), p.get(1));
                    }
                }
            }
            m.putAll(k);
            return m;
        }));
        builtins.put("range", Builtin.type("range", (a, k) -> {
            noKeywords("range", k);
            if (a.isEmpty() || a.size() > 3) {
                throw PyException.type("range expected at least 1 argument, got " + a.size());
            }
            BigInteger[] v = new BigInteger[a.size()];
            for (int i = 0; i < v.length; i++) {
                Object x = PyOps.pyValue(a.get(i));
                if (!PyOps.isInt(x)) {
                    throw PyException.type("'" + PyOps.typeName(a.get(i)) + "' object cannot be interpreted as an integer");
                }
                v[i] = PyOps.big(x);
            }
            BigInteger start = v.length == 1 ? BigInteger.ZERO : v[0];
            BigInteger stop = v.length == 1 ? v[0] : v[1];
            BigInteger step = v.length == 3 ? v[2] : BigInteger.ONE;
            if (step.signum() == 0) {
                throw PyException.value("range() arg 3 must not be zero");
            }
            return new PyRange(start, stop, step);
        }));
        builtins.put("abs", Builtin.function("abs", (a, k) -> {
            exactly("abs", a, 1);
            Object v = a.get(0);
            if (v instanceof NpScalar) {
                return PyOps.compare("<", v, 0L) ? PyOps.unary("-", v) : v;
            }
            if (v instanceof Double) {
                return Math.abs((Double) v);
            }
            if (PyOps.isInt(v)) {
                return PyOps.normalize(PyOps.big(v).abs());
            }
            throw PyException.type("bad operand type for abs(): '" + PyOps.typeName(v) + "'");
        }));
        builtins.put("min", Builtin.function("min", (a, k) -> extreme("min", a, "<")));
        builtins.put("max", Builtin.function("max", (a, k) -> extreme("max", a, ">")));
        builtins.put("sorted", Builtin.function("sorted", (a, k) -> {
            exactly("sorted", a, 1);
            List<Object> l = new ArrayList<>(Values.iterate(a.get(0)));
            BuiltinMethods.sort(l, Args.or(k.getOrDefault("reverse", Args.ABSENT), false));
            return l;
        }));
        builtins.put("round", Builtin.function("round", (a, k) -> round(a)));
        builtins.put("enumerate", Builtin.function("enumerate", (a, k) -> {
            exactly("enumerate", a, 1);
            List<Object> outList = new ArrayList<>();
            long i = 0;
            for (Object o : Values.iterate(a.get(0))) {
                outList.add(PyTuple.of(i++, o));
            }
            return outList;
        }));
        builtins.put("zip", Builtin.function("zip", (a, k) -> {
            List<List<?>> seqs = new ArrayList<>();
            int n = Integer.MAX_VALUE;
            for (Object o : a) {
                List<?> l = Values.iterate(o);
                seqs.add(l);
                n = Math.min(n, l.size());
            }
            List<Object> outList = new ArrayList<>();
            for (int i = 0; i < (seqs.isEmpty() ? 0 : n); i++) {
                List<Object> t = new ArrayList<>();
                for (List<?> l : seqs) {
                    t.add(l.get(i));
                }
                outList.add(new PyTuple(t));
            }
            return outList;
        }));
        builtins.put("type", Builtin.function("type", (a, k) -> {
            exactly("type", a, 1);
            return new PyObjects.Builtin("type", "<class '" + PyOps.typeName(a.get(0)) + "'>", PyOps.typeName(a.get(0)),
                    (x, y) -> {
                        throw PyException.unsupported("calling type objects");
                    });
        }));
        builtins.put("isinstance", Builtin.function("isinstance", (a, k) -> {
            exactly("isinstance", a, 2);
            if (!(a.get(1) instanceof Builtin) || ((Builtin) a.get(1)).typeName == null) {
                throw PyException.unsupported("isinstance with " + PyFormat.repr(a.get(1)));
            }
            String t = ((Builtin) a.get(1)).typeName;
            String actual = PyOps.typeName(a.get(0));
            return t.equals(actual) || (t.equals("int") && actual.equals("bool"));
        }));
        builtins.put("None", null);
        builtins.put("Ellipsis", PyObjects.ELLIPSIS);
        for (String name : List.of("open", "input", "exec", "eval", "compile", "globals", "locals", "vars", "dir",
                "help", "__import__", "exit", "quit", "sum", "map", "filter", "iter", "next", "reversed", "set",
                "frozenset", "any", "all", "divmod", "pow", "hex", "oct", "bin", "chr", "ord", "format", "hash", "id",
                "callable", "getattr", "setattr", "hasattr", "delattr", "object", "super", "property", "bytes",
                "bytearray", "memoryview", "complex", "slice", "issubclass", "breakpoint", "ascii")) {
            builtins.put(name, Builtin.function(name, (a, k) -> {
                throw PyException.unsupported("the builtin " + name + "()");
            }));
        }
    }

    private static void noKeywords(String f, Map<String, Object> k) {
        if (!k.isEmpty()) {
            throw PyException.type(f + "() takes no keyword arguments");
        }
    }

    private static void exactly(String f, List<Object> a, int n) {
        if (a.size() != n) {
            throw PyException.type(f + "() takes exactly one argument (" + a.size() + " given)");
        }
    }

    private static String strArg(Object v, String name) {
        if (!(v instanceof String)) {
            throw PyException.type(name + " must be None or a string, not " + PyOps.typeName(v));
        }
        return (String) v;
    }

    private static Object extreme(String f, List<Object> a, String op) {
        List<?> items = a.size() == 1 ? Values.iterate(a.get(0)) : a;
        if (items.isEmpty()) {
            throw PyException.value(f + "() iterable argument is empty");
        }
        Object best = items.get(0);
        for (Object o : items.subList(1, items.size())) {
            if (PyOps.compare(op, o, best)) {
                best = o;
            }
        }
        return best;
    }

    private static Object toInt(Object v, Object base) {
        if (v instanceof String) {
            String s = ((String) v).strip().replace("_", "");
            int radix = base == null ? 10 : (int) PyOps.index(base, "base");
            try {
                return PyOps.normalize(new BigInteger(s, radix));
            } catch (NumberFormatException e) {
                throw PyException.value("invalid literal for int() with base " + radix + ": " + PyFormat.repr(v));
            }
        }
        v = PyOps.pyValue(v);
        if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d)) {
                throw PyException.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw new OverflowError("cannot convert float infinity to integer");
            }
            return PyOps.normalize(new BigDecimal(d).toBigInteger());
        }
        if (PyOps.isInt(v)) {
            return PyOps.normalize(PyOps.big(v));
        }
        throw PyException.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyOps.typeName(v) + "'");
    }

    private static Object toFloat(Object v) {
        if (v instanceof String) {
            return Py.parseFloat((String) v);
        }
        v = PyOps.pyValue(v);
        if (PyOps.isNumber(v)) {
            return PyOps.toDouble(v);
        }
        throw PyException.type("float() argument must be a string or a real number, not '" + PyOps.typeName(v) + "'");
    }

    private static Object round(List<Object> a) {
        if (a.isEmpty() || a.size() > 2) {
            throw PyException.type("round() takes at most 2 arguments (" + a.size() + " given)");
        }
        Object v = PyOps.pyValue(a.get(0));
        Object nd = a.size() > 1 ? a.get(1) : null;
        if (PyOps.isInt(v)) {
            if (nd == null) {
                return PyOps.normalize(PyOps.big(v));
            }
            long n = PyOps.index(nd, "ndigits");
            if (n >= 0) {
                return PyOps.normalize(PyOps.big(v));
            }
            return PyOps.normalize(new BigDecimal(PyOps.big(v)).setScale((int) n, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (!(v instanceof Double)) {
            throw PyException.type("type " + PyOps.typeName(v) + " doesn't define __round__ method");
        }
        double d = (Double) v;
        if (nd == null) {
            if (Double.isNaN(d)) {
                throw PyException.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw new OverflowError("cannot convert float infinity to integer");
            }
            return PyOps.normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        long n = PyOps.index(nd, "ndigits");
        if (!Double.isFinite(d) || d == 0) {
            return d;
        }
        if (n > 330) {
            return d;
        }
        if (n < -330) {
            return Math.copySign(0.0, d);
        }
        double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, d) : r;
    }

}
