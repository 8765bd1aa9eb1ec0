package org.nprand.internal.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.nprand.internal.sync.CallLock;

/**
 * The registry of {@link MethodSpec}s by Java class: each API class ({@code RandomState}, ...)
 * registers its methods once, from its static initializer, and binders read them from here.
 */
public final class MethodSpecs {

    private static final Map<Class<?>, Map<String, MethodSpec<?>>> BY_CLASS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Function<Object, CallLock>> LOCKS = new ConcurrentHashMap<>();

    private MethodSpecs() {
    }

    /**
     * Registers methods of {@code type} (called by {@code type}'s static initializer, once or in
     * several groups; a name may be registered only once).
     */
    @SafeVarargs
    public static synchronized <T> void register(Class<T> type, MethodSpec<T>... specs) {
        Map<String, MethodSpec<?>> m = new LinkedHashMap<>(BY_CLASS.getOrDefault(type, Map.of()));
        for (MethodSpec<T> s : specs) {
            if (m.put(s.name(), s) != null) {
                throw new IllegalStateException("two specs named " + s.name());
            }
        }
        BY_CLASS.put(type, Collections.unmodifiableMap(m));
    }

    /**
     * Registers how to reach an instance's {@link CallLock} (the lock every public method of
     * {@code type} holds), so that a call through a spec holds it too. Called by {@code type}'s
     * static initializer, whose lambda may read the private field.
     */
    @SuppressWarnings("unchecked")
    public static <T> void registerLock(Class<T> type, Function<T, CallLock> lock) {
        LOCKS.put(type, (Function<Object, CallLock>) (Function<?, CallLock>) lock);
    }

    /** The lock of {@code self}'s public methods, or null for a class without one. */
    static CallLock lockOf(Object self) {
        Function<Object, CallLock> f = LOCKS.get(self.getClass());
        return f == null ? null : f.apply(self);
    }

    /** The methods of {@code type} by Python name (the class is initialized first). */
    @SuppressWarnings("unchecked")
    public static <T> Map<String, MethodSpec<T>> of(Class<T> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Map<String, MethodSpec<?>> m = BY_CLASS.get(type);
        return m == null ? Map.of() : (Map<String, MethodSpec<T>>) (Map<?, ?>) m;
    }
}
