package org.nprand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;
import org.nprand.bitgen.SeedSequence;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
import org.nprand.python.PyRandomModule;
import org.nprand.python.PyRandomState;
import org.nprand.python.PySecrets;
import org.nprand.python.PySystemRandom;
import org.nprand.parallel.IndexedStream;
import org.nprand.parallel.MultivariateNormalSpec;
import org.nprand.parallel.ParallelFill;
import org.nprand.parallel.ParallelReader;
import org.nprand.parallel.ScanPlan;
import org.nprand.parallel.StreamSpec;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Null arguments in the Java API (issue 13): every public method and constructor of the API
 * classes, called with {@code null} for each of its reference parameters in turn (the others
 * valid), either takes the null (a documented None: a {@code null} size, seed or gauss value) or
 * raises an exception whose message names the parameter; never a {@link NullPointerException}
 * from inside nprand ({@code Cannot invoke "org.nprand.numpy.DType.minLong()" because "dtype" is
 * null}) and never a Java class name in the message.
 */
class NullArgumentsTest {

    private static final List<Class<?>> API = List.of(RandomState.class, Generator.class, PyRandom.class,
            SeedSequence.class, MT19937.class, PCG64.class, PCG64DXSM.class, Philox.class, SFC64.class,
            NpRandom.class, PyRandomModule.class, PySystemRandom.class, PySecrets.class, PyRandomState.class,
            NdArray.class, org.nprand.state.StateJson.class, StreamSpec.class, IndexedStream.class,
            ParallelFill.class, ParallelReader.class, ScanPlan.class, MultivariateNormalSpec.class,
            org.nprand.parallel.RandomStateSpec.class);

    /** For the parallel API's executor parameters: daemon threads, so the test JVM can exit. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });

    private static StreamSpec spec() {
        return StreamSpec.of("PCG64", 1).random();
    }

    @Test
    void nullArgumentsAreNamedNeverAnInternalNullPointerException() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : API) {
            List<Executable> members = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
                        && !List.of("equals", "hashCode", "toString").contains(m.getName())) {
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
                    Object[] args = validArguments(params);
                    args[i] = null;
                    Throwable t = invoke(e, type, args);
                    String where = type.getSimpleName() + "." + (e instanceof Method ? e.getName() : "<init>")
                            + signature(params) + " with " + params[i].getName() + " = null: ";
                    if (t == null) {
                        continue; // the null is a documented None
                    }
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
        assertTrue(checked > 300, "checked " + checked + " parameters");
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

    private static Object instance(Class<?> type) {
        if (type == RandomState.class) {
            return new RandomState(1);
        }
        if (type == Generator.class) {
            return Generator.defaultRng(1);
        }
        if (type == PyRandom.class) {
            return new PyRandom(1);
        }
        if (type == SeedSequence.class) {
            return new SeedSequence(1);
        }
        if (type == PySystemRandom.class) {
            return new PySystemRandom();
        }
        if (type == PyRandomState.class) {
            return new PyRandom(1).getstate();
        }
        if (type == NdArray.class) {
            return NdArray.of(0.5, 0.5);
        }
        if (type == MT19937.class) {
            return new MT19937(1);
        }
        if (type == StreamSpec.class) {
            return spec();
        }
        if (type == IndexedStream.class) {
            return IndexedStream.of(spec(), 100);
        }
        if (type == ParallelReader.class) {
            return ParallelReader.open(spec(), 100, 1);
        }
        if (type == ScanPlan.class) {
            return ScanPlan.build(StreamSpec.of("PCG64", 1).standardNormal(), 100);
        }
        if (type == org.nprand.parallel.RandomStateSpec.class) {
            return StreamSpec.of("MT19937", 1).blocked(10).randomState();
        }
        if (type == MultivariateNormalSpec.class) {
            return spec().multivariateNormal(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}});
        }
        if (type == PCG64.class) {
            return new PCG64(1);
        }
        if (type == PCG64DXSM.class) {
            return new PCG64DXSM(1);
        }
        if (type == Philox.class) {
            return new Philox(1);
        }
        return new SFC64(1);
    }

    private static Object[] validArguments(Parameter[] params) {
        Object[] out = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            out[i] = valid(params[i].getType());
        }
        return out;
    }

    private static Object valid(Class<?> t) {
        if (t == double.class || t == Double.class) {
            return 0.5;
        }
        if (t == float.class || t == Float.class) {
            return 0.5f;
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
            return new int[] {2};
        }
        if (t == long[].class) {
            return new long[] {1, 2};
        }
        if (t == double[].class) {
            return new double[] {0.5, 0.5};
        }
        if (t == float[].class) {
            return new float[] {0.5f, 0.5f};
        }
        if (t == double[][].class) {
            return new double[][] {{1, 0}, {0, 1}};
        }
        if (t == Object[].class) {
            return new Object[] {1L, 2L};
        }
        if (t == byte[].class) {
            return new byte[] {1, 2};
        }
        if (t == BigInteger.class) {
            return BigInteger.TWO;
        }
        if (t == String.class) {
            return "int64";
        }
        if (t == DType.class) {
            return DType.INT64;
        }
        if (t == NdArray.class) {
            return NdArray.of(0.5, 0.5);
        }
        if (t == List.class || t == java.util.Collection.class) {
            return new ArrayList<>(List.of(1L, 2L));
        }
        if (t == Map.class) {
            return new PCG64(1).getState();
        }
        if (t == SeedSequence.class) {
            return new SeedSequence(1);
        }
        if (BitGenerator.class.isAssignableFrom(t)) {
            return new PCG64(1);
        }
        if (t == Generator.class) {
            return Generator.defaultRng(1);
        }
        if (t == RandomState.class) {
            return new RandomState(1);
        }
        if (t == StreamSpec.class) {
            return spec();
        }
        if (t == IndexedStream.class) {
            return IndexedStream.of(StreamSpec.of("PCG64", 1).standardNormal(), 100);
        }
        if (t == ScanPlan.class) {
            return ScanPlan.build(StreamSpec.of("PCG64", 1).standardNormal(), 100);
        }
        if (t == ExecutorService.class) {
            return POOL;
        }
        if (t == PyRandom.class) {
            return new PyRandom(1);
        }
        if (t == PyRandomState.class) {
            return new PyRandom(1).getstate();
        }
        if (t.isArray()) {
            return java.lang.reflect.Array.newInstance(t.getComponentType(), 2);
        }
        return 1L; // Object: a Python int
    }

    private static String signature(Parameter[] params) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < params.length; i++) {
            b.append(i == 0 ? "" : ", ").append(params[i].getType().getSimpleName());
        }
        return b.append(')').toString();
    }
}
