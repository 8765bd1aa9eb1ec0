package org.nprand.math;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.nprand.math.spi.TrigProvider;

/**
 * Where {@link Libm#sin}, {@link Libm#cos} and {@link Libm#acos} come from: glibc's exact code when
 * the LGPL module nprand-libm-lgpl provides {@link TrigProvider} (found once, by
 * {@link ServiceLoader}, when this class is initialised on the first trig call), otherwise
 * {@link FallbackTrig}. A holder class of its own, so that the service lookup does not run when
 * only Libm's other functions are used.
 */
final class TrigFunctions {

    private TrigFunctions() {
    }

    /** The exact provider, or null when nprand-libm-lgpl is absent. */
    static final TrigProvider PROVIDER = load();

    private static TrigProvider load() {
        try {
            for (TrigProvider p : ServiceLoader.load(TrigProvider.class, TrigFunctions.class.getClassLoader())) {
                return p;
            }
        } catch (ServiceConfigurationError e) {
            // a broken provider jar: use the fallback rather than fail every sampler
        }
        return null;
    }
}
