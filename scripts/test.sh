#!/usr/bin/env bash
# Runs all tests: unit, integration on SQLite and again on PostgreSQL, end-to-end in headless Chromium.
# Installs missing prerequisites, starts a throw-away PostgreSQL on 127.0.0.1, stops it afterwards,
# and ends with one line "N passed, N failed". Exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. scripts/lib/prerequisites.sh
. scripts/lib/postgres.sh
. scripts/lib/documents.sh
. scripts/lib/vulnerable.sh

ARTIFACTS=$ROOT/artifacts
RESULTS=$ARTIFACTS/test-results
rm -rf "$RESULTS"
rm -rf "$ARTIFACTS/documents"
mkdir -p "$RESULTS" "$ARTIFACTS/screenshots" "$ARTIFACTS/documents"
export DANGJIAN_ARTIFACTS=$ARTIFACTS
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

ensure_prerequisites || { echo "could not install prerequisites"; echo "0 passed, 1 failed"; exit 1; }
trap pg_stop EXIT

echo "== build"
if ! dotnet build Dangjian.slnx -c Release -nologo -clp:ErrorsOnly >"$RESULTS/build.log" 2>&1; then
  cat "$RESULTS/build.log"; echo "0 passed, 1 failed"; exit 1
fi

PASSED=0
FAILED=0

# run_suite NAME PROJECT [VAR=VALUE ...] [-- RUNNER-ARGS]: runs a test assembly with xunit's own runner, adds up its XML counters.
run_suite() {
  local name=$1 project=$2; shift 2
  local vars=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do vars+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  local dll="tests/$project/bin/Release/net10.0/$project.dll" xml="$RESULTS/$name.xml"
  echo "== $name"
  env "${vars[@]}" timeout 1200 dotnet "$dll" -xml "$xml" -noLogo -noColor -parallel collections "$@" >"$RESULTS/$name.log" 2>&1
  local code=$?
  grep -E "Total:" "$RESULTS/$name.log" | sed "s/^ */   /"
  # the first lines of each failure, so a CI log alone says what broke
  grep -A 12 -E "\[FAIL\]" "$RESULTS/$name.log" | head -n 120 | sed "s/^ */   /"
  if [ ! -s "$xml" ]; then
    echo "   $name produced no results (exit $code); log: $RESULTS/$name.log"; tail -n 30 "$RESULTS/$name.log"
    FAILED=$((FAILED + 1)); return
  fi
  local line p f e
  line=$(grep -o '<assembly [^>]*>' "$xml" | head -n 1)
  p=$(echo "$line" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$line" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  e=$(echo "$line" | sed -n 's/.* errors="\([0-9]*\)".*/\1/p')
  PASSED=$((PASSED + ${p:-0}))
  FAILED=$((FAILED + ${f:-0} + ${e:-0}))
  if [ "$code" -ne 0 ] && [ "${f:-0}" -eq 0 ] && [ "${e:-0}" -eq 0 ]; then FAILED=$((FAILED + 1)); fi
}

run_suite unit Dangjian.Core.Tests TZ=UTC
# the server's time zone must not matter: the clock tests once more where local time is Beijing time
run_suite unit-shanghai Dangjian.Core.Tests TZ=Asia/Shanghai -- -trait Clock=Beijing
run_suite integration-sqlite Dangjian.Web.Tests DANGJIAN_TEST_PROVIDER=sqlite TZ=UTC
if pg_start; then
  run_suite integration-postgresql Dangjian.Web.Tests DANGJIAN_TEST_PROVIDER=postgresql
else
  echo "   PostgreSQL could not be started"; FAILED=$((FAILED + 1)); unset DANGJIAN_TEST_PG
fi
# the crash and backup drills run on PostgreSQL too while the cluster is up (DANGJIAN_TEST_PG)
run_suite e2e Dangjian.E2E
pg_stop

echo "== vulnerable packages"
check_vulnerable "$RESULTS/vulnerable.log"
case $? in
  0) PASSED=$((PASSED + 1)) ;;
  1) FAILED=$((FAILED + 1)) ;;
esac

echo "== documents"
if convert_documents "$ARTIFACTS/documents"; then
  PASSED=$((PASSED + $(find "$ARTIFACTS/documents" -maxdepth 1 -name '*.docx' | wc -l)))
else
  FAILED=$((FAILED + $?))
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
