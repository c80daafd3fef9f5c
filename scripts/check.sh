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

mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS/junit.xml"

step "ruff check" "$BIN/ruff" check src tests
step "mypy" "$BIN/mypy" src/tidings
step "import-linter" "$BIN/lint-imports" --no-cache
# pytest exits 5 when it collected no tests: that is a failure here like any other non-zero status.
step "pytest" "$BIN/pytest" -q -p no:cacheprovider --junitxml="$ARTIFACTS/junit.xml"

echo
if ((${#failed[@]})); then
    echo "make test: FAILED: ${failed[*]}"
    exit 1
fi
echo "make test: all checks passed"
