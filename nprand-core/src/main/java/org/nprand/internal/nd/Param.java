package org.nprand.internal.nd;

/**
 * One distribution parameter as NumPy's {@code cont}/{@code disc} take it: its name (for
 * messages and keyword binding), whether the kernel reads it as a C double or an int64, its
 * constraint, and its Python default ({@code null} when it is required).
 */
public final class Param {

    private final String name;
    private final boolean int64;
    private final Constraint constraint;
    private final Object pythonDefault;

    private Param(String name, boolean int64, Constraint constraint, Object pythonDefault) {
        this.name = name;
        this.int64 = int64;
        this.constraint = constraint;
        this.pythonDefault = pythonDefault;
    }

    /** A required double parameter. */
    public static Param real(String name, Constraint constraint) {
        return new Param(name, false, constraint, null);
    }

    /** A double parameter with a Python default. */
    public static Param real(String name, Constraint constraint, double pythonDefault) {
        return new Param(name, false, constraint, pythonDefault);
    }

    /** A required int64 parameter. */
    public static Param integer(String name, Constraint constraint) {
        return new Param(name, true, constraint, null);
    }

    /** The Python name. */
    public String name() {
        return name;
    }

    /** True when the kernel reads it as an int64, false for a C double. */
    public boolean isInt64() {
        return int64;
    }

    /** The constraint checked before any draw. */
    public Constraint constraint() {
        return constraint;
    }

    /** True when the Python signature gives it a default. */
    public boolean hasDefault() {
        return pythonDefault != null;
    }

    /** The Python default ({@code Double}), or {@code null} when required. */
    public Object pythonDefault() {
        return pythonDefault;
    }
}
