package org.nprand.internal.spec;

import java.util.function.Function;

import org.nprand.internal.nd.Distribution;
import org.nprand.internal.nd.Param;
import org.nprand.internal.py.Args;
import org.nprand.internal.sync.CallLock;

/**
 * One Python method as data: its name, its signature (parameter names in Python's order, how
 * many are required, their defaults) and how to run it on a Java object once the arguments are
 * bound. A binder (the replay protocol, {@code eval}) needs nothing else: it binds the call's
 * arguments with {@link Args#bind}, which raises CPython's or Cython's {@code TypeError}s, and
 * hands the values to {@link #invoke}.
 *
 * @param <T> the Java class of {@code self}
 */
public final class MethodSpec<T> {

    /** Runs the method on bound arguments ({@link Args#ABSENT} where one was not given). */
    @FunctionalInterface
    public interface Invoker<T> {
        Object invoke(T self, Object[] args);
    }

    private final String name;
    private final String[] params;
    private final int required;
    private final Invoker<T> invoker;

    /**
     * @param name the Python method name
     * @param required how many leading parameters have no default
     * @param invoker runs the method; absent arguments arrive as {@link Args#ABSENT}
     * @param params the parameter names in Python's order
     */
    public MethodSpec(String name, int required, Invoker<T> invoker, String... params) {
        this.name = name;
        this.params = params;
        this.required = required;
        this.invoker = invoker;
    }

    /**
     * A distribution method: Python's signature is the distribution's parameters in
     * {@code pythonOrder} followed by {@code size}; defaults and constraints come from the
     * {@link Param}s, and the values are handed to {@link Distribution#call} in kernel order.
     *
     * @param state the kernel state of {@code self}
     * @param pythonOrder the parameter names in the Python signature's order (the kernel's when
     *     empty)
     */
    public static <T, S> MethodSpec<T> of(Distribution<S> d, Function<T, S> state, String... pythonOrder) {
        Param[] kernelOrder = d.params();
        String[] names = new String[kernelOrder.length + 1];
        int[] toKernel = new int[kernelOrder.length];
        for (int i = 0; i < kernelOrder.length; i++) {
            names[i] = pythonOrder.length == 0 ? kernelOrder[i].name() : pythonOrder[i];
        }
        names[kernelOrder.length] = "size";
        int required = 0;
        for (int i = 0; i < kernelOrder.length; i++) {
            // By name; a Python name that is not a kernel parameter's (uniform's "high" feeding
            // the kernel's range) keeps its position.
            toKernel[i] = i;
            for (int k = 0; k < kernelOrder.length; k++) {
                if (kernelOrder[k].name().equals(names[i])) {
                    toKernel[i] = k;
                }
            }
            if (!kernelOrder[toKernel[i]].hasDefault() && required == i) {
                required = i + 1;
            }
        }
        return new MethodSpec<>(d.name(), required, (self, v) -> {
            Object[] kernelArgs = new Object[kernelOrder.length];
            for (int i = 0; i < kernelOrder.length; i++) {
                Param p = kernelOrder[toKernel[i]];
                kernelArgs[toKernel[i]] = v[i] == Args.ABSENT ? p.pythonDefault() : v[i];
            }
            Object size = v[kernelOrder.length] == Args.ABSENT ? null : v[kernelOrder.length];
            return d.call(state.apply(self), kernelArgs, size);
        }, names);
    }

    /** The Python method name. */
    public String name() {
        return name;
    }

    /** The parameter names in Python's order. */
    public String[] params() {
        return params.clone();
    }

    /** How many leading parameters are required. */
    public int required() {
        return required;
    }

    /**
     * Binds {@code args} to the signature and runs the method, holding {@code self}'s
     * {@link CallLock} for the whole call (the lock its public methods hold, registered with
     * {@link MethodSpecs#registerLock}), so a call through the spec is as atomic as a call of the
     * Java method.
     */
    public Object call(T self, Args args) {
        Object[] values = args.bind(name, required, params);
        CallLock lock = MethodSpecs.lockOf(self);
        if (lock == null) {
            return invoker.invoke(self, values);
        }
        Thread held = lock.lock();
        try {
            return invoker.invoke(self, values);
        } finally {
            lock.unlock(held);
        }
    }
}
