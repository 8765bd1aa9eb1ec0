package org.nprand.numpy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code NpRandom.java} from {@link RandomState}'s public instance methods, so the
 * module-level functions cannot drift from the instance class: one static method per instance
 * method, same name, parameters and result, each holding the global instance's lock for the whole
 * call. {@link NpRandomIsGeneratedTest} fails when the committed file is not this output;
 * regenerate with {@code tools/regen-nprandom.sh} (which also works when a change to
 * RandomState has left the old NpRandom uncompilable).
 */
final class NpRandomSource {

    /** Instance methods that are not module functions: the live generator and Object's. */
    static final Set<String> EXCLUDED = Set.of("bitGenerator", "toString", "equals", "hashCode");

    private NpRandomSource() {
    }

    /** Writes the file given as the first argument. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), generate());
    }

    static List<Method> delegated() {
        List<Method> out = new ArrayList<>();
        for (Method m : RandomState.class.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == RandomState.class
                    && !EXCLUDED.contains(m.getName())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(NpRandomSource::signature));
        return out;
    }

    static String signature(Method m) {
        StringBuilder sb = new StringBuilder(m.getName()).append('(');
        for (Type t : m.getGenericParameterTypes()) {
            sb.append(t.getTypeName()).append(',');
        }
        return sb.append(')').toString();
    }

    static String generate() {
        StringBuilder b = new StringBuilder();
        b.append("package org.nprand.numpy;\n\n");
        b.append("// GENERATED from RandomState by NpRandomSource (nprand-core/src/test): do not edit by hand.\n");
        b.append("// Regenerate: tools/regen-nprandom.sh\n\n");
        b.append("/**\n");
        b.append(" * NumPy's module-level legacy functions ({@code np.random.seed}, {@code np.random.rand},\n");
        b.append(" * {@code np.random.normal}, ...): static methods over one global {@link RandomState}, NumPy's\n");
        b.append(" * {@code np.random.mtrand._rand}, which is seeded from OS entropy when this class initializes.\n");
        b.append(" * Each method is the {@link RandomState} method of the same name and signature (see its\n");
        b.append(" * javadoc for NumPy's semantics and errors).\n");
        b.append(" *\n");
        b.append(" * <p>Thread-safe: each call holds the global instance's lock for its whole duration, so a call\n");
        b.append(" * that draws many values (e.g. {@code randint(1, 100, 5)}) is atomic, as NumPy's lock makes it.\n");
        b.append(" * {@link #hold()} takes the lock across many calls.\n");
        b.append(" *\n");
        b.append(" * <pre>{@code\n");
        b.append(" * NpRandom.seed(101);\n");
        b.append(" * long[] v = NpRandom.randint(1, 100, 5);   // [96, 12, 82, 71, 64], as np.random.randint(1, 100, 5)\n");
        b.append(" * }</pre>\n");
        b.append(" */\n");
        b.append("public final class NpRandom {\n\n");
        b.append("    /** NumPy's {@code _rand}: the singleton behind the module functions. */\n");
        b.append("    private static final RandomState RAND = new RandomState();\n\n");
        b.append("    private NpRandom() {\n    }\n");
        List<Method> factories = new ArrayList<>();
        for (Method m : Generator.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getName().equals("defaultRng")) {
                factories.add(m);
            }
        }
        factories.sort(Comparator.comparing(NpRandomSource::signature));
        for (Method m : factories) {
            StringBuilder link = new StringBuilder("Generator#defaultRng(");
            Class<?>[] raw = m.getParameterTypes();
            for (int i = 0; i < raw.length; i++) {
                link.append(i == 0 ? "" : ", ").append(linkName(raw[i]));
            }
            link.append(')');
            b.append('\n');
            b.append("    /** NumPy's {@code np.random.default_rng}: {@link ").append(link).append("}. */\n");
            b.append("    public static Generator defaultRng(");
            Parameter[] ps = m.getParameters();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < ps.length; i++) {
                String t = typeName(m.getGenericParameterTypes()[i]);
                if (m.isVarArgs() && i == ps.length - 1) {
                    t = t.substring(0, t.length() - 2) + "...";
                }
                b.append(i == 0 ? "" : ", ").append(t).append(' ').append(ps[i].getName());
                names.add(ps[i].getName());
            }
            b.append(") {\n        return Generator.defaultRng(").append(String.join(", ", names)).append(");\n    }\n");
        }
        for (Method m : delegated()) {
            b.append('\n');
            String py = snake(m.getName());
            StringBuilder link = new StringBuilder("RandomState#").append(m.getName()).append('(');
            Class<?>[] raw = m.getParameterTypes();
            for (int i = 0; i < raw.length; i++) {
                link.append(i == 0 ? "" : ", ").append(linkName(raw[i]));
            }
            link.append(')');
            if (m.getName().equals("hold")) {
                // not a NumPy function: NumPy's module functions share _rand's lock
                b.append("    /**\n");
                b.append("     * Takes the global instance's lock until the returned hold is closed: NumPy's\n");
                b.append("     * {@code with np.random.mtrand._rand._bit_generator.lock:}; {@link ").append(link)
                        .append("}.\n");
                b.append("     */\n");
            } else {
                b.append("    /** NumPy's {@code np.random.").append(py).append("}: {@link ").append(link)
                        .append("} on the global instance. */\n");
            }
            b.append("    public static ");
            TypeVariable<Method>[] tv = m.getTypeParameters();
            if (tv.length > 0) {
                b.append('<');
                for (int i = 0; i < tv.length; i++) {
                    b.append(i == 0 ? "" : ", ").append(tv[i].getName());
                }
                b.append("> ");
            }
            b.append(typeName(m.getGenericReturnType())).append(' ').append(m.getName()).append('(');
            Parameter[] ps = m.getParameters();
            Type[] gp = m.getGenericParameterTypes();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < ps.length; i++) {
                String t = typeName(gp[i]);
                if (m.isVarArgs() && i == ps.length - 1) {
                    t = t.substring(0, t.length() - 2) + "...";
                }
                b.append(i == 0 ? "" : ", ").append(t).append(' ').append(ps[i].getName());
                names.add(ps[i].getName());
            }
            b.append(") {\n");
            // No synchronized (RAND) around the call: RandomState's public methods hold its lock
            // for the whole call (ConcurrencyTest checks that), and a nested monitor is not free.
            b.append("        ").append(m.getReturnType() == void.class ? "" : "return ").append("RAND.")
                    .append(m.getName()).append('(').append(String.join(", ", names)).append(");\n");
            b.append("    }\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static String linkName(Class<?> c) {
        if (c.isArray()) {
            return linkName(c.getComponentType()) + "[]";
        }
        return c.getName().startsWith("java.lang.") || c.getPackageName().equals("org.nprand.numpy")
                ? c.getSimpleName() : c.getName();
    }

    private static String typeName(Type t) {
        String n = t.getTypeName();
        for (String pkg : Arrays.asList("java.lang.", "org.nprand.numpy.")) {
            n = n.replaceAll("\\b" + pkg.replace(".", "\\.") + "(?=[A-Z])", "");
        }
        return n;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
