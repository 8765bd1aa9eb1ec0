/**
 * {@code nprand demo}: the seed documents' examples ({@link org.nprand.cli.demo.Demo}) printed as
 * Python prints them, NumPy's array {@code str} included ({@link org.nprand.cli.demo.NumpyPrint}).
 */
package org.nprand.cli.demo;
