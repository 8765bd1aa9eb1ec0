#!/usr/bin/env bash
# Regenerates nprand-core's NpRandom.java (the np.random module functions) from RandomState's
# public methods, with NpRandomSource (nprand-core/src/test). The old NpRandom is first cut to
# an empty class, so this works even when a RandomState change left it uncompilable.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
F=nprand-core/src/main/java/org/nprand/numpy/NpRandom.java
python3 - "$F" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
i = s.index('    private NpRandom() {')
open(p, 'w').write(s[:s.index('}\n', i) + 2] + '}\n')
PY
mvn -B -q -o compile -pl nprand-core
out=$(mktemp -d)
javac -parameters -d "$out" -cp nprand-core/target/classes nprand-core/src/test/java/org/nprand/numpy/NpRandomSource.java
java -cp "$out:nprand-core/target/classes" org.nprand.numpy.NpRandomSource "$F"
rm -rf "$out"
echo "regenerated $F"
