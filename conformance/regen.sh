#!/usr/bin/env bash
# Regenerates the conformance cases and their expected answers from the references:
#   conformance/cases/<suite>.jsonl           (make_cases.py: deterministic, no NumPy needed)
#   conformance/expected/<suite>.expected.jsonl (oracle.py: NumPy 2.4.6 under python3,
#                                               random.Random under PYENV_VERSION=3.13.0 python3)
# Usage: conformance/regen.sh [SUITE ...]   (default: every suite)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
python3 make_cases.py "$@"
mkdir -p expected
if [ "$#" -eq 0 ]; then
  set -- $(cd cases && ls *.jsonl | sed 's/\.jsonl$//')
fi
for suite in "$@"; do
  python3 oracle.py "cases/$suite.jsonl" -o "expected/$suite.expected.jsonl"
  echo "$(wc -l < "expected/$suite.expected.jsonl") answers -> conformance/expected/$suite.expected.jsonl"
done
