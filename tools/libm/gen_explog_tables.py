"""Generates nprand-core's ExpLogTables.java: the constant tables of glibc 2.36's exp, log, pow and log2.

The tables are facts of the reference binary, so they are read from it: the host's libm.so.6 with its
debug symbols (Debian package libc6-dbg), through gdb, as raw 64-bit words of the four data objects
__exp_data, __log_data, __pow_log_data and __log2_data. The same tables are published in ARM
optimized-routines (math/exp_data.c, log_data.c, pow_log_data.c, log2_data.c; MIT OR Apache-2.0),
glibc's upstream for these functions. The struct layouts (field order and sizes) are those of glibc
2.36's sysdeps/ieee754/dbl-64/math_config.h; the script checks each object's size against gdb.

Usage: python3 tools/libm/gen_explog_tables.py  (rewrites the Java file; commit the result)
"""
import os
import re
import struct
import subprocess

LIBM = "/usr/lib/x86_64-linux-gnu/libm.so.6"
OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "nprand-core", "src", "main",
                                    "java", "org", "nprand", "math", "ExpLogTables.java"))

# object -> (size in 64-bit words, [(field, first word, word count, kind)]); kind d = double, q = raw bits
LAYOUTS = {
    "__exp_data": (270, [("EXP_INVLN2N", 0, 1, "d"), ("EXP_NEGLN2HIN", 1, 1, "d"), ("EXP_NEGLN2LON", 2, 1, "d"),
                         ("EXP_POLY", 3, 4, "d"), ("EXP_SHIFT", 7, 1, "d"), ("EXP_TAB", 14, 256, "q")]),
    "__log_data": (530, [("LOG_LN2HI", 0, 1, "d"), ("LOG_LN2LO", 1, 1, "d"), ("LOG_POLY", 2, 5, "d"),
                         ("LOG_POLY1", 7, 11, "d"), ("LOG_TAB", 18, 256, "d"), ("LOG_TAB2", 274, 256, "d")]),
    "__pow_log_data": (521, [("POW_LN2HI", 0, 1, "d"), ("POW_LN2LO", 1, 1, "d"), ("POW_POLY", 2, 7, "d"),
                             ("POW_TAB", 9, 512, "d")]),
    "__log2_data": (274, [("LOG2_INVLN2HI", 0, 1, "d"), ("LOG2_INVLN2LO", 1, 1, "d"), ("LOG2_POLY", 2, 6, "d"),
                          ("LOG2_POLY1", 8, 10, "d"), ("LOG2_TAB", 18, 128, "d"), ("LOG2_TAB2", 146, 128, "d")]),
}

DOCS = {
    "EXP_TAB": "exp: 2^(k/128) as 128 pairs {tail bits, scale bits - (k << 45)}, raw IEEE bits.",
    "LOG_TAB": "log: 128 pairs {invc, logc}: 1/c and log(c) for the subinterval centres c.",
    "LOG_TAB2": "log (no-FMA variant only): 128 pairs {chi, clo}: c split into high and low parts.",
    "POW_TAB": "pow's log: 128 quadruples {invc, pad (unused), logc, logctail}.",
    "LOG2_TAB": "log2: 64 pairs {invc, logc}: 1/c and log2(c).",
    "LOG2_TAB2": "log2 (no-FMA variant only): 64 pairs {chi, clo}.",
}


def words(symbol, n):
    out = subprocess.run(["gdb", "-batch", "-ex", "x/%dgx &%s" % (n, symbol), LIBM],
                         capture_output=True, text=True, check=True).stdout
    ws = [int(h, 16) for h in re.findall(r"\t(0x[0-9a-f]{16})", out)]
    size = subprocess.run(["gdb", "-batch", "-ex", "p sizeof(%s)" % symbol, LIBM],
                          capture_output=True, text=True, check=True).stdout
    assert int(size.split("=")[1]) == 8 * n, (symbol, size)
    assert len(ws) == n, (symbol, len(ws))
    return ws


def dlit(w):
    d = struct.unpack("<d", struct.pack("<Q", w))[0]
    return d.hex()


def main():
    lines = ["package org.nprand.math;", "",
             "/**",
             " * The constant tables of glibc 2.36's exp, log, pow and log2 (ARM optimized-routines), generated",
             " * by tools/libm/gen_explog_tables.py from the reference libm.so.6 (do not edit by hand). Doubles",
             " * are exact hexadecimal literals; EXP_TAB holds raw IEEE bits.",
             " */",
             "final class ExpLogTables {", "",
             "    private ExpLogTables() {", "    }", ""]
    for sym, (n, fields) in LAYOUTS.items():
        ws = words(sym, n)
        lines.append("    // ---- %s ----" % sym)
        for name, first, count, kind in fields:
            vals = ws[first:first + count]
            if name in DOCS:
                lines.append("    /** %s */" % DOCS[name])
            if count == 1:
                lines.append("    static final double %s = %s;" % (name, dlit(vals[0])))
                continue
            typ = "long" if kind == "q" else "double"
            lines.append("    static final %s[] %s = {" % (typ, name))
            per = 2 if kind == "d" else 4
            if name == "POW_TAB":
                per = 4
            for i in range(0, count, per):
                chunk = vals[i:i + per]
                if kind == "q":
                    lit = ", ".join("0x%016xL" % w for w in chunk)
                else:
                    lit = ", ".join(dlit(w) for w in chunk)
                lines.append("        " + lit + ",")
            lines.append("    };")
        lines.append("")
    lines.append("}")
    with open(OUT, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
