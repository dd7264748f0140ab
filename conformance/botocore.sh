# Sourced by the scripts that read the pinned botocore (run from the repository's root):
# installs it, with any extra packages named in BOTOCORE_EXTRA (e.g. "cbor2"), into the venv
# $VENV (target/conformance-venv unless set) on first use, and sets BOTOCORE_VERSION, VENV and
# BOTOCORE_DATA (botocore's data directory: every service-2.json, paginators-1.json and
# endpoint-rule-set-1.json). botocore's files are read from there, never kept in the
# repository.
#
#   source conformance/botocore.sh

# Verified with `pip index versions botocore` when the conformance suite was written; it
# carries every 2025+ member of the Clean Rooms model.
BOTOCORE_VERSION=1.44.8
VENV=${VENV:-target/conformance-venv}

if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
fi
botocore_imports="botocore"
for package in ${BOTOCORE_EXTRA:-}; do
  botocore_imports="$botocore_imports, $package"
done
if ! "$VENV/bin/python" -c "import $botocore_imports, sys; sys.exit(botocore.__version__ != '$BOTOCORE_VERSION')" 2>/dev/null; then
  # shellcheck disable=SC2086
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    "botocore==$BOTOCORE_VERSION" ${BOTOCORE_EXTRA:-}
fi
BOTOCORE_DATA=$("$VENV/bin/python" -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
