"""Generates nprand-core/src/main/java/org/nprand/kernels/ZigguratTables.java: the ziggurat tables
and constants of NumPy 2.4.6's numpy/random/src/distributions/ziggurat_constants.h (ki/wi/fi for the
normal, ke/we/fe for the exponential, in double and float), as exact Java hex literals.

    python3 tools/gen_ziggurat_tables.py [path/to/ziggurat_constants.h]

Without an argument the header is read from the NumPy mirror
(git -C /work/.mirror/numpy+numpy/repo show v2.4.6:numpy/random/src/distributions/ziggurat_constants.h).

Every literal is converted with C's rules, exactly (rational arithmetic, round to nearest even):
  * an integer literal (0x...ULL / 0x...UL) is its value;
  * a literal with an f/F suffix is the decimal rounded once, directly to float (as C does);
  * a literal without a suffix in a float array would be a double literal rounded to double, then
    narrowed to float (two roundings, as C does; the 2.4.6 header has none, every float literal is
    suffixed);
  * a literal in a double array is the decimal rounded to double.
When gcc is on the PATH, the header is also compiled into a small C program that prints the bits of
every entry, and the script stops unless all of them agree with its own conversion.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from fractions import Fraction

NUMPY_REPO = "/work/.mirror/numpy+numpy/repo"
TAG = "v2.4.6"
HEADER = "numpy/random/src/distributions/ziggurat_constants.h"
OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "nprand-core", "src", "main", "java",
                                    "org", "nprand", "kernels", "ZigguratTables.java"))

ARRAYS = ["ki_double", "wi_double", "fi_double", "ki_float", "wi_float", "fi_float",
          "ke_double", "we_double", "fe_double", "ke_float", "we_float", "fe_float"]
SCALARS = ["ziggurat_nor_r", "ziggurat_nor_inv_r", "ziggurat_exp_r",
           "ziggurat_nor_r_f", "ziggurat_nor_inv_r_f", "ziggurat_exp_r_f"]


def round_binary(q, mant_bits):
    """The positive rational q rounded to nearest-even with mant_bits significant bits (normal range)."""
    assert q > 0
    e = q.numerator.bit_length() - q.denominator.bit_length()
    while Fraction(2) ** e > q:
        e -= 1
    while Fraction(2) ** (e + 1) <= q:
        e += 1
    scale = Fraction(2) ** (mant_bits - 1 - e)
    m = q * scale
    fl = m.numerator // m.denominator
    rem = m - fl
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and fl % 2 == 1):
        fl += 1
    return Fraction(fl) / scale


def to_double(q):
    if q == 0:
        return 0.0
    r = round_binary(q, 53)
    assert r.numerator.bit_length() <= 1100
    d = float(r)  # exact: r is a double
    assert Fraction(d) == r
    return d


def to_float(q):
    """q rounded to binary32, returned as the (exactly equal) Python float."""
    if q == 0:
        return 0.0
    r = round_binary(q, 24)
    assert Fraction(2) ** -126 <= r < Fraction(2) ** 128, "not a normal float"
    return float(r)


def convert(lit, ctype):
    """(value, kind) of one C literal in an array of ctype."""
    lit = lit.strip()
    if lit.lower().startswith("0x"):
        return int(re.sub(r"[uUlL]+$", "", lit), 16)
    if lit[-1] in "fF":
        assert ctype == "float", lit
        return to_float(Fraction(lit[:-1]))
    d = to_double(Fraction(lit))
    return to_float(Fraction(d)) if ctype == "float" else d


def parse(text):
    text = re.sub(r"//[^\n]*", "", text)
    arrays = {}
    for m in re.finditer(r"static const (\w+) (\w+)\[\] = \{(.*?)\};", text, re.S):
        ctype, name, body = m.groups()
        lits = [t for t in (s.strip() for s in body.split(",")) if t]
        arrays[name] = (ctype, [convert(t, ctype) for t in lits])
    scalars = {}
    for m in re.finditer(r"static const (double|float) (\w+) =\s*([0-9.eE+-]+[fF]?);", text):
        ctype, name, lit = m.groups()
        scalars[name] = (ctype, convert(lit, ctype))
    assert sorted(arrays) == sorted(ARRAYS), sorted(arrays)
    assert sorted(scalars) == sorted(SCALARS), sorted(scalars)
    for name in ARRAYS:
        assert len(arrays[name][1]) == 256, (name, len(arrays[name][1]))
    return arrays, scalars


def bits(ctype, v):
    import struct
    if ctype == "uint64_t":
        return "%016x" % v
    if ctype == "uint32_t":
        return "%08x" % v
    if ctype == "double":
        return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    return "%08x" % struct.unpack("<I", struct.pack("<f", v))[0]


def gcc_check(header_text, arrays, scalars):
    """Compiles the header with gcc and compares the bits of every entry; returns False without gcc."""
    gcc = shutil.which("gcc")
    if gcc is None:
        return False
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "ziggurat_constants.h"), "w") as fh:
            fh.write(header_text)
        lines = ['#include <stdio.h>', '#include <stdint.h>', '#include <string.h>',
                 '#include "ziggurat_constants.h"',
                 'static void pd(double x){uint64_t u;memcpy(&u,&x,8);printf("%016llx\\n",(unsigned long long)u);}',
                 'static void pf(float x){uint32_t u;memcpy(&u,&x,4);printf("%08x\\n",u);}',
                 'int main(void){int i;']
        for name in ARRAYS:
            ctype = arrays[name][0]
            fmt = {"uint64_t": 'printf("%016llx\\n",(unsigned long long)' + name + '[i]);',
                   "uint32_t": 'printf("%08x\\n",(unsigned)' + name + '[i]);',
                   "double": "pd(" + name + "[i]);", "float": "pf(" + name + "[i]);"}[ctype]
            lines.append("for(i=0;i<256;i++){" + fmt + "}")
        for name in SCALARS:
            lines.append(("pd(%s);" if scalars[name][0] == "double" else "pf(%s);") % name)
        lines.append("return 0;}")
        src = os.path.join(d, "dump.c")
        with open(src, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        exe = os.path.join(d, "dump")
        subprocess.run([gcc, "-O0", "-o", exe, src], check=True)
        got = subprocess.run([exe], check=True, capture_output=True, text=True).stdout.split()
    want = []
    for name in ARRAYS:
        ctype, vals = arrays[name]
        want += [bits(ctype, v) for v in vals]
    for name in SCALARS:
        ctype, v = scalars[name]
        want.append(bits(ctype, v))
    assert got == want, "gcc disagrees with the Python conversion"
    return True


def hexfloat(v):
    """float.hex without the padding zeros: 0x1.d3bb48p+1."""
    m = re.match(r"0x1\.([0-9a-f]+)p([+-]\d+)$", float.hex(v))
    assert m, v
    return "0x1.%sp%s" % (m.group(1).rstrip("0") or "0", m.group(2))


def java_literal(ctype, v):
    if ctype == "uint64_t":
        return "0x%016xL" % v
    if ctype == "uint32_t":
        return "0x%08x" % v
    if ctype == "double":
        return hexfloat(v)
    return hexfloat(v) + "f"


JTYPE = {"uint64_t": "long", "uint32_t": "int", "double": "double", "float": "float"}

DOCS = {
    "ki_double": "Normal, double: acceptance bounds on the 52-bit {@code rabs} (unsigned, below 2^52).",
    "wi_double": "Normal, double: {@code x = rabs * wi[idx]} scales.",
    "fi_double": "Normal, double: the density at the layer edges, {@code exp(-x^2/2)}.",
    "ki_float": "Normal, float: acceptance bounds on the 23-bit {@code rabs}.",
    "wi_float": "Normal, float: {@code x = rabs * wi[idx]} scales.",
    "fi_float": "Normal, float: the density at the layer edges.",
    "ke_double": "Exponential, double: acceptance bounds on the 53-bit {@code ri}.",
    "we_double": "Exponential, double: {@code x = ri * we[idx]} scales.",
    "fe_double": "Exponential, double: the density at the layer edges, {@code exp(-x)}.",
    "ke_float": "Exponential, float: acceptance bounds on the 23-bit {@code ri}.",
    "we_float": "Exponential, float: {@code x = ri * we[idx]} scales.",
    "fe_float": "Exponential, float: the density at the layer edges.",
}


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as fh:
            text = fh.read()
        origin = sys.argv[1]
    else:
        text = subprocess.run(["git", "-C", NUMPY_REPO, "show", "%s:%s" % (TAG, HEADER)],
                              check=True, capture_output=True, text=True).stdout
        origin = "NumPy %s %s" % (TAG, HEADER)
    arrays, scalars = parse(text)
    checked = gcc_check(text, arrays, scalars)
    print("gcc cross-check:", "passed" if checked else "SKIPPED (no gcc)")

    out = ["package org.nprand.kernels;", "",
           "/**",
           " * The ziggurat tables and constants of NumPy 2.4.6's",
           " * {@code numpy/random/src/distributions/ziggurat_constants.h}, used by",
           " * {@link StandardNormal}, {@link StandardNormalFloat32}, {@link StandardExponential} and",
           " * {@link StandardExponentialFloat32}.",
           " *",
           " * <p>GENERATED by {@code tools/gen_ziggurat_tables.py}; do not edit. The script converts every C",
           " * literal with C's rules exactly (a {@code 1.5e-7f} literal rounded once to float, a double",
           " * literal rounded to double), writes exact hex literals, and cross-checks every entry's bits",
           " * against the header compiled with gcc.",
           " * The integer tables hold C's {@code uint64_t}/{@code uint32_t} values; all are below 2^53",
           " * (2^24 for the float ones), so signed Java comparisons agree with C's unsigned ones.",
           " */",
           "final class ZigguratTables {", "",
           "    private ZigguratTables() {", "    }", ""]
    for name in SCALARS:
        ctype, v = scalars[name]
        out.append("    /** C's {@code %s} (%s). */" % (name, ctype))
        out.append("    static final %s %s = %s;" % (JTYPE[ctype], name.upper(), java_literal(ctype, v)))
        out.append("")
    for name in ARRAYS:
        ctype, vals = arrays[name]
        out.append("    /**")
        out.append("     * C's {@code %s[256]}." % name)
        out.append("     * %s" % DOCS[name])
        out.append("     */")
        out.append("    static final %s[] %s = {" % (JTYPE[ctype], name.upper()))
        per = 4 if ctype in ("uint64_t", "double", "float") else 6
        lits = [java_literal(ctype, v) for v in vals]
        for i in range(0, 256, per):
            out.append("        " + ", ".join(lits[i:i + per]) + ",")
        out.append("    };")
        out.append("")
    out[-1] = "}"
    out.append("")
    with open(OUT, "w") as fh:
        fh.write("\n".join(out))
    print("wrote", OUT, "from", origin)


if __name__ == "__main__":
    main()
