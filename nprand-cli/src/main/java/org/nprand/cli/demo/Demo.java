package org.nprand.cli.demo;

/** The text of {@code nprand demo}. */
public final class Demo {

    private Demo() {
    }

    /** The whole demo output. */
    public static String text() {
        return "nprand demo: not yet available\n";
    }
}
