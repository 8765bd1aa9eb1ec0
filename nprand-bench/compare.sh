#!/usr/bin/env bash
# nprand against NumPy 2.x, Numba and CPython 3.13, side by side, in one go:
#
#   nprand-bench/compare.sh [--jdk 17|25|JAVA_HOME]... [--quick] [--rounds R] [--overlap] [--numba PY]
#                           [--skip-build] [--out DIR] [REGEX]
#
# Runs every operation of nprand-bench/python/side_by_side.py (bulk methods of RandomState and
# Generator, every bit generator's random_raw in the allocating and fill forms, bytes, bounded
# integers of every dtype, shuffles, scalar calls, CPython's random.Random) under JMH on each JDK
# given, then the same calls in NumPy, Numba (jitted scalar calls) and CPython 3.13, with the same
# seeds and sizes, and prints one table: per op nprand's and the reference's CPU ns per value
# (thread CPU time on both sides, medians), the ratio, the op's target and a verdict.
#
#   --jdk V       a JDK to run nprand on: a JAVA_HOME directory, or a major version found as
#                 $JDK<V>_HOME or /usr/lib/jvm/*-<V>-*; repeat it for one table with a column per
#                 JDK (the reference side runs once). Default: $JAVA_HOME, else `java` on the PATH.
#   --quick       n = 10^6, one fork, one round, fewer iterations: ~5 minutes instead of ~25 in all
#   --rounds R    measure the rows with a target in R rounds (default 3; 1 with --quick), each one
#                 JMH fork per JDK and one reference run, close together in time; a row's ratio is
#                 the median over rounds of the round's ratio, so a slower or faster stretch of a
#                 shared machine (seen here as whole JVM forks 1.5x slower than others) moves both
#                 sides of a ratio instead of one. Rounds alternate which side goes first. The rows
#                 without a target are measured in round 1 only.
#   --numba PY    the Python interpreter that has numba (as NPRAND_NUMBA_PYTHON below)
#   --skip-build  reuse nprand-bench/target/benchmarks.jar
#   --overlap     run the reference side (one Python thread) during JMH instead of after it:
#                 ~6 minutes less; both sides still count only their own thread's CPU time
#   --out DIR     where results go (default nprand-bench/target/compare)
#   REGEX         only the rows whose id or label matches (Python re.search)
#
# Environment: NPRAND_PYTHON (NumPy's interpreter, default python3); NPRAND_NUMBA_PYTHON (an
# interpreter with numba installed, e.g. <venv>/bin/python; default: NPRAND_PYTHON if it imports
# numba, else Numba's rows say n/a); NPRAND_CPYTHON313 (CPython 3.13's interpreter; default
# python3.13 if it runs, else a 3.13 that pyenv has, else CPython's rows say n/a); MVN_FLAGS (e.g. -o); FORKS_TARGET,
# FORKS_OTHER (JMH forks for rows with a target, per round, and without; default 1 and 1).
#
# Raw results (JMH JSON and logs, the reference's JSON lines, table.txt, table.md) go to --out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

COMMAND="nprand-bench/compare.sh $*"
JDKS=()
QUICK=0
ROUNDS=
SKIP_BUILD=0
OVERLAP=0
OUT=nprand-bench/target/compare
REGEX=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jdk) JDKS+=("$2"); shift 2 ;;
    --jdk=*) JDKS+=("${1#--jdk=}"); shift ;;
    --quick) QUICK=1; shift ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --rounds=*) ROUNDS="${1#--rounds=}"; shift ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --overlap) OVERLAP=1; shift ;;
    --numba) NPRAND_NUMBA_PYTHON="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) REGEX="$1"; shift ;;
  esac
done

PY="${NPRAND_PYTHON:-python3}"
SBS=nprand-bench/python/side_by_side.py
mkdir -p "$OUT"

java_home_of() {  # a JAVA_HOME for --jdk V
  local v="$1" var d
  if [[ -x "$v/bin/java" ]]; then echo "$v"; return; fi
  var="JDK${v}_HOME"
  if [[ -n "${!var:-}" && -x "${!var}/bin/java" ]]; then echo "${!var}"; return; fi
  for d in /usr/lib/jvm/*-"$v"-* /usr/lib/jvm/*-"$v" /usr/lib/jvm/*"$v"*; do
    if [[ -x "$d/bin/java" ]]; then echo "$d"; return; fi
  done
  echo "no JDK $v found: pass its JAVA_HOME to --jdk or set JDK${v}_HOME" >&2
  exit 2
}

if [[ ${#JDKS[@]} -eq 0 ]]; then
  JDKS=("${JAVA_HOME:-}")
fi

if [[ $QUICK == 1 ]]; then
  N=1000000
  ROUNDS="${ROUNDS:-1}"
  FT="${FORKS_TARGET:-1}"; FO="${FORKS_OTHER:-1}"
  BULK_ITER="-wi 2 -i 3"
  BULK_ITER_OTHER="$BULK_ITER"
  CALL_ITER="-wi 3 -w 200ms -i 3 -r 100ms"
  QFLAG=--quick
else
  N=10000000
  ROUNDS="${ROUNDS:-3}"
  FT="${FORKS_TARGET:-1}"; FO="${FORKS_OTHER:-1}"
  BULK_ITER="-wi 5 -i 4"
  BULK_ITER_OTHER="-wi 4 -i 3"
  CALL_ITER="-wi 3 -w 300ms -i 4 -r 200ms"
  QFLAG=
fi

if [[ $SKIP_BUILD != 1 ]]; then
  echo "== building nprand-bench/target/benchmarks.jar" >&2
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS:-} -pl nprand-bench -am package -DskipTests >&2
fi

START=$(date +%s)
{
  echo "command: $COMMAND"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "nprand: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- nprand-core 2>/dev/null || echo ' (nprand-core modified)')"
} > "$OUT/machine.txt"
# the 1-minute load average every 30 s while the benchmark runs (other users of the machine)
( while sleep 30; do cut -d' ' -f1 /proc/loadavg; done > "$OUT/load.txt" ) &
LOAD_PID=$!
trap 'kill "$LOAD_PID" 2>/dev/null || true' EXIT

reference_side() {  # reference_side ROUND: every row in round 1, the rows with a target after it
  local k="$1" tier=all
  [[ $k -gt 1 ]] && tier=target
  echo "== round $k: NumPy ($PY)" >&2
  $PY "$SBS" measure --engine numpy --n "$N" $QFLAG --regex "$REGEX" --tier $tier > "$OUT/ref-numpy-r$k.jsonl"

  NUMBA_PY="${NPRAND_NUMBA_PYTHON:-$PY}"
  if "$NUMBA_PY" -c 'import numba' 2>/dev/null; then
    echo "== round $k: Numba ($NUMBA_PY)" >&2
    "$NUMBA_PY" "$SBS" measure --engine numba --n "$N" $QFLAG --regex "$REGEX" --tier $tier > "$OUT/ref-numba-r$k.jsonl"
  else
    echo "== Numba: not installed for $NUMBA_PY (set NPRAND_NUMBA_PYTHON); its rows say n/a" >&2
    : > "$OUT/ref-numba-r$k.jsonl"
  fi

  CPY="${NPRAND_CPYTHON313:-}"
  if [[ -z "$CPY" ]] && python3.13 -c '' 2>/dev/null; then CPY=python3.13; fi
  if [[ -z "$CPY" ]] && command -v pyenv > /dev/null; then  # pyenv: a 3.13 it has, without selecting it globally
    v="$(pyenv versions --bare 2>/dev/null | grep -m1 '^3\.13' || true)"
    [[ -n "$v" ]] && CPY="env PYENV_VERSION=$v python3"
  fi
  if [[ -n "$CPY" ]] && $CPY -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then
    echo "== round $k: CPython 3.13 ($CPY)" >&2
    $CPY "$SBS" measure --engine cpython --n "$N" $QFLAG --regex "$REGEX" --tier $tier > "$OUT/ref-cpython-r$k.jsonl"
  else
    echo "== CPython 3.13 not found (set NPRAND_CPYTHON313); its rows say n/a" >&2
    : > "$OUT/ref-cpython-r$k.jsonl"
  fi
}

declare -A JAVA_OF LABEL_OF FILES_OF
TAGS=()
for jdk in "${JDKS[@]}"; do
  if [[ -n "$jdk" ]]; then home="$(java_home_of "$jdk")"; java="$home/bin/java"; else java=java; fi
  major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  tag="jdk$major"
  TAGS+=("$tag"); JAVA_OF[$tag]="$java"; LABEL_OF[$tag]="JDK $major"; FILES_OF[$tag]=""
done

nprand_side() {  # nprand_side ROUND: every JDK; the rows without a target in round 1 only
  local k="$1" tag java label kind tier ids cls iter params forks f
  for tag in "${TAGS[@]}"; do
    java="${JAVA_OF[$tag]}"; label="${LABEL_OF[$tag]}"
    for kind in bulk call; do
      for tier in target other; do
        [[ $tier == other && $k -gt 1 ]] && continue
        ids="$("$PY" "$SBS" ids --kind "$kind" --tier "$tier" --regex "$REGEX")"
        [[ -z "$ids" ]] && continue
        if [[ $kind == bulk ]]; then cls=SideBySideBulk; iter="$BULK_ITER"; params=(-p "op=$ids" -p "n=$N")
        else cls=SideBySideCall; iter="$CALL_ITER"; params=(-p "op=$ids"); fi
        forks=$FT
        if [[ $tier == other ]]; then forks=$FO; [[ $kind == bulk ]] && iter="$BULK_ITER_OTHER"; fi
        f="$OUT/$tag-$kind-$tier-r$k.json"
        echo "== round $k: $label ($java): $kind ops, $tier rows: $(tr ',' '\n' <<<"$ids" | wc -l) ops x $forks fork(s)" >&2
        # shellcheck disable=SC2086
        "$java" -jar nprand-bench/target/benchmarks.jar "org\.nprand\.bench\.sbs\.$cls\." "${params[@]}" \
          -f "$forks" $iter -prof org.nprand.bench.CpuTimeProfiler -rf json -rff "$f" \
          > "$OUT/$tag-$kind-$tier-r$k.log" 2>&1 || echo "   (JMH failed: see $OUT/$tag-$kind-$tier-r$k.log)" >&2
        FILES_OF[$tag]+="${FILES_OF[$tag]:+,}$f"
      done
    done
  done
}

rm -f "$OUT"/ref-*.jsonl "$OUT"/jdk*-*.json
for ((k = 1; k <= ROUNDS; k++)); do
  if [[ $OVERLAP == 1 ]]; then
    reference_side "$k" & REF_PID=$!
    nprand_side "$k"
    wait "$REF_PID"
  elif (( k % 2 == 1 )); then
    nprand_side "$k"; reference_side "$k"
  else
    reference_side "$k"; nprand_side "$k"
  fi
done

JMH_ARGS=()
for tag in "${TAGS[@]}"; do JMH_ARGS+=(--jmh "${LABEL_OF[$tag]}=${FILES_OF[$tag]}"); done
REF_ARGS=()
for f in "$OUT"/ref-*-r*.jsonl; do REF_ARGS+=(--ref "$f"); done

kill "$LOAD_PID" 2>/dev/null || true
{
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  sort -g "$OUT/load.txt" | awk '{a[NR] = $1; s += $1} END {if (NR) printf "load during (1-min average, every 30 s): min %.1f, median %.1f, max %.1f, mean %.1f\n", a[1], a[int((NR + 1) / 2)], a[NR], s / NR}'
  echo "run time: $(( ($(date +%s) - START) / 60 )) min"
} >> "$OUT/machine.txt"
cat "$OUT/machine.txt"
$PY "$SBS" report --n "$N" --regex "$REGEX" "${JMH_ARGS[@]}" "${REF_ARGS[@]}" \
  --markdown "$OUT/table.md" | tee "$OUT/table.txt"
