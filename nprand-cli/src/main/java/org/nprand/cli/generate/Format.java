package org.nprand.cli.generate;

import java.util.Locale;
import org.nprand.cli.generate.GeneratorOptions.UsageException;

/** The output formats of {@code nprand generate}. */
public enum Format {
    /** NumPy's {@code .npy} (format 1.0): {@code np.load} gives the array with its dtype and shape. */
    NPY(true),
    /** Comma-separated values: one row per line (one value per line for 1-d output). */
    CSV(false),
    /** JSON Lines: one JSON value per row (a number, or the row as a nested array). */
    JSONL(false),
    /** Plain text: one row per line, values separated by spaces (Python's str of each value). */
    TEXT(false),
    /** The raw little-endian bytes of the values ({@code np.fromfile(path, dtype)}). */
    RAW(true);

    /** True for the binary formats. */
    public final boolean binary;

    Format(boolean binary) {
        this.binary = binary;
    }

    /** The format named by {@code --format}. */
    public static Format named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "npy":
                return NPY;
            case "csv":
                return CSV;
            case "jsonl": case "json-lines": case "ndjson": case "json":
                return JSONL;
            case "text": case "txt":
                return TEXT;
            case "raw": case "bin": case "binary":
                return RAW;
            default:
                throw new UsageException("unknown format '" + name + "' (npy, csv, jsonl, text, raw)");
        }
    }

    /** The format of an output file's extension, or null when it has none nprand knows. */
    public static Format ofFile(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".npy")) {
            return NPY;
        }
        if (p.endsWith(".csv")) {
            return CSV;
        }
        if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) {
            return JSONL;
        }
        if (p.endsWith(".txt") || p.endsWith(".text")) {
            return TEXT;
        }
        if (p.endsWith(".raw") || p.endsWith(".bin") || p.endsWith(".dat")) {
            return RAW;
        }
        return null;
    }
}
