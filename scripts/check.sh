#!/usr/bin/env bash
# The checks behind `make test` (and so behind CI): each one runs even when an earlier one failed, so a
# single run shows every problem; the exit status is non-zero when any of them failed.
set -uo pipefail

BIN=.venv/bin
ARTIFACTS=test-artifacts
failed=()

step() {
    local name=$1
    shift
    echo
    echo "==> ${name}: $*"
    if "$@"; then
        echo "--> ${name}: ok"
    else
        echo "--> ${name}: FAILED (exit $?)"
        failed+=("$name")
    fi
}

# The store tests run against PostgreSQL too: start a local throwaway server when one is installed and none
# was given (CI starts one in .ci/run; elsewhere the PostgreSQL tests skip, saying why).
if [ -z "${TIDINGS_TEST_PG_URL:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if url=$(bash scripts/start-postgres.sh 2>/dev/null); then
        export TIDINGS_TEST_PG_URL="$url"
        echo "==> PostgreSQL for the store tests: $TIDINGS_TEST_PG_URL"
    fi
fi

mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS/junit.xml"

step "ruff check" "$BIN/ruff" check src tests bench fuzz tools
step "mypy" "$BIN/mypy" src/tidings
step "import-linter" "$BIN/lint-imports" --no-cache
# pytest exits 5 when it collected no tests: that is a failure here like any other non-zero status.
# The tests run on one worker per core (at most 4; pytest-xdist), a whole module to a worker so that its
# module-scoped corpus fixtures are built once. TIDINGS_TEST_WORKERS=0 runs them in this one process instead.
step "pytest" "$BIN/pytest" -q -p no:cacheprovider --junitxml="$ARTIFACTS/junit.xml" \
    --numprocesses="${TIDINGS_TEST_WORKERS:-auto}" --maxprocesses=4 --dist=loadfile

echo
if ((${#failed[@]})); then
    echo "make test: FAILED: ${failed[*]}"
    exit 1
fi
echo "make test: all checks passed"
