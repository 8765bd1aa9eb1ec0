package org.nprand.cli.eval;

import java.util.List;

/** The syntax tree of the Python subset {@code nprand eval} runs. */
final class Ast {

    private Ast() {
    }

    interface Node {
        int line();
    }

    // ---- statements ----

    interface Stmt extends Node {
    }

    /** {@code import a.b as c, d}. */
    record Import(List<String[]> names, int line) implements Stmt {
    }

    /** {@code from a.b import c as d, e}. */
    record FromImport(String module, List<String[]> names, int line) implements Stmt {
    }

    /** {@code t1 = t2 = value}. */
    record Assign(List<Expr> targets, Expr value, int line) implements Stmt {
    }

    /** {@code t += value}. */
    record AugAssign(Expr target, String op, Expr value, int line) implements Stmt {
    }

    /** An expression statement (the prompt prints its repr unless it is None). */
    record ExprStmt(Expr value, int line) implements Stmt {
    }

    record Pass(int line) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, int line) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    }

    record Del(List<Expr> targets, int line) implements Stmt {
    }

    /** {@code with a as x, b: body}: the context expressions, each one's target (or null), the body. */
    record With(List<Expr> items, List<Expr> targets, List<Stmt> body, int line) implements Stmt {
    }

    // ---- expressions ----

    interface Expr extends Node {
    }

    record Const(Object value, int line) implements Expr {
    }

    record Name(String id, int line) implements Expr {
    }

    record Attribute(Expr value, String attr, int line) implements Expr {
    }

    record Subscript(Expr value, Expr index, int line) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript (null parts absent). */
    record Slice(Expr lower, Expr upper, Expr step, int line) implements Expr {
    }

    /** A call; {@code keywords} null-named entries are {@code **kwargs}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int line) implements Expr {
    }

    record Keyword(String name, Expr value) {
    }

    /** {@code *x} in a call's arguments or a list/tuple display. */
    record Starred(Expr value, int line) implements Expr {
    }

    record TupleExpr(List<Expr> elts, int line) implements Expr {
    }

    record ListExpr(List<Expr> elts, int line) implements Expr {
    }

    record DictExpr(List<Expr> keys, List<Expr> values, int line) implements Expr {
    }

    record SetExpr(List<Expr> elts, int line) implements Expr {
    }

    /** {@code [elt for target in iter if cond]} (one {@code for}, optional {@code if}s). */
    record ListComp(Expr elt, Expr target, Expr iter, List<Expr> ifs, boolean tuple, int line) implements Expr {
    }

    record BinOp(Expr left, String op, Expr right, int line) implements Expr {
    }

    record UnaryOp(String op, Expr operand, int line) implements Expr {
    }

    /** {@code and} / {@code or}. */
    record BoolOp(String op, List<Expr> values, int line) implements Expr {
    }

    /** {@code a < b <= c}: chained comparisons. */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, int line) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orElse, int line) implements Expr {
    }
}
