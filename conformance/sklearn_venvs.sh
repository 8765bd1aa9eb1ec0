#!/usr/bin/env bash
# Makes the scikit-learn reference interpreters oracle.py uses for {"type": "sklearn"} cases:
#   conformance/.venv-sklearn-1.9.1  scikit-learn 1.9.1 over python3's NumPy 2.4.6 (--system-site-packages)
#   conformance/.venv-sklearn-1.6.1  scikit-learn 1.6.1 over the same NumPy
# scikit-learn 1.2.1 is Debian's python3-sklearn, run by Debian's /usr/bin/python3 (its own NumPy 1.24.2):
#   apt-get install -y python3-sklearn
# Override any of them with NPRAND_ORACLE_SKLEARN_PYTHON_1_9_1 / _1_6_1 / _1_2_1 (commands).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for v in 1.9.1 1.6.1; do
  d=".venv-sklearn-$v"
  if [ ! -x "$d/bin/python" ] || ! "$d/bin/python" -c "import sklearn, sys; sys.exit(sklearn.__version__ != '$v')" 2>/dev/null; then
    env -u PYENV_VERSION python3 -m venv --system-site-packages "$d"
    "$d/bin/python" -m pip install -q "scikit-learn==$v"
  fi
  echo "$d: scikit-learn $("$d/bin/python" -c 'import sklearn, numpy; print(sklearn.__version__, "over NumPy", numpy.__version__)')"
done
/usr/bin/python3 -c 'import sklearn, numpy; print("/usr/bin/python3: scikit-learn", sklearn.__version__, "over NumPy", numpy.__version__)' \
  || echo "scikit-learn 1.2.1: apt-get install -y python3-sklearn" >&2
