package org.nprand.cli.generate;

import java.util.List;
import org.nprand.numpy.NdArray;

/**
 * A run of consecutive output rows: an array whose first axis is the rows (NumPy's results), or
 * Python values, one per row (CPython's {@code random}, and results that are not arrays).
 *
 * @param array the rows as an array (null when {@code values} holds them)
 * @param values the rows as Python values in the library's Java forms (null for an array)
 * @param rows how many rows
 */
public record Chunk(NdArray array, List<Object> values, int rows) {
}
