package org.nprand.sklearn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.numpy.WarningHandler;

/**
 * Null arguments in nprand-sklearn's Java API (issue 13), as in nprand-core's test of the same
 * name: every public method and constructor of the module's public classes, called with
 * {@code null} for each reference parameter in turn (the others valid), either takes the null (a
 * documented None) or raises an exception whose message names the parameter; never a
 * {@link NullPointerException} from inside nprand and never a Java class name in the message.
 */
class NullArgumentsTest {

    private static final List<Class<?>> API = List.of(KFold.class, StratifiedKFold.class, GroupKFold.class,
            StratifiedGroupKFold.class, TimeSeriesSplit.class, ShuffleSplit.class, StratifiedShuffleSplit.class,
            GroupShuffleSplit.class, RepeatedKFold.class, RepeatedStratifiedKFold.class, LeaveOneOut.class,
            LeavePOut.class, LeaveOneGroupOut.class, LeavePGroupsOut.class, PredefinedSplit.class,
            TrainTestSplit.class, Resample.class, Labels.class, RandomStateParam.class, Size.class,
            SklearnVersion.class, SklearnPython.class, CrossValidator.class);

    @Test
    void nullArgumentsAreNamedNeverAnInternalNullPointerException() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : API) {
            List<Executable> members = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
                        && !List.of("equals", "hashCode", "toString").contains(m.getName())
                        && !(type.isEnum() && m.getName().equals("valueOf"))) { // the JDK's own enum method
                    members.add(m);
                }
            }
            for (Constructor<?> c : type.getConstructors()) {
                members.add(c);
            }
            for (Executable e : members) {
                Parameter[] params = e.getParameters();
                for (int i = 0; i < params.length; i++) {
                    if (params[i].getType().isPrimitive()) {
                        continue;
                    }
                    checked++;
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = valid(params[j].getType());
                    }
                    args[i] = null;
                    Throwable t = invoke(e, type, args);
                    if (t == null) {
                        continue; // the null is a documented None
                    }
                    String where = type.getSimpleName() + "." + (e instanceof Method ? e.getName() : "<init>")
                            + " with " + params[i].getName() + " = null: ";
                    String message = String.valueOf(t.getMessage());
                    if (t instanceof NullPointerException && !message.contains(params[i].getName())) {
                        leaks.add(where + t);
                    } else if (message.contains("Cannot invoke") || message.contains("because \"")
                            || message.matches(".*\\b(java|org\\.nprand)\\.[a-z]+\\..*")) {
                        leaks.add(where + t);
                    }
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked + " parameters");
        assertTrue(leaks.isEmpty(), leaks.size() + " null arguments leak Java internals:\n" + String.join("\n", leaks));
    }

    private static Throwable invoke(Executable e, Class<?> type, Object[] args) throws Exception {
        try {
            if (e instanceof Constructor) {
                ((Constructor<?>) e).newInstance(args);
            } else {
                Method m = (Method) e;
                m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance(type), args);
            }
            return null;
        } catch (InvocationTargetException ex) {
            return ex.getCause();
        }
    }

    private static Object instance(Class<?> type) throws Exception {
        if (type == TrainTestSplit.class) {
            return new TrainTestSplit();
        }
        if (type == Resample.class) {
            return Resample.resample();
        }
        if (type == Labels.class) {
            return Labels.of(new int[] {0, 1, 0, 1});
        }
        if (type == RandomStateParam.class) {
            return RandomStateParam.seed(1);
        }
        if (type == Size.class) {
            return Size.of(0.25);
        }
        if (type == SklearnVersion.class) {
            return SklearnVersion.LATEST;
        }
        if (type == PredefinedSplit.class) {
            return new PredefinedSplit(new int[] {0, 1, 0, 1});
        }
        if (type == CrossValidator.class) {
            return new KFold();
        }
        for (Constructor<?> c : type.getConstructors()) {
            if (c.getParameterCount() == 0) {
                return c.newInstance();
            }
        }
        Constructor<?> c = type.getConstructors()[0];
        Object[] args = new Object[c.getParameterCount()];
        for (int j = 0; j < args.length; j++) {
            args[j] = valid(c.getParameterTypes()[j]);
        }
        return c.newInstance(args);
    }

    private static Object valid(Class<?> t) {
        if (t == double.class || t == Double.class) {
            return 0.25;
        }
        if (t == long.class || t == Long.class) {
            return 2L;
        }
        if (t == int.class || t == Integer.class) {
            return 2;
        }
        if (t == boolean.class || t == Boolean.class) {
            return false;
        }
        if (t == int[].class) {
            return new int[] {0, 1, 0, 1};
        }
        if (t == long[].class) {
            return new long[] {0, 1, 0, 1};
        }
        if (t == double[].class) {
            return new double[] {0, 1, 0, 1};
        }
        if (t == boolean[].class) {
            return new boolean[] {false, true, false, true};
        }
        if (t == int[][].class) {
            return new int[][] {{0}, {1}, {0}, {1}};
        }
        if (t == String.class) {
            return "1.9.1";
        }
        if (t == Labels.class) {
            return Labels.of(new int[] {0, 1, 0, 1});
        }
        if (t == RandomState.class) {
            return new RandomState(1);
        }
        if (t == RandomStateParam.class) {
            return RandomStateParam.seed(1);
        }
        if (t == Size.class) {
            return Size.of(0.25);
        }
        if (t == SklearnVersion.class) {
            return SklearnVersion.LATEST;
        }
        if (t == WarningHandler.class) {
            return WarningHandler.IGNORE;
        }
        if (t == NdArray.class) {
            return NdArray.of(new long[] {4}, new long[] {0, 1, 0, 1});
        }
        if (t == CrossValidator.class) {
            return new KFold();
        }
        if (t == List.class) {
            return new ArrayList<>(List.of(new ArrayList<>(List.of(1L, 2L, 3L, 4L))));
        }
        if (t == java.util.Map.class) {
            return new HashMap<>();
        }
        if (t.isArray()) {
            return java.lang.reflect.Array.newInstance(t.getComponentType(), 4);
        }
        return 4L; // Object: a Python int
    }
}
